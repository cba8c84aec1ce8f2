package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Bestandskeuring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The API of activities, their findings and published reports (docs/inspecties.md, "API"): need-to-know per
 * department, paged, in the OpenAPI description; bad input is a Dutch problem+json naming the field.
 */
@IntegratieTest
class ActiviteitApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @Autowired
    Openbaarmaking openbaarmaking;

    @Autowired
    ApplicationContext context;

    UUID demo;
    Rapportfixtures fixtures;

    @BeforeEach
    void klaarzetten() {
        fixtures = Rapportfixtures.metDemozorgaanbieder(context, port);
        demo = fixtures.demo();
    }

    @Test
    void activitiesAndTheirFindingsAreListedPagedForTheirDepartmentOnly() {
        UUID id = fixtures.veldwerkAfgerond(demo, "Het risicoprofiel is per cliënt bekend (API-test).");
        String begin = jdbc.sql("select begindatum::text from inspecties.toezichtactiviteit where id = ?")
                .param(id)
                .query(String.class)
                .single();
        String eigen =
                "/api/v1/toezichtactiviteiten?afdeling=GGZ&inspecteur=inspecteur.ggz&vanaf=" + begin + "&tot=" + begin;

        Api.Antwoord lijst = Api.op(port).als("inspecteur.ggz").get(eigen + "&grootte=5");
        assertThat(lijst.status()).as(lijst.toString()).isEqualTo(200);
        assertThat(lijst.json().get("pagina").asInt()).isEqualTo(1);
        assertThat(lijst.json().get("grootte").asInt()).isEqualTo(5);
        assertThat(lijst.tekst()).contains(id.toString(), fixtures.referentie(id));
        assertThat(lijst.json().get("totaal").asLong()).isGreaterThanOrEqualTo(1);

        Api.Antwoord een = Api.op(port).als("inspecteur.ggz").get("/api/v1/toezichtactiviteiten/" + id);
        assertThat(een.status()).isEqualTo(200);
        assertThat(een.json().get("status").asString()).isEqualTo("VELDWERK_AFGEROND");
        assertThat(een.json().get("leider").asString()).isEqualTo("inspecteur.ggz");
        assertThat(een.json().get("afdeling").asString()).isEqualTo("GGZ");

        Api.Antwoord bevindingen =
                Api.op(port).als("inspecteur.ggz").get("/api/v1/toezichtactiviteiten/" + id + "/bevindingen");
        assertThat(bevindingen.status()).isEqualTo(200);
        Map<String, String> scores = new java.util.HashMap<>();
        for (JsonNode b : bevindingen.json()) {
            scores.put(b.get("normCode").asString(), b.get("score").asString());
        }
        assertThat(scores).containsEntry("1.1", "VOLDOET").containsEntry("1.2", "VOLDOET_NIET");

        // the pages show a score by the framework's label in Dutch, and the four-step scale's English label in English
        // (web.Scorelabels: a label the framework wrote itself would stay as written)
        Sessie analist = Sessie.op(port).als("analist");
        String veldwerk =
                analist.get("/inspecties/activiteiten/" + id + "/veldwerk").tekst();
        assertThat(veldwerk).contains("<dd>Voldoet niet</dd>", "Oordeel").doesNotContain("<dd>VOLDOET_NIET</dd>");
        String engels = analist.get("/inspecties/activiteiten/" + id + "/veldwerk?lang=en")
                .tekst();
        assertThat(engels)
                .contains("<dd>Does not meet</dd>", "Judgement")
                .doesNotContain("<dd>VOLDOET_NIET</dd>", "<dd>Voldoet niet</dd>");

        // another department's inspector: not in the list, not found one by one (need-to-know)
        Api.Antwoord anders = Api.op(port)
                .als("inspecteur.jeugd")
                .get("/api/v1/toezichtactiviteiten?vanaf=" + begin + "&tot=" + begin + "&grootte=100");
        assertThat(anders.status()).isEqualTo(200);
        assertThat(anders.tekst()).doesNotContain(id.toString());
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/toezichtactiviteiten/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/toezichtactiviteiten?afdeling=GGZ")
                        .status())
                .isEqualTo(403);
        // the list is in the access log with the activities it showed
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where handeling = 'ZOEKEN'"
                                        + " and gebruiker = 'inspecteur.ggz' and objecten like ?")
                                .param("%" + id + "%")
                                .query(Integer.class)
                                .single()
                        > 0,
                "the list's read of the activity in the access log");
    }

    @Test
    void badInputIsADutchProblemOnItsField() {
        Api ggz = Api.op(port).als("inspecteur.ggz");
        probleem(ggz.get("/api/v1/toezichtactiviteiten?grootte=0"), "grootte", "1 tot en met 100");
        probleem(ggz.get("/api/v1/toezichtactiviteiten?grootte=101"), "grootte", "1 tot en met 100");
        probleem(ggz.get("/api/v1/toezichtactiviteiten?pagina=0"), "pagina", "begint bij 1");
        probleem(ggz.get("/api/v1/toezichtactiviteiten?pagina=twee"), "pagina", null);
        probleem(ggz.get("/api/v1/toezichtactiviteiten?status=BIJNA_KLAAR"), "status", null);
        probleem(ggz.get("/api/v1/toezichtactiviteiten?vanaf=gisteren"), "vanaf", null);
        probleem(ggz.get("/api/v1/toezichtactiviteiten/geen-uuid"), "id", null);
        Api.Antwoord onbekend = ggz.get("/api/v1/toezichtactiviteiten/" + UUID.randomUUID());
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.header("Content-Type")).startsWith("application/problem+json");
        // malformed JSON and a wrong type on the findings' PUT
        Api.Antwoord kapot =
                putJson(ggz, "/api/v1/toezichtactiviteiten/" + UUID.randomUUID() + "/bevindingen/1.1", "{\"score\": ");
        assertThat(kapot.status()).isBetween(400, 422);
        assertThat(kapot.header("Content-Type")).startsWith("application/problem+json");
        probleem(
                putJson(
                        ggz,
                        "/api/v1/toezichtactiviteiten/" + UUID.randomUUID() + "/bevindingen/1.1",
                        "{\"score\": [\"VOLDOET\"]}"),
                "score",
                null);
        Api anoniem = Api.op(port);
        assertThat(anoniem.get("/api/v1/openbare-inspectierapporten/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        probleem(anoniem.get("/api/v1/openbare-inspectierapporten/geen-uuid"), "id", null);
    }

    @Test
    void aPublishedReportIsPublicWithItsPdfAndChecksumAndNothingBefore() {
        UUID id = fixtures.naarZorgaanbieder(demo, "Het risicoprofiel is bekend (API-test).");
        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        aanbieder.get("/mijn-rapporten/" + id);
        Multipart formulier =
                new Multipart().tekst("_csrf", aanbieder.csrf()).tekst("zienswijze", "Wij herkennen het beeld.");
        assertThat(aanbieder
                        .post("/mijn-rapporten/" + id + "/zienswijze", formulier.contentType(), formulier.bytes())
                        .status())
                .isEqualTo(302);
        fixtures.rapportactie(
                fixtures.ggz, id, "/punten", Map.of("punt", "Wij herkennen het beeld.", "overgenomen", "true"));
        fixtures.rapportactie(fixtures.ggz, id, "/vaststellen", Map.of("verwerking", "Overgenomen."));
        assertThat(fixtures.status(id)).isEqualTo("RAPPORT_DEFINITIEF");

        Api anoniem = Api.op(port);
        String lijst = "/api/v1/openbare-inspectierapporten/" + demo;
        String pdf = lijst + "/" + id + "/pdf";
        assertThat(anoniem.get(lijst).tekst()).doesNotContain(id.toString());
        assertThat(anoniem.get(pdf).status()).isEqualTo(404);

        Api.Antwoord gepubliceerd = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{}");
        assertThat(gepubliceerd.status()).as(gepubliceerd.toString()).isEqualTo(200);
        // released: public after the waiting period (decision 0092), by the daily job
        assertThat(anoniem.get(pdf).status()).isEqualTo(404);
        klok.verzet(java.time.Duration.ofDays(15));
        assertThat(openbaarmaking.publiceerRijpe()).contains(id);

        String sha = jdbc.sql("select pdf_sha256 from inspecties.rapport where activiteit = ?")
                .param(id)
                .query(String.class)
                .single();
        Api.Antwoord rapporten = anoniem.get(lijst);
        assertThat(rapporten.status()).isEqualTo(200);
        JsonNode rapport = null;
        for (JsonNode r : rapporten.json()) {
            if (r.get("activiteit").asString().equals(id.toString())) {
                rapport = r;
            }
        }
        assertThat(rapport).as(rapporten.tekst()).isNotNull();
        assertThat(rapport.get("sha256").asString()).isEqualTo(sha);
        assertThat(rapport.get("pdf").asString()).isEqualTo(pdf);

        Api.Antwoord bestand = anoniem.get(pdf);
        assertThat(bestand.status()).isEqualTo(200);
        assertThat(bestand.header("Content-Type")).startsWith("application/pdf");
        assertThat(Bestandskeuring.sha256(bestand.bytes())).isEqualTo(sha);
        assertThat(bestand.header("X-Sha256")).isEqualTo(sha);
        assertThat(bestand.header("Repr-Digest"))
                .isEqualTo("sha-256=:"
                        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
        // the report of another provider's path is not found
        assertThat(anoniem.get("/api/v1/openbare-inspectierapporten/" + UUID.randomUUID() + "/" + id + "/pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionHasTheNewEndpoints() {
        Api.Antwoord docs = Api.op(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paden = docs.json().get("paths");
        for (String pad : new String[] {
            "/api/v1/toezichtactiviteiten",
            "/api/v1/toezichtactiviteiten/{id}",
            "/api/v1/toezichtactiviteiten/{id}/bevindingen",
            "/api/v1/toezichtactiviteiten/{id}/rapport",
            "/api/v1/openbare-inspectierapporten/{id}",
            "/api/v1/openbare-inspectierapporten/{id}/{activiteit}/pdf"
        }) {
            assertThat(paden.has(pad)).as(pad).isTrue();
        }
        assertThat(docs.tekst()).contains("Toezichtactiviteiten", "Openbare inspectierapporten");
    }

    private static Api.Antwoord putJson(Api api, String pad, String json) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri(pad))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void probleem(Api.Antwoord antwoord, String veld, String tekst) {
        assertThat(antwoord.status()).as(antwoord.toString()).isIn(400, 422);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        JsonNode fouten = antwoord.json().get("errors");
        assertThat(fouten).as(antwoord.tekst()).isNotNull();
        assertThat(fouten.get(0).get("field").asString()).isEqualTo(veld);
        String bericht = fouten.get(0).get("message").asString();
        assertThat(bericht).isNotBlank().doesNotContain("Exception");
        if (tekst != null) {
            assertThat(bericht).contains(tekst);
        }
    }
}
