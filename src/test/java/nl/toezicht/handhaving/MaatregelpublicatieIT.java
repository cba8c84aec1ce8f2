package nl.toezicht.handhaving;

import static nl.toezicht.handhaving.Handhavingtestdata.pdftotext;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Bestandskeuring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Publication of measures (decision 0103) through HTTP on the whole application: public only after the waiting
 * period and only once (one event), postponed with a reason, held back by the anonymisation check until corrected
 * or overridden, withdrawn when the decision is set aside, bad input refused on its field. Each test works on a
 * provider of its own (a unique name and place), so no count depends on other tests.
 */
@IntegratieTest
@RecordApplicationEvents
class MaatregelpublicatieIT {

    private static final DateTimeFormatter NL =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @Autowired
    Maatregelpublicatie publicatie;

    @Autowired
    ApplicationEvents gebeurtenissen;

    String uniek;
    UUID aanbieder;

    @BeforeEach
    void zorgaanbieder() {
        uniek = UUID.randomUUID().toString().substring(0, 8);
        aanbieder = zorgaanbieder(port, uniek);
    }

    /** A provider with a name and place no other test uses. */
    static UUID zorgaanbieder(int port, String uniek) {
        String kvk = "6"
                + String.format(
                        "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        Api.Antwoord nieuw =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", """
                {"naam": "Handhavingzorg %s", "kvkNummer": "%s", "sectoren": ["GGZ"],
                 "locaties": [{"naam": "Hoofdlocatie", "adres": "Kerkstraat 1", "postcode": "8011 AB",
                               "plaats": "Plaats%s", "gemeente": "Gemeente%s"}]}
                """.formatted(uniek, kvk, uniek, uniek));
        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        return UUID.fromString(nieuw.json().get("id").asString());
    }

    private static Api jurist(int port) {
        return Api.op(port).als("jurist");
    }

    /** An instruction with this text, its intention and decision sent today; returns its id. */
    static UUID besloten(int port, UUID aanbieder, String omschrijving) {
        Api.Antwoord nieuw = jurist(port).postJson("/api/v1/maatregelen", """
                {"soort": "AANWIJZING", "afdeling": "GGZ", "zorgaanbieder": "%s", "aanleiding": "SIGNAAL",
                 "wet": "Wkkgz", "artikel": "art. 27 lid 1", "omschrijving": "%s"}
                """.formatted(aanbieder, omschrijving));
        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        UUID id = UUID.fromString(nieuw.json().get("id").asString());
        for (String stap : new String[] {"VOORNEMEN_VERZENDEN", "BESLUIT_VERZENDEN"}) {
            Api.Antwoord brief = jurist(port)
                    .postJson(
                            "/api/v1/maatregelen/" + id + "/brieven",
                            "{\"stap\": \"" + stap + "\", \"aan\": \"bestuur@zorg.example\", \"termijn\": 6}");
            assertThat(brief.status()).as(brief.toString()).isEqualTo(201);
        }
        return id;
    }

    private JsonNode stand(UUID id) {
        Api.Antwoord a = jurist(port).get("/api/v1/maatregelen/" + id + "/publicatie");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    private JsonNode openbaar(String query) {
        Api.Antwoord a = Api.op(port).get("/api/v1/openbare-maatregelen?" + query);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    private String naam() {
        return "naam=" + URLEncoder.encode("Handhavingzorg " + uniek, StandardCharsets.UTF_8);
    }

    /** The table row of one measure on a public page. */
    private static String rij(String html, String referentie) {
        int begin = html.indexOf("<tr id=\"maatregel-" + referentie + "\"");
        assertThat(begin).as("row of " + referentie).isNotNegative();
        return html.substring(begin, html.indexOf("</tr>", begin));
    }

    private long gepubliceerdeEvents(UUID id) {
        return gebeurtenissen.stream(MaatregelGepubliceerd.class)
                .filter(e -> e.maatregel().equals(id))
                .count();
    }

    @Test
    void aDecisionIsPublicAfterTheWaitingPeriodOnceWithAnAnonymisedPdf() throws Exception {
        klok.zet("2026-11-02T10:00");
        UUID id = besloten(port, aanbieder, "De zorgaanbieder laat medicatie toedienen door onbevoegd personeel.");
        JsonNode stand = stand(id);
        assertThat(stand.get("openbaarVanaf").asString()).isEqualTo("2026-11-16");
        assertThat(stand.get("toestand").asString()).isEqualTo("WACHT");
        assertThat(stand.get("samenvatting").asString())
                .isEqualTo("De zorgaanbieder laat medicatie toedienen door onbevoegd personeel.");

        // within the waiting period: not public, not found, the job leaves it alone
        klok.zet("2026-11-15T10:00");
        assertThat(publicatie.publiceerRijpe()).doesNotContain(id);
        assertThat(openbaar(naam()).get("totaal").asLong()).isZero();
        assertThat(Api.op(port)
                        .get("/api/v1/openbare-maatregelen/" + id + "/pdf")
                        .status())
                .isEqualTo(404);

        // the day the period ends: published once; twice run, still once, one event
        klok.zet("2026-11-16T06:05");
        assertThat(publicatie.publiceerRijpe()).containsOnlyOnce(id);
        assertThat(publicatie.publiceerRijpe()).doesNotContain(id);
        assertThat(gepubliceerdeEvents(id)).isEqualTo(1);
        assertThat(stand(id).get("toestand").asString()).isEqualTo("OPENBAAR");

        JsonNode gevonden = openbaar(naam() + "&plaats=Plaats" + uniek + "&soort=AANWIJZING&jaar=2026");
        assertThat(gevonden.get("totaal").asLong()).isEqualTo(1);
        JsonNode item = gevonden.get("items").get(0);
        assertThat(item.get("zorgaanbiederNaam").asString()).isEqualTo("Handhavingzorg " + uniek);
        assertThat(item.get("plaats").asString()).isEqualTo("Plaats" + uniek);
        assertThat(item.get("grondslag").asString()).isEqualTo("Wkkgz art. 27 lid 1");
        assertThat(item.get("besluitdatum").asString()).isEqualTo("2026-11-02");
        // another year or kind does not find it
        assertThat(openbaar(naam() + "&jaar=2025").get("totaal").asLong()).isZero();
        assertThat(openbaar(naam() + "&soort=BESTUURLIJKE_BOETE").get("totaal").asLong())
                .isZero();

        Api.Antwoord pdf = Api.op(port).get(item.get("pdf").asString());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Bestandskeuring.sha256(pdf.bytes()))
                .isEqualTo(item.get("sha256").asString());
        assertThat(pdf.header("Repr-Digest")).startsWith("sha-256=:");
        String tekst = pdftotext(pdf.bytes());
        // the decision's text, without the signer's name that the letter itself carries
        assertThat(tekst)
                .contains("Openbare versie", "Besluit aanwijzing", "Handhavingzorg " + uniek, "onbevoegd personeel")
                .doesNotContain("Julia Vermeulen");
        // the page per provider, without login
        assertThat(Api.op(port)
                        .get("/openbaar/maatregelen/zorgaanbieders/" + aanbieder)
                        .tekst())
                .contains(item.get("referentie").asString(), item.get("sha256").asString());
    }

    @Test
    void legalStaffPostponeWithAReasonAndItIsLogged() {
        klok.zet("2026-11-02T10:00");
        UUID id = besloten(port, aanbieder, "Er is geen meldprocedure voor incidenten.");
        String pad = "/api/v1/maatregelen/" + id + "/publicatie/uitstel";
        Api.Antwoord zonderReden = jurist(port).postJson(pad, "{\"tot\": \"2026-12-01\"}");
        assertThat(zonderReden.status()).isEqualTo(422);
        assertThat(zonderReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reden");
        Api.Antwoord tevroeg =
                jurist(port).postJson(pad, "{\"tot\": \"2026-11-10\", \"reden\": \"Voorlopige voorziening\"}");
        assertThat(tevroeg.status()).isEqualTo(422);
        assertThat(tevroeg.json().get("errors").get(0).get("field").asString()).isEqualTo("tot");
        // an inspector may read measures but not postpone
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson(pad, "{\"tot\": \"2026-12-01\", \"reden\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(stand(id).get("openbaarVanaf").asString()).isEqualTo("2026-11-16");

        Api.Antwoord uitgesteld = jurist(port)
                .postJson(
                        pad, "{\"tot\": \"2026-12-01\", \"reden\": \"Voorlopige voorziening gevraagd " + uniek + "\"}");
        assertThat(uitgesteld.status()).as(uitgesteld.toString()).isEqualTo(200);
        assertThat(uitgesteld.json().get("openbaarVanaf").asString()).isEqualTo("2026-12-01");
        assertThat(uitgesteld.json().get("stappen").toString()).contains("UITGESTELD", uniek);

        klok.zet("2026-11-20T10:00");
        assertThat(publicatie.publiceerRijpe()).doesNotContain(id);
        klok.zet("2026-12-01T10:00");
        assertThat(publicatie.publiceerRijpe()).containsOnlyOnce(id);
        // once public it cannot be postponed any more
        assertThat(jurist(port)
                        .postJson(pad, "{\"tot\": \"2026-12-20\", \"reden\": \"Te laat\"}")
                        .status())
                .isEqualTo(409);
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and toegestaan")
                                .param("%" + id + "%")
                                .query(Integer.class)
                                .single()
                        >= 1,
                "the postponement in the access log");
    }

    @Test
    void theCheckHoldsItBackUntilCorrectedOrOverriddenWithAReason() throws Exception {
        klok.zet("2026-11-02T10:00");
        UUID gecorrigeerd = besloten(port, aanbieder, "De cliënt met BSN 111222333 kreeg geen zorgplan.");
        UUID afgeweken = besloten(port, aanbieder, "Bel de zorgaanbieder op 06-12345678 voor de planning.");
        assertThat(stand(gecorrigeerd).get("toestand").asString()).isEqualTo("GEBLOKKEERD");
        assertThat(stand(gecorrigeerd).get("vondsten").toString()).contains("*****2333");

        klok.zet("2026-11-16T10:00");
        assertThat(publicatie.publiceerRijpe()).doesNotContain(gecorrigeerd, afgeweken);
        assertThat(gepubliceerdeEvents(gecorrigeerd)).isZero();

        // corrected public text: published, and the number is not in the public PDF
        Api.Antwoord correctie = jurist(port)
                .postJson(
                        "/api/v1/maatregelen/" + gecorrigeerd + "/publicatie/correctie",
                        "{\"samenvatting\": \"Aanwijzing over zorgplannen.\", \"tekst\": \"Een cliënt kreeg geen zorgplan.\"}");
        assertThat(correctie.status()).as(correctie.toString()).isEqualTo(200);
        assertThat(correctie.json().get("toestand").asString()).isEqualTo("WACHT");

        // the override needs a reason (on its field); with one, the job publishes
        String afwijking = "/api/v1/maatregelen/" + afgeweken + "/publicatie/afwijking";
        Api.Antwoord zonder = jurist(port).postJson(afwijking, "{\"reden\": \" \"}");
        assertThat(zonder.status()).isEqualTo(422);
        assertThat(zonder.json().get("errors").get(0).get("field").asString()).isEqualTo("reden");
        assertThat(jurist(port)
                        .postJson(afwijking, "{\"reden\": \"Het algemene nummer van de aanbieder " + uniek + "\"}")
                        .status())
                .isEqualTo(200);
        // nothing to override on the corrected one
        assertThat(jurist(port)
                        .postJson(
                                "/api/v1/maatregelen/" + gecorrigeerd + "/publicatie/afwijking",
                                "{\"reden\": \"Niets\"}")
                        .status())
                .isEqualTo(409);

        assertThat(publicatie.publiceerRijpe()).contains(gecorrigeerd, afgeweken);
        byte[] pdf = publicatie.openbarePdf(gecorrigeerd);
        assertThat(pdftotext(pdf)).contains("Een cliënt kreeg geen zorgplan.").doesNotContain("111222333");
        String stappen = stand(afgeweken).get("stappen").toString();
        assertThat(stappen).contains("AFGEWEKEN", "een telefoonnummer", uniek).doesNotContain("06-12345678");
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and objecten like ?"
                                        + " and toegestaan")
                                .params("%ANONIMITEITSTOETS_AFWIJKING%", "%" + afgeweken + "%")
                                .query(Integer.class)
                                .single()
                        >= 1,
                "the override in the access log");
    }

    @Test
    void anOrderExtendedByDecisionHasItsPublicVersionRenderedAgainWithTheNewEndDate() throws Exception {
        klok.zet("2026-11-02T10:00");
        // only a mandate holder signs an order; the jurist gets it for this test (as HandhavingIT does)
        boolean mandaat = jdbc.sql("insert into handhaving.mandaat (rol, soort, maximum_bedrag)"
                                + " values ('JURIST', 'BEVEL', null) on conflict do nothing")
                        .update()
                == 1;
        try {
            Api.Antwoord nieuw = jurist(port).postJson("/api/v1/maatregelen", """
                    {"soort": "BEVEL", "afdeling": "GGZ", "zorgaanbieder": "%s", "aanleiding": "SIGNAAL",
                     "wet": "Wkkgz", "artikel": "art. 27 lid 2", "omschrijving": "Bevel tot stoppen %s."}
                    """.formatted(aanbieder, uniek));
            assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
            UUID id = UUID.fromString(nieuw.json().get("id").asString());
            Api.Antwoord besluit = jurist(port)
                    .postJson(
                            "/api/v1/maatregelen/" + id + "/brieven",
                            "{\"stap\": \"BESLUIT_VERZENDEN\", \"aan\": \"bestuur@zorg.example\", \"termijn\": 30}");
            assertThat(besluit.status()).as(besluit.toString()).isEqualTo(201);
            LocalDate eerst = LocalDate.parse(jurist(port)
                    .get("/api/v1/maatregelen/" + id)
                    .json()
                    .get("termijnTot")
                    .asString());

            klok.zet("2026-11-16T06:05");
            assertThat(publicatie.publiceerRijpe()).contains(id);
            String oudeSom = stand(id).get("pdfSha256").asString();
            assertThat(pdftotext(publicatie.openbarePdf(id))).contains(NL.format(eerst));

            klok.zet("2026-11-20T10:00");
            Api.Antwoord verlengd = jurist(port)
                    .postJson(
                            "/api/v1/maatregelen/" + id + "/verlengingen",
                            "{\"dagen\": 14, \"reden\": \"Nog niet hersteld " + uniek + "\"}");
            assertThat(verlengd.status()).as(verlengd.toString()).isEqualTo(200);
            LocalDate nu = LocalDate.parse(verlengd.json().get("termijnTot").asString());
            assertThat(nu).isEqualTo(eerst.plusDays(14));

            JsonNode stand = stand(id);
            String nieuweSom = stand.get("pdfSha256").asString();
            assertThat(nieuweSom).isNotEqualTo(oudeSom);
            assertThat(stand.get("toestand").asString()).isEqualTo("OPENBAAR");
            assertThat(stand.get("stappen").toString()).contains("BIJGEWERKT", nieuweSom);
            byte[] pdf = publicatie.openbarePdf(id);
            assertThat(Bestandskeuring.sha256(pdf)).isEqualTo(nieuweSom);
            assertThat(pdftotext(pdf)).contains(NL.format(nu)).doesNotContain(NL.format(eerst));
            // the public pages: the row of this order shows the new end date, no trace of the old; the page per
            // provider also the new checksum
            String referentie = nieuw.json().get("referentie").asString();
            String zoeken =
                    rij(Api.op(port).get("/openbaar/maatregelen?" + naam()).tekst(), referentie);
            String perAanbieder = rij(
                    Api.op(port)
                            .get("/openbaar/maatregelen/zorgaanbieders/" + aanbieder)
                            .tekst(),
                    referentie);
            for (String html : new String[] {zoeken, perAanbieder}) {
                assertThat(html).contains("Geldt tot en met " + DAG.format(nu)).doesNotContain(DAG.format(eerst));
            }
            assertThat(perAanbieder).contains(nieuweSom).doesNotContain(oudeSom);
        } finally {
            if (mandaat) {
                jdbc.sql("delete from handhaving.mandaat where rol = 'JURIST' and soort = 'BEVEL'")
                        .update();
            }
        }
    }

    @Test
    void aDecisionSetAsideOnObjectionIsWithdrawnFromThePublicPages() {
        klok.zet("2026-11-02T10:00");
        UUID id = besloten(port, aanbieder, "De zorgaanbieder houdt geen dossiers bij.");
        klok.zet("2026-11-16T10:00");
        assertThat(publicatie.publiceerRijpe()).contains(id);
        assertThat(openbaar(naam()).get("totaal").asLong()).isEqualTo(1);
        // a corrected public version after publication: a new PDF, a new checksum, marked as updated
        String sha = stand(id).get("pdfSha256").asString();
        Api.Antwoord bijgewerkt = jurist(port)
                .postJson(
                        "/api/v1/maatregelen/" + id + "/publicatie/correctie",
                        "{\"samenvatting\": \"Aanwijzing over dossiervoering.\", \"tekst\": \"Er worden geen dossiers"
                                + " bijgehouden.\"}");
        assertThat(bijgewerkt.status()).as(bijgewerkt.toString()).isEqualTo(200);
        assertThat(bijgewerkt.json().get("pdfSha256").asString()).isNotEqualTo(sha);
        assertThat(openbaar(naam()).get("items").get(0).get("bijgewerktOp").isNull())
                .isFalse();

        klok.zet("2026-11-20T10:00");
        assertThat(jurist(port)
                        .postJson("/api/v1/maatregelen/" + id + "/bezwaren", "{\"ontvangen\": \"2026-11-20\"}")
                        .status())
                .isEqualTo(200);
        Api.Antwoord gegrond =
                jurist(port).postJson("/api/v1/maatregelen/" + id + "/bezwaarbeslissingen", "{\"gegrond\": true}");
        assertThat(gegrond.status()).as(gegrond.toString()).isEqualTo(200);

        assertThat(stand(id).get("toestand").asString()).isEqualTo("INGETROKKEN");
        assertThat(openbaar(naam()).get("totaal").asLong()).isZero();
        assertThat(Api.op(port)
                        .get("/api/v1/openbare-maatregelen/" + id + "/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(Api.op(port).get("/openbaar/maatregelen/" + id + ".pdf").status())
                .isEqualTo(404);
        // withdrawn once (the event goes out with that step, only for what was public)
        assertThat(jdbc.sql(
                                "select count(*) from handhaving.publicatiestap where maatregel = ? and soort = 'INGETROKKEN'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // nothing changes a withdrawn publication any more
        assertThat(jurist(port)
                        .postJson("/api/v1/maatregelen/" + id + "/publicatie/intrekking", "{\"reden\": \"Nogmaals\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aWarningIsNotPublishedAndBadSearchInputIsRefusedOnItsField() {
        klok.zet("2026-11-02T10:00");
        UUID waarschuwing = Handhavingtestdata.maatregel(port, "WAARSCHUWING", aanbieder, "");
        assertThat(jurist(port)
                        .postJson(
                                "/api/v1/maatregelen/" + waarschuwing + "/brieven",
                                "{\"stap\": \"BESLUIT_VERZENDEN\", \"aan\": \"bestuur@zorg.example\"}")
                        .status())
                .isEqualTo(201);
        assertThat(jurist(port)
                        .get("/api/v1/maatregelen/" + waarschuwing + "/publicatie")
                        .status())
                .isEqualTo(404);

        for (String[] geval : new String[][] {
            {"jaar=twintig", "jaar"}, {"soort=BOETE", "soort"}, {"soort=WAARSCHUWING", "soort"}, {"pagina=0", "pagina"}
        }) {
            Api.Antwoord a = Api.op(port).get("/api/v1/openbare-maatregelen?" + geval[0]);
            assertThat(a.status()).as(geval[0]).isEqualTo(422);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().get("errors").get(0).get("field").asString()).isEqualTo(geval[1]);
        }
        Api.Antwoord pagina = Api.op(port).get("/openbaar/maatregelen?jaar=twintig");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst()).contains("Vul een jaar in cijfers in").doesNotContain("id=\"resultaten\"");
    }
}
