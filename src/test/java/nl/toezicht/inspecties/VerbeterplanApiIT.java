package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Bestandskeuring;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The improvement plan and the re-visit over the API (issue 14, decision 0098), on the whole application: the team
 * asks (weeks or a deadline date), reads, judges and plans the re-visit; the provider reads and submits its own plan
 * as multipart with an Idempotency-Key (a retry stores once); bad input is a Dutch problem+json on its field that
 * changes nothing; another provider's plan does not exist (404); every read and change is in the access log. Every
 * assertion is scoped to this test's own activities.
 */
@IntegratieTest
class VerbeterplanApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Testklok klok;

    @Autowired
    ApplicationContext context;

    UUID demo;
    Rapportfixtures fixtures;

    @BeforeEach
    void klaarzetten() {
        fixtures = Rapportfixtures.metDemozorgaanbieder(context, port);
        demo = fixtures.demo();
    }

    /** A final report of this provider (no view came, its term ran out) whose norm 1.2 does not meet. */
    private UUID definitief(UUID aanbieder, String tekst) {
        return fixtures.definitief(aanbieder, tekst);
    }

    @Test
    void staffAndProviderGoTheWholeWayOverTheApi() throws Exception {
        UUID id = definitief(demo, "Het meldbeleid ontbreekt (verbeterplan-api).");
        long vanaf = laatsteLogregel();
        Api team = Api.op(port).als("inspecteur.ggz");
        String plan = "/api/v1/toezichtactiviteiten/" + id + "/verbeterplan";
        assertThat(team.get(plan).status()).isEqualTo(404);

        // bad requests are refused on their field and ask nothing
        assertThat(team.postJson(plan, "{\"weken\": ").status()).isEqualTo(400);
        probleem(team.postJson(plan, "{\"weken\": \"zes\"}"), "weken", null);
        probleem(team.postJson(plan, "{\"weken\": 40}"), "weken", "heel aantal weken van 1 tot en met 26");
        LocalDate vandaag = planning.vandaag();
        probleem(team.postJson(plan, "{\"uiterlijk\": \"" + vandaag.minusDays(1) + "\"}"), "uiterlijk", "na vandaag");
        probleem(team.postJson(plan, "{\"uiterlijk\": \"" + vandaag + "\"}"), "uiterlijk", "na vandaag");
        probleem(
                team.postJson(plan, "{\"uiterlijk\": \"" + vandaag.plusWeeks(27) + "\"}"),
                "uiterlijk",
                "hooguit 26 weken");
        probleem(
                team.postJson(plan, "{\"weken\": 2, \"uiterlijk\": \"" + vandaag.plusWeeks(4) + "\"}"),
                "uiterlijk",
                "niet allebei");
        probleem(team.postJson(plan, "{\"uiterlijk\": \"volgende week\"}"), "uiterlijk", null);
        assertThat(rondes(id)).isZero();

        // asked with a deadline date: the clock's deadline is that day, or the next working day
        LocalDate gevraagd = vandaag.plusDays(30);
        Api.Antwoord gevraagdAntwoord = team.postJson(plan, "{\"uiterlijk\": \"" + gevraagd + "\"}");
        assertThat(gevraagdAntwoord.status()).as(gevraagdAntwoord.toString()).isEqualTo(201);
        assertThat(gevraagdAntwoord.header("Location")).isEqualTo(plan);
        JsonNode stand = gevraagdAntwoord.json();
        assertThat(stand.get("referentie").asString()).isEqualTo(fixtures.referentie(id));
        assertThat(codes(stand.get("teVerbeteren"))).contains("1.2").doesNotContain("1.1");
        JsonNode eerste = stand.get("rondes").get(0);
        LocalDate uiterlijk = LocalDate.parse(eerste.get("uiterlijk").asString());
        assertThat(uiterlijk).isBetween(gevraagd, gevraagd.plusDays(4));
        assertThat(eerste.get("klok").get("status").asString()).isEqualTo("LOPEND");
        assertThat(eerste.get("klok").get("uiterlijk").asString()).isEqualTo(uiterlijk.toString());
        assertThat(stand.get("hercontroleMogelijk").asBoolean()).isFalse();
        // once
        probleem(team.postJson(plan, "{}"), null, "al een verbeterplan gevraagd");
        assertThat(rondes(id)).isEqualTo(1);

        // the provider reads the request
        Api aanbieder = Api.op(port).als("zorgaanbieder");
        String mijn = "/api/v1/mijn-rapporten/" + id + "/verbeterplan";
        JsonNode verzoek = aanbieder.get(mijn).json();
        assertThat(verzoek.get("open").asBoolean()).isTrue();
        assertThat(verzoek.get("rondes").get(0).get("uiterlijk").asString()).isEqualTo(uiterlijk.toString());
        assertThat(codes(verzoek.get("teVerbeteren"))).contains("1.2");
        assertThat(verzoek.toString()).doesNotContain("inspecteur.ggz");

        // bad submissions: refused on their field, nothing stored
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        byte[] pdf = ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String sleutel = UUID.randomUUID().toString();
        probleem(dienIn(aanbieder, mijn, null, "Wij schrijven een meldbeleid.", null), "Idempotency-Key", null);
        probleem(
                dienIn(aanbieder, mijn, "x".repeat(101), "Wij schrijven een meldbeleid.", null),
                "Idempotency-Key",
                null);
        probleem(dienIn(aanbieder, mijn, sleutel, "   ", null), "tekst", "Beschrijf uw verbeterplan");
        probleem(
                dienIn(aanbieder, mijn, sleutel, null, bestand("plan.pdf", pdf)), "tekst", "Beschrijf uw verbeterplan");
        probleem(
                dienIn(
                        aanbieder,
                        mijn,
                        sleutel,
                        "Met een vals bestand.",
                        bestand("plan.pdf", "MZ geen pdf".getBytes())),
                "bijlagen[0]",
                "Dit soort bestand kunnen wij niet aannemen");
        byte[] teGroot = Arrays.copyOf(pdf, (int) Bestandskeuring.MAX_GROOTTE + 1);
        probleem(
                dienIn(aanbieder, mijn, sleutel, "Met een te groot bestand.", bestand("groot.pdf", teGroot)),
                "bijlagen[0]",
                null);
        probleem(dienIn(aanbieder, mijn, sleutel, "Met een stuurteken\u0000 erin.", null), "tekst", null);
        assertThat(ingediend(id)).isZero();
        assertThat(bijlagen(id)).isZero();

        // the plan, with markup that stays text; the same post again (a retry) answers it as stored, once
        String tekst = "<script>alert('x')</script> Wij schrijven een meldbeleid (verbeterplan-api).";
        Multipart metBijlage = bestand("meldbeleid.pdf", pdf);
        Api.Antwoord ingestuurd = dienIn(aanbieder, mijn, sleutel, tekst, metBijlage);
        assertThat(ingestuurd.status()).as(ingestuurd.toString()).isEqualTo(201);
        assertThat(ingestuurd.header("Idempotent-Replayed")).isEqualTo("false");
        Api.Antwoord herhaald = dienIn(aanbieder, mijn, sleutel, tekst, metBijlage);
        assertThat(herhaald.status()).as(herhaald.toString()).isEqualTo(200);
        assertThat(herhaald.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(herhaald.json().get("rondes").get(0).get("tekst").asString()).isEqualTo(tekst);
        assertThat(ingediend(id)).isEqualTo(1);
        assertThat(bijlagen(id)).isEqualTo(1);
        assertThat(stappen(id, "VERBETERPLAN_INDIENEN")).isEqualTo(1);
        assertThat(herhaald.json().get("open").asBoolean()).isFalse();
        // the markup is shown as text on the team's page
        String pagina = ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(pagina).contains("&lt;script&gt;").doesNotContain("<script>alert");

        // the team reads it: text, document (metadata and the same bytes), the clock stopped
        JsonNode ontvangen = team.get(plan).json().get("rondes").get(0);
        assertThat(ontvangen.get("tekst").asString()).isEqualTo(tekst);
        assertThat(ontvangen.get("ingediendDoor").asString()).isEqualTo("zorgaanbieder");
        assertThat(ontvangen.get("klok").get("status").asString()).isEqualTo("GESTOPT");
        JsonNode document = ontvangen.get("bijlagen").get(0);
        assertThat(document.get("bestandsnaam").asString()).isEqualTo("meldbeleid.pdf");
        assertThat(document.get("mediatype").asString()).isEqualTo("application/pdf");
        assertThat(document.get("grootte").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asString()).isEqualTo(Bestandskeuring.sha256(pdf));
        Api.Antwoord download = team.get(document.get("url").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(team.get(plan + "/bijlagen/" + UUID.randomUUID()).status()).isEqualTo(404);
        // and the provider its own copy
        String eigenUrl = herhaald.json()
                .get("rondes")
                .get(0)
                .get("bijlagen")
                .get(0)
                .get("url")
                .asString();
        assertThat(eigenUrl).startsWith(mijn + "/bijlagen/");
        assertThat(aanbieder.get(eigenUrl).bytes()).isEqualTo(pdf);
        assertThat(aanbieder.get(mijn + "/bijlagen/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        // the judgement: bad bodies refused on their field, nothing judged
        String beoordeling = plan + "/beoordeling";
        assertThat(team.postJson(beoordeling, "{\"oordeel\": ").status()).isEqualTo(400);
        probleem(team.postJson(beoordeling, "{\"oordeel\": [\"AANVAARD\"]}"), "oordeel", null);
        probleem(team.postJson(beoordeling, "{}"), "oordeel", "Kies of u het verbeterplan aanvaardt");
        probleem(team.postJson(beoordeling, "{\"oordeel\": \"MISSCHIEN\"}"), "oordeel", null);
        probleem(
                team.postJson(beoordeling, "{\"oordeel\": \"NIET_AANVAARD\", \"reden\": \"  \"}"),
                "reden",
                "Geef aan waarom");
        assertThat(rondes(id)).isEqualTo(1);
        assertThat(stappen(id, "VERBETERPLAN_BEOORDELEN")).isZero();
        // not accepted with a reason: a next round under a new clock
        Api.Antwoord afgewezen = team.postJson(
                beoordeling, "{\"oordeel\": \"NIET_AANVAARD\", \"reden\": \"Het plan noemt geen datum.\"}");
        assertThat(afgewezen.status()).as(afgewezen.toString()).isEqualTo(200);
        JsonNode tweeRondes = afgewezen.json().get("rondes");
        assertThat(tweeRondes.size()).isEqualTo(2);
        assertThat(tweeRondes.get(0).get("oordeel").asString()).isEqualTo("NIET_AANVAARD");
        assertThat(tweeRondes.get(1).get("klok").get("status").asString()).isEqualTo("LOPEND");
        // the provider sees the judgement and answers the second round
        JsonNode gezien = aanbieder.get(mijn).json();
        assertThat(gezien.get("open").asBoolean()).isTrue();
        assertThat(gezien.get("rondes").get(0).get("oordeel").asString()).isEqualTo("NIET_AANVAARD");
        assertThat(gezien.get("rondes").get(0).get("oordeelReden").asString()).isEqualTo("Het plan noemt geen datum.");
        Api.Antwoord tweede =
                dienIn(aanbieder, mijn, UUID.randomUUID().toString(), "Het meldbeleid is op 1 maart klaar.", null);
        assertThat(tweede.status()).as(tweede.toString()).isEqualTo(201);
        // a late retry of the first round's post still stores nothing
        assertThat(dienIn(aanbieder, mijn, sleutel, tekst, metBijlage).status()).isEqualTo(200);
        assertThat(ingediend(id)).isEqualTo(2);
        assertThat(bijlagen(id)).isEqualTo(1);

        // no re-visit while the plan waits for a judgement
        String hercontrole = "/api/v1/toezichtactiviteiten/" + id + "/hercontrole";
        String begin = vandaag.plusDays(7).toString();
        probleem(
                team.postJson(hercontrole, "{\"soort\": \"BEZOEK\", \"begindatum\": \"" + begin + "\"}"),
                null,
                "als het verbeterplan is aanvaard");
        Api.Antwoord aanvaard = team.postJson(beoordeling, "{\"oordeel\": \"AANVAARD\"}");
        assertThat(aanvaard.status()).as(aanvaard.toString()).isEqualTo(200);
        assertThat(aanvaard.json().get("rondes").get(1).get("oordeel").asString())
                .isEqualTo("AANVAARD");
        assertThat(aanvaard.json().get("hercontroleMogelijk").asBoolean()).isTrue();
        assertThat(aanbieder
                        .get(mijn)
                        .json()
                        .get("rondes")
                        .get(1)
                        .get("oordeel")
                        .asString())
                .isEqualTo("AANVAARD");

        // the re-visit: bad kinds and dates on their field, then planned once, pointing back
        probleem(team.postJson(hercontrole, "{\"soort\": \"VLIEGEN\"}"), "soort", null);
        probleem(team.postJson(hercontrole, "{\"soort\": \"BEZOEK\", \"begindatum\": \"morgen\"}"), "begindatum", null);
        probleem(team.postJson(hercontrole, "{\"soort\": {}, \"begindatum\": \"" + begin + "\"}"), "soort", null);
        assertThat(hercontroles(id)).isZero();
        Api.Antwoord gepland = team.postJson(
                hercontrole,
                "{\"soort\": \"BEZOEK\", \"aankondiging\": \"ONAANGEKONDIGD\", \"begindatum\": \"" + begin + "\"}");
        assertThat(gepland.status()).as(gepland.toString()).isEqualTo(201);
        UUID nieuw = UUID.fromString(gepland.json().get("id").asString());
        assertThat(gepland.header("Location")).isEqualTo("/api/v1/toezichtactiviteiten/" + nieuw);
        assertThat(gepland.json().get("aanleiding").asString()).isEqualTo("HERCONTROLE");
        assertThat(gepland.json().get("aankondiging").asString()).isEqualTo("ONAANGEKONDIGD");
        assertThat(gepland.json().get("zorgaanbiederId").asString()).isEqualTo(demo.toString());
        JsonNode link = team.get(plan).json().get("hercontrole");
        assertThat(link.get("activiteit").asString()).isEqualTo(nieuw.toString());
        assertThat(codes(link.get("normen"))).containsExactly("1.2");
        probleem(team.postJson(hercontrole, "{\"soort\": \"BEZOEK\", \"begindatum\": \"" + begin + "\"}"), null, null);
        assertThat(hercontroles(id)).isEqualTo(1);

        // every read and change by both parties is in the access log
        Wachten.tot(
                () -> log(vanaf, id, "zorgaanbieder", "WIJZIGEN", true) >= 2
                        && log(vanaf, id, "zorgaanbieder", "INZIEN", true) >= 3
                        && log(vanaf, id, "inspecteur.ggz", "WIJZIGEN", true) >= 4
                        && log(vanaf, id, "inspecteur.ggz", "INZIEN", true) >= 3,
                "the API's reads and changes in the access log");
    }

    @Test
    void anotherProvidersPlanDoesNotExistForTheProvider() {
        Api.Antwoord ander =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        UUID andere = UUID.fromString(ander.json().get("id").asString());
        UUID id = definitief(andere, "Het meldbeleid ontbreekt (verbeterplan-api, andere aanbieder).");
        long vanaf = laatsteLogregel();
        Api team = Api.op(port).als("inspecteur.ggz");
        assertThat(team.postJson("/api/v1/toezichtactiviteiten/" + id + "/verbeterplan", "{\"weken\": 3}")
                        .status())
                .isEqualTo(201);

        Api aanbieder = Api.op(port).als("zorgaanbieder");
        String mijn = "/api/v1/mijn-rapporten/" + id + "/verbeterplan";
        Api.Antwoord lezen = aanbieder.get(mijn);
        assertThat(lezen.status()).isEqualTo(404);
        assertThat(lezen.header("Content-Type")).startsWith("application/problem+json");
        assertThat(lezen.tekst()).doesNotContain(fixtures.referentie(id));
        Api.Antwoord insturen = dienIn(aanbieder, mijn, UUID.randomUUID().toString(), "Een plan van een ander.", null);
        assertThat(insturen.status()).isEqualTo(404);
        // without a key or text it is still not found: the access check answers before the input is looked at
        assertThat(dienIn(aanbieder, mijn, null, "Zonder sleutel.", null).status())
                .isEqualTo(404);
        assertThat(aanbieder.get(mijn + "/bijlagen/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(ingediend(id)).isZero();
        // the provider has no staff API, staff have no portal, another department does not see the activity
        assertThat(aanbieder
                        .get("/api/v1/toezichtactiviteiten/" + id + "/verbeterplan")
                        .status())
                .isEqualTo(403);
        assertThat(team.get(mijn).status()).isEqualTo(403);
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/toezichtactiviteiten/" + id + "/verbeterplan")
                        .status())
                .isEqualTo(404);
        Wachten.tot(
                () -> log(vanaf, id, "zorgaanbieder", "INZIEN", false) >= 2
                        && log(vanaf, id, "zorgaanbieder", "WIJZIGEN", false) >= 2,
                "the provider's refused reads and changes in the access log");
    }

    @Test
    void aKeyUsedForAnotherPlanIsRefusedInWords() {
        UUID eerste = definitief(demo, "Het meldbeleid ontbreekt (verbeterplan-api, sleutel 1).");
        UUID tweede = definitief(demo, "Het meldbeleid ontbreekt (verbeterplan-api, sleutel 2).");
        Api team = Api.op(port).als("inspecteur.ggz");
        for (UUID id : new UUID[] {eerste, tweede}) {
            assertThat(team.postJson("/api/v1/toezichtactiviteiten/" + id + "/verbeterplan", "{}")
                            .status())
                    .isEqualTo(201);
        }
        Api aanbieder = Api.op(port).als("zorgaanbieder");
        String sleutel = UUID.randomUUID().toString();
        assertThat(dienIn(aanbieder, "/api/v1/mijn-rapporten/" + eerste + "/verbeterplan", sleutel, "Plan één.", null)
                        .status())
                .isEqualTo(201);
        probleem(
                dienIn(aanbieder, "/api/v1/mijn-rapporten/" + tweede + "/verbeterplan", sleutel, "Plan twee.", null),
                "Idempotency-Key",
                "al gebruikt");
        assertThat(ingediend(eerste)).isEqualTo(1);
        assertThat(ingediend(tweede)).isZero();
    }

    @Test
    void theOpenApiDescriptionHasTheImprovementPlan() {
        Api.Antwoord docs = Api.op(port).get("/v3/api-docs");
        JsonNode paden = docs.json().get("paths");
        for (String pad : new String[] {
            "/api/v1/toezichtactiviteiten/{id}/verbeterplan",
            "/api/v1/toezichtactiviteiten/{id}/verbeterplan/beoordeling",
            "/api/v1/toezichtactiviteiten/{id}/verbeterplan/bijlagen/{bijlage}",
            "/api/v1/toezichtactiviteiten/{id}/hercontrole",
            "/api/v1/mijn-rapporten/{id}/verbeterplan",
            "/api/v1/mijn-rapporten/{id}/verbeterplan/bijlagen/{bijlage}"
        }) {
            assertThat(paden.has(pad)).as(pad).isTrue();
        }
        assertThat(paden.get("/api/v1/toezichtactiviteiten/{id}/verbeterplan").has("post"))
                .isTrue();
        assertThat(paden.get("/api/v1/mijn-rapporten/{id}/verbeterplan").has("post"))
                .isTrue();
        assertThat(docs.tekst()).contains("Mijn inspectierapporten", "Idempotency-Key");
    }

    // --- helpers ---

    private static Multipart bestand(String naam, byte[] inhoud) {
        return new Multipart().bestand("bijlagen", naam, "application/pdf", inhoud);
    }

    private static Api.Antwoord dienIn(
            Api api, String pad, @Nullable String sleutel, @Nullable String tekst, @Nullable Multipart bijlagen) {
        Multipart body = new Multipart();
        if (tekst != null) {
            body.tekst("tekst", tekst);
        }
        if (bijlagen != null) {
            body.voegToe(bijlagen);
        }
        Api met = sleutel == null ? api : api.met("Idempotency-Key", sleutel);
        return met.post(pad, body.contentType(), body.bytes());
    }

    private static java.util.List<String> codes(JsonNode lijst) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        lijst.forEach(n -> codes.add(n.isString() ? n.asString() : n.get("code").asString()));
        return codes;
    }

    private static void probleem(Api.Antwoord antwoord, @Nullable String veld, @Nullable String tekst) {
        assertThat(antwoord.status()).as(antwoord.toString()).isIn(400, 409, 422);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.tekst()).doesNotContain("Exception", "at nl.toezicht");
        if (veld != null) {
            JsonNode fouten = antwoord.json().get("errors");
            assertThat(fouten).as(antwoord.tekst()).isNotNull();
            assertThat(fouten.get(0).get("field").asString()).isEqualTo(veld);
            assertThat(fouten.get(0).get("message").asString()).isNotBlank();
        }
        if (tekst != null) {
            assertThat(antwoord.tekst()).contains(tekst);
        }
    }

    /** The access log's rows about this activity after {@code vanaf} (so not the fixture's own). */
    private int log(long vanaf, UUID id, String gebruiker, String handeling, boolean toegestaan) {
        return jdbc.sql("select count(*) from logboek.toegangslog where volgnummer > ? and objecten like ?"
                        + " and gebruiker = ? and handeling = ? and toegestaan = ?")
                .params(vanaf, "%" + id + "%", gebruiker, handeling, toegestaan)
                .query(Integer.class)
                .single();
    }

    private long laatsteLogregel() {
        return jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.toegangslog")
                .query(Long.class)
                .single();
    }

    private int rondes(UUID id) {
        return tel("select count(*) from inspecties.verbeterplan where activiteit = ?", id);
    }

    private int ingediend(UUID id) {
        return tel(
                "select count(*) from inspecties.verbeterplan where activiteit = ? and ingediend_op is not null", id);
    }

    private int bijlagen(UUID id) {
        return tel(
                "select count(*) from inspecties.verbeterplanbijlage b join inspecties.verbeterplan p"
                        + " on p.id = b.verbeterplan where p.activiteit = ?",
                id);
    }

    private int hercontroles(UUID id) {
        return tel("select count(*) from inspecties.hercontrole where van = ?", id);
    }

    private int stappen(UUID id, String stap) {
        return jdbc.sql("select count(*) from inspecties.activiteitstap where activiteit = ? and stap = ?")
                .params(id, stap)
                .query(Integer.class)
                .single();
    }

    private int tel(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
