package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Pdf;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report through HTTP on the whole application: drafted from the findings, four eyes, the provider's view in
 * the portal under its clock, the final PDF with its checksum, the anonymisation check and the public page.
 */
@IntegratieTest
class RapportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Testklok klok;

    @Autowired
    Openbaarmaking openbaarmaking;

    @Autowired
    ApplicationContext context;

    UUID demo;
    Rapportfixtures fixtures;
    Sessie ggz;

    @BeforeEach
    void klaarzetten() {
        fixtures = Rapportfixtures.metDemozorgaanbieder(context, port);
        demo = fixtures.demo();
        ggz = fixtures.ggz;
    }

    private UUID veldwerkAfgerond(UUID aanbieder, String onderbouwing) {
        return fixtures.veldwerkAfgerond(aanbieder, onderbouwing);
    }

    private UUID naarZorgaanbieder(UUID aanbieder, String tekst) {
        return fixtures.naarZorgaanbieder(aanbieder, tekst);
    }

    private Api.Antwoord rapportactie(Sessie sessie, UUID id, String actie, Map<String, String> velden) {
        return fixtures.rapportactie(sessie, id, actie, velden);
    }

    @Test
    void draftFourEyesViewOfTheProviderAndAFinalPdfWithItsChecksum() throws Exception {
        UUID id = veldwerkAfgerond(demo, "Het risicoprofiel is per cliënt bekend en besproken.");

        // drafted from the findings, then edited by the team
        rapportactie(ggz, id, "/opstellen", Map.of());
        assertThat(status(id)).isEqualTo("RAPPORT_CONCEPT");
        String pagina = ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(pagina).contains("Het risicoprofiel is per cliënt bekend en besproken.");
        rapportactie(
                ggz,
                id,
                "",
                Map.of(
                        "inleiding", "De inspectie bezocht de locatie.",
                        "tekst[1.1]", "Het risicoprofiel is per cliënt bekend. Het team bespreekt het wekelijks."));
        byte[] concept =
                ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        String conceptTekst = Pdf.tekst(concept);
        assertThat(conceptTekst)
                .doesNotContain("font-size")
                .contains(
                        "CONCEPT",
                        "Het team bespreekt het wekelijks",
                        "Voldoet niet",
                        "Wat moet verbeteren",
                        "1.2 Melden");
        Pdf.beelden(concept, "inspectierapport-concept");

        // four eyes: who offered it cannot approve it (409 problem+json, nothing changes)
        rapportactie(ggz, id, "/aanbieden", Map.of());
        assertThat(status(id)).isEqualTo("RAPPORT_TER_BEOORDELING");
        Api.Antwoord zelf = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/goedkeuring", "{}");
        assertThat(zelf.status()).isEqualTo(409);
        assertThat(zelf.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zelf.json().get("detail").asString()).contains("zelf ter beoordeling aangeboden", "vier ogen");
        assertThat(status(id)).isEqualTo("RAPPORT_TER_BEOORDELING");
        // ... and a second inspector approves: the provider's view is due on the clock
        Api.Antwoord goed = Api.op(port)
                .als("inspecteur")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/goedkeuring", "{}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        assertThat(goed.json().get("status").asString()).isEqualTo("ZIENSWIJZE_GEVRAAGD");
        assertThat(java.time.LocalDate.parse(
                        goed.json().get("zienswijzeUiterlijk").asString()))
                .isAfterOrEqualTo(planning.vandaag().plusWeeks(2));
        assertThat(klokstatus(id)).isEqualTo("LOPEND");
        // the term runs: not final yet
        rapportactie(ggz, id, "/vaststellen", Map.of("verwerking", "Te vroeg."));
        assertThat(status(id)).isEqualTo("ZIENSWIJZE_GEVRAAGD");

        // the provider reads it in the portal and gives its view with a document
        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        assertThat(aanbieder.get("/mijn-rapporten").tekst()).contains(referentie(id));
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst()).contains("zienswijze", "uiterlijk");
        assertThat(Pdf.tekst(
                        aanbieder.get("/mijn-rapporten/" + id + "/rapport.pdf").bytes()))
                .contains("CONCEPT", "Het team bespreekt het wekelijks");
        byte[] bijlage = concept;
        Multipart formulier = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("zienswijze", "Wij hebben inmiddels een meldprocedure ingevoerd (zie bijlage).")
                .bestand("bijlagen", "meldprocedure.pdf", "application/pdf", bijlage);
        Api.Antwoord gegeven =
                aanbieder.post("/mijn-rapporten/" + id + "/zienswijze", formulier.contentType(), formulier.bytes());
        assertThat(gegeven.status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("ZIENSWIJZE_ONTVANGEN");
        assertThat(klokstatus(id)).isEqualTo("GESTOPT");
        pagina = ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(pagina).contains("Wij hebben inmiddels een meldprocedure ingevoerd", "meldprocedure.pdf");
        // a second view is refused
        aanbieder.get("/mijn-rapporten/" + id);
        Multipart nogmaals = new Multipart().tekst("_csrf", aanbieder.csrf()).tekst("zienswijze", "Nog iets.");
        aanbieder.post("/mijn-rapporten/" + id + "/zienswijze", nogmaals.contentType(), nogmaals.bytes());
        assertThat(jdbc.sql("select zienswijze from inspecties.rapport where activiteit = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .startsWith("Wij hebben");

        // final: the view processed point by point is required, then the PDF is stored with its SHA-256
        rapportactie(ggz, id, "/vaststellen", Map.of("verwerking", "Alleen een algemene tekst."));
        assertThat(status(id)).isEqualTo("ZIENSWIJZE_ONTVANGEN");
        // a point not taken over needs a reason: refused on its field, nothing stored
        Api.Antwoord zonderReden = fixtures.zienswijzepunten(id, """
                {"punten": [{"punt": "De meldprocedure is ingevoerd.", "overgenomen": true},
                            {"punt": "Het oordeel over 1.2 moet voldoet zijn.", "overgenomen": false, "reden": "  "}]}
                """);
        assertThat(zonderReden.status()).isEqualTo(422);
        assertThat(zonderReden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zonderReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("punten[1].reden");
        assertThat(zonderReden.json().get("detail").asString()).contains("waarom de inspectie dit punt niet overneemt");
        assertThat(punten(id)).isZero();
        Api.Antwoord verwerkt = fixtures.zienswijzepunten(id, """
                {"punten": [{"punt": "De meldprocedure is ingevoerd.", "overgenomen": true},
                            {"punt": "Het oordeel over 1.2 moet voldoet zijn.", "overgenomen": false,
                             "reden": "De procedure werkt nog niet: het oordeel blijft."}]}
                """);
        assertThat(verwerkt.status()).as(verwerkt.toString()).isEqualTo(200);
        assertThat(verwerkt.json().get("punten").size()).isEqualTo(2);
        // the page's form: the same refusal on its field, what was typed kept
        rapportactie(ggz, id, "/punten", Map.of("punt", "Derde punt zonder reden.", "overgenomen", "false"));
        String geweigerd =
                ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(geweigerd).contains("waarom de inspectie dit punt niet overneemt", "Derde punt zonder reden.");
        assertThat(punten(id)).isEqualTo(2);
        rapportactie(
                ggz,
                id,
                "/vaststellen",
                Map.of(
                        "verwerking",
                        "Overgenomen: de meldprocedure is ingevoerd; de inspectie blijft het oordeel houden."));
        assertThat(status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        // after it the points never change (refused as a conflict with the report's state; V191 in the database)
        assertThat(fixtures.zienswijzepunten(id, "{\"punten\": []}").status()).isEqualTo(409);
        assertThatThrownBy(
                        () -> jdbc.sql("update inspecties.zienswijzepunt set overgenomen = true where activiteit = ?")
                                .param(id)
                                .update())
                .isInstanceOf(DataAccessException.class);
        String sha = jdbc.sql("select pdf_sha256 from inspecties.rapport where activiteit = ?")
                .param(id)
                .query(String.class)
                .single();
        byte[] definitief =
                ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        assertThat(sha256(definitief)).isEqualTo(sha);
        String tekst = Pdf.tekst(definitief);
        assertThat(tekst)
                .contains(
                        "Overgenomen: de meldprocedure is ingevoerd",
                        "gaf op",
                        "Verwerking zienswijze",
                        "Het oordeel over 1.2 moet voldoet zijn.",
                        "De procedure werkt nog niet: het oordeel blijft.")
                .doesNotContain("CONCEPT");
        Pdf.beelden(definitief, "inspectierapport-definitief");
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains(sha);
        assertThat(rapportactie(ggz, id, "/controleren", Map.of()).status()).isEqualTo(302);
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("De opgeslagen PDF komt overeen met de controlesom.");
        // the database keeps the final PDF as it is
        assertThatThrownBy(() -> jdbc.sql("update inspecties.rapport set pdf_sha256 = ? where activiteit = ?")
                        .params("0".repeat(64), id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("verandert niet");
        // the provider sees the final one with the same checksum
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst()).contains(sha);
        assertThat(sha256(
                        aanbieder.get("/mijn-rapporten/" + id + "/rapport.pdf").bytes()))
                .isEqualTo(sha);

        // public: nothing before publication; after it the PDF with the same checksum, without login
        Api anoniem = Api.op(port);
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + demo).tekst()).doesNotContain(referentie(id));
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + demo + "/" + id + ".pdf")
                        .status())
                .isEqualTo(404);
        Api.Antwoord gepubliceerd = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{}");
        assertThat(gepubliceerd.status()).as(gepubliceerd.toString()).isEqualTo(200);
        // released: public once the waiting period after the final date is over (PublicatieIT has the details)
        assertThat(status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        klok.verzet(Duration.ofDays(15));
        openbaarmaking.publiceerRijpe();
        assertThat(status(id)).isEqualTo("GEPUBLICEERD");
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + demo).tekst()).contains(referentie(id), sha);
        Api.Antwoord openbaar = anoniem.get("/openbaar/inspectierapporten/" + demo + "/" + id + ".pdf");
        assertThat(openbaar.status()).isEqualTo(200);
        assertThat(sha256(openbaar.bytes())).isEqualTo(sha);
    }

    @Test
    void aYouthCareFrameworkHasItsOwnTemplate() throws Exception {
        Rapportfixtures jeugd = fixtures.inSector("JEUGD");
        UUID id = jeugd.veldwerkAfgerond(demo, "Jongeren vertellen dat zij hun mentor kennen.");
        jeugd.rapportactie(ggz, id, "/opstellen", Map.of());
        byte[] pdf = ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        assertThat(Pdf.tekst(pdf))
                .contains(
                        "Dit is een rapport over jeugdhulp", "Jongeren vertellen dat zij hun mentor kennen", "CONCEPT")
                .doesNotContain("{", "font-size");
        Pdf.beelden(pdf, "inspectierapport-jeugd");
    }

    @Test
    void afterTheClockRanOutTheProviderCannotAnswerAndTheInspectorMakesItFinal() throws Exception {
        UUID id = naarZorgaanbieder(demo, "Het risicoprofiel is bekend.");
        klok.verzet(Duration.ofDays(30));

        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst())
                .contains("De termijn voor uw zienswijze is verstreken");
        Multipart laat = new Multipart().tekst("_csrf", aanbieder.csrf()).tekst("zienswijze", "Te laat.");
        aanbieder.post("/mijn-rapporten/" + id + "/zienswijze", laat.contentType(), laat.bytes());
        assertThat(status(id)).isEqualTo("ZIENSWIJZE_GEVRAAGD");
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst())
                .contains("De termijn voor uw zienswijze is verstreken op");

        rapportactie(ggz, id, "/vaststellen", Map.of());
        assertThat(status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        assertThat(klokstatus(id)).isEqualTo("GESTOPT");
        assertThat(Pdf.tekst(ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf")
                        .bytes()))
                .contains("een zienswijze geven en deed dat niet");
    }

    @Test
    void theProviderSeesOnlyItsOwnReportsAndOnlyOnceSentToIt() {
        Api.Antwoord ander =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        UUID andere = UUID.fromString(ander.json().get("id").asString());
        UUID vanAnder = naarZorgaanbieder(andere, "Tekst.");
        UUID concept = veldwerkAfgerond(demo, "Nog in concept.");
        rapportactie(ggz, concept, "/opstellen", Map.of());

        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        assertThat(aanbieder.get("/mijn-rapporten").tekst()).doesNotContain(referentie(vanAnder), referentie(concept));
        assertThat(aanbieder.get("/mijn-rapporten/" + vanAnder).status()).isEqualTo(404);
        assertThat(aanbieder.get("/mijn-rapporten/" + vanAnder + "/rapport.pdf").status())
                .isEqualTo(404);
        assertThat(aanbieder.get("/mijn-rapporten/" + concept).status()).isEqualTo(404);
        // refused in the access log
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and not toegestaan")
                                .param("%" + vanAnder + "%")
                                .query(Integer.class)
                                .single()
                        >= 1,
                "the refused read in the access log");
        // nor does staff reach the portal's pages
        assertThat(Sessie.op(port).als("inspecteur.ggz").get("/mijn-rapporten").status())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BSN          | De cliënt met BSN 111222333 had geen plan.   | een burgerservicenummer (*****2333)",
                "e-mail       | Mail naar j.jansen@zorg.example.nl.          | een e-mailadres (j.jansen@zorg.example.nl)",
                "telefoon     | Bel de teamleider op 06-12345678.            | een telefoonnummer (06-12345678)",
                "naam uit zaak| Mevrouw Bert Bezorgd viel op de gang.        | de naam van een betrokkene uit de zaak (Bert Bezorgd)"
            })
    void publicationIsRefusedWhileTheTextIdentifiesAPerson(String soort, String tekst, String gevonden) {
        UUID id = fixtures.definitief(demo, tekst);
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains(gevonden.substring(gevonden.indexOf('(') + 1, gevonden.length() - 1));

        Api.Antwoord geweigerd = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{}");
        assertThat(geweigerd.status()).isEqualTo(409);
        assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(geweigerd.json().get("detail").asString()).contains("kan niet worden gepubliceerd", gevonden);
        assertThat(status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        assertThat(Api.op(port).get("/openbaar/inspectierapporten/" + demo).tekst())
                .doesNotContain(referentie(id));
        assertThat(Api.op(port)
                        .get("/openbaar/inspectierapporten/" + demo + "/" + id + ".pdf")
                        .status())
                .isEqualTo(404);
    }

    private String status(UUID id) {
        return fixtures.status(id);
    }

    private String referentie(UUID id) {
        return fixtures.referentie(id);
    }

    private String klokstatus(UUID id) {
        return jdbc.sql("select status from termijnen.klok where object_id = ? and soort = 'ZIENSWIJZE'")
                .param(id)
                .query(String.class)
                .single();
    }

    private static String sha256(byte[] inhoud) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(inhoud));
    }

    private int punten(UUID id) {
        return jdbc.sql("select count(*) from inspecties.zienswijzepunt where activiteit = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
