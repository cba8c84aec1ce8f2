package nl.toezicht.handhaving;

import static nl.toezicht.handhaving.Handhavingtestdata.maatregel;
import static nl.toezicht.handhaving.Handhavingtestdata.maatregelJson;
import static nl.toezicht.handhaving.Handhavingtestdata.pdftotext;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.Testpost;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Module handhaving through HTTP on the whole application: each kind's clocks on the engine (13 weeks for a fine,
 * the year of limitation, objection over the Christmas holidays), the mandate refusals, money, the letter in the
 * dossier and by e-mail, bad input as problem details that change nothing, need-to-know and the access log.
 */
@IntegratieTest
class HandhavingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    UUID zorgaanbieder;

    @BeforeEach
    void zorgaanbieder() {
        zorgaanbieder = Handhavingtestdata.zorgaanbieder(port);
    }

    private Api jurist() {
        return Api.op(port).als("jurist");
    }

    private JsonNode lees(UUID id) {
        Api.Antwoord a = jurist().get("/api/v1/maatregelen/" + id);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    private Api.Antwoord brief(UUID id, String stap, String extra) {
        return jurist().postJson(
                        "/api/v1/maatregelen/" + id + "/brieven",
                        "{\"stap\": \"" + stap + "\", \"aan\": \"bestuur@zorg.example\"" + extra + "}");
    }

    private static String uiterlijk(JsonNode maatregel, String soort) {
        for (JsonNode k : maatregel.get("klokken")) {
            if (k.get("soort").asString().equals(soort)) {
                return k.get("uiterlijk").asString() + "/" + k.get("status").asString();
            }
        }
        return "geen " + soort;
    }

    @Test
    void anInstructionRunsItsViewComplianceAndObjectionClocksFromTheDispatchDate() throws Exception {
        klok.zet("2026-11-02T10:00");
        UUID id = maatregel(port, "AANWIJZING", zorgaanbieder, "");
        assertThat(brief(id, "BESLUIT_VERZENDEN", ", \"termijn\": 6").status()).isEqualTo(409);

        Api.Antwoord voornemen = brief(id, "VOORNEMEN_VERZENDEN", "");
        assertThat(voornemen.status()).as(voornemen.toString()).isEqualTo(201);
        // a view of two weeks from Monday 2 November
        assertThat(uiterlijk(lees(id), "ZIENSWIJZE")).isEqualTo("2026-11-16/LOPEND");

        // the decision on Friday 13 November: six weeks end on Christmas Day; the Algemene termijnenwet moves the
        // objection period's end over Boxing Day and the Sunday to Monday 28 December
        klok.zet("2026-11-13T10:00");
        Api.Antwoord besluit = brief(id, "BESLUIT_VERZENDEN", ", \"termijn\": 8");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(201);
        JsonNode m = lees(id);
        assertThat(m.get("status").asString()).isEqualTo("OPGELEGD");
        assertThat(m.get("besluitOp").asString()).isEqualTo("2026-11-13");
        assertThat(uiterlijk(m, "ZIENSWIJZE")).endsWith("GESTOPT");
        assertThat(uiterlijk(m, "BEZWAARTERMIJN")).isEqualTo("2026-12-28/LOPEND");
        assertThat(uiterlijk(m, "NALEVINGSTERMIJN")).isEqualTo("2027-01-08/LOPEND");
        assertThat(m.get("termijnTot").asString()).isEqualTo("2027-01-08");

        // an objection received on the last day: the decision on it counts six weeks from the end of the period
        klok.zet("2026-12-28T10:00");
        Api.Antwoord bezwaar =
                jurist().postJson("/api/v1/maatregelen/" + id + "/bezwaren", "{\"ontvangen\": \"2026-12-28\"}");
        assertThat(bezwaar.status()).as(bezwaar.toString()).isEqualTo(200);
        assertThat(uiterlijk(bezwaar.json(), "BESLISSING_OP_BEZWAAR")).isEqualTo("2027-02-08/LOPEND");
        assertThat(uiterlijk(bezwaar.json(), "BEZWAARTERMIJN")).endsWith("GESTOPT");

        // the letter is in the dossier and went out by e-mail with the PDF
        String referentie = m.get("referentie").asString();
        Wachten.tot(() -> mailVoor(referentie).size() == 2, "two letters by e-mail");
        MimeMessage mail = mailVoor(referentie).stream()
                .filter(x -> onderwerp(x).startsWith("Besluit"))
                .findFirst()
                .orElseThrow();
        String tekst = pdftotext(bijlage(mail));
        assertThat(tekst)
                .contains("Besluit aanwijzing", referentie, "Wkkgz art. 27 lid 1", "8 januari 2027", "28 december 2026")
                .contains("Julia Vermeulen");
    }

    @Test
    void aFineMustBeDecidedWithinThirteenWeeksOfTheReportAndItsMoneyAddsUpExactly() {
        klok.zet("2026-03-10T10:00");
        // the amount from the fine policy (V185): category 3, € 12,500, less 25% + 10%
        UUID id = maatregel(
                port,
                "BESTUURLIJKE_BOETE",
                zorgaanbieder,
                ", \"boetecategorie\": 3, \"matigingen\": [\"VERMINDERDE_VERWIJTBAARHEID\", \"EERSTE_OVERTREDING\"],"
                        + " \"rapportdatum\": \"2026-03-02\"");
        // Awb 5:51: 13 weeks from the report of Monday 2 March, not moved (decision 0035)
        assertThat(uiterlijk(lees(id), "BESTUURLIJKE_BOETE")).isEqualTo("2026-06-01/LOPEND");
        assertThat(brief(id, "VOORNEMEN_VERZENDEN", "").status()).isEqualTo(201);
        assertThat(brief(id, "BESLUIT_VERZENDEN", "").status()).isEqualTo(201);
        JsonNode m = lees(id);
        assertThat(uiterlijk(m, "BESTUURLIJKE_BOETE")).isEqualTo("2026-06-01/GESTOPT");
        assertThat(m.get("geld").get("gefactureerd").decimalValue()).isEqualByComparingTo("8125.00");
        assertThat(m.get("boeteberekening").get("versie").asInt()).isEqualTo(1);
        assertThat(m.get("boeteberekening").get("percentage").decimalValue()).isEqualByComparingTo("35");

        Api.Antwoord teVeel = jurist().postJson("/api/v1/maatregelen/" + id + "/betalingen", "{\"bedrag\": 8125.01}");
        assertThat(teVeel.status()).isEqualTo(422);
        assertThat(teVeel.json().get("errors").get(0).get("field").asString()).isEqualTo("bedrag");
        jurist().postJson("/api/v1/maatregelen/" + id + "/betalingen", "{\"bedrag\": 6000.75}");
        jurist().postJson(
                        "/api/v1/maatregelen/" + id + "/afschrijvingen",
                        "{\"bedrag\": 0.25, \"reden\": \"afronding\"}");
        JsonNode geld = lees(id).get("geld");
        assertThat(geld.get("betaald").decimalValue()).isEqualByComparingTo("6000.75");
        assertThat(geld.get("openstaand").decimalValue()).isEqualByComparingTo("2124.00");
        assertThat(jurist().postJson("/api/v1/maatregelen/" + id + "/stappen", "{\"stap\": \"AFRONDEN\"}")
                        .status())
                .isEqualTo(409);
        jurist().postJson("/api/v1/maatregelen/" + id + "/betalingen", "{\"bedrag\": 2124}");
        assertThat(jurist().postJson("/api/v1/maatregelen/" + id + "/stappen", "{\"stap\": \"AFRONDEN\"}")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select betaald + afgeschreven - gefactureerd from handhaving.maatregel where id = ?")
                        .param(id)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0");
    }

    @Test
    void aForfeitedPenaltyIsCollectedWithinTheYearOfLimitationAndNotAfter() {
        klok.zet("2026-01-05T10:00");
        String geld = ", \"bedrag\": 500, \"eenheid\": \"PER_DAG\", \"maximum\": 1200";
        UUID binnen = maatregel(port, "LAST_ONDER_DWANGSOM", zorgaanbieder, geld);
        UUID buiten = maatregel(port, "LAST_ONDER_DWANGSOM", zorgaanbieder, geld);
        for (UUID id : List.of(binnen, buiten)) {
            brief(id, "VOORNEMEN_VERZENDEN", "");
            assertThat(brief(id, "BESLUIT_VERZENDEN", ", \"termijn\": 2").status())
                    .isEqualTo(201);
            assertThat(lees(id).get("termijnTot").asString()).isEqualTo("2026-01-19");
        }
        // still in the grace period: nothing forfeited
        klok.zet("2026-01-19T10:00");
        assertThat(jurist().postJson("/api/v1/maatregelen/" + binnen + "/verbeurte", "{\"aantal\": 3}")
                        .status())
                .isEqualTo(409);
        klok.zet("2026-01-20T10:00");
        for (UUID id : List.of(binnen, buiten)) {
            Api.Antwoord verbeurd = jurist().postJson("/api/v1/maatregelen/" + id + "/verbeurte", "{\"aantal\": 3}");
            assertThat(verbeurd.status()).as(verbeurd.toString()).isEqualTo(200);
            // 3 x 500 capped at the maximum of 1,200
            assertThat(verbeurd.json().get("geld").get("verbeurd").decimalValue())
                    .isEqualByComparingTo("1200.00");
            assertThat(uiterlijk(verbeurd.json(), "INVORDERING_DWANGSOM_VERJARING"))
                    .isEqualTo("2027-01-20/LOPEND");
        }
        klok.zet("2027-01-20T10:00");
        assertThat(brief(binnen, "INVORDERING_VERZENDEN", "").status()).isEqualTo(201);
        assertThat(lees(binnen).get("geld").get("openstaand").decimalValue()).isEqualByComparingTo("1200.00");
        klok.zet("2027-01-21T10:00");
        Api.Antwoord verjaard = brief(buiten, "INVORDERING_VERZENDEN", "");
        assertThat(verjaard.status()).isEqualTo(409);
        assertThat(verjaard.json().get("detail").asString()).contains("verjaard");
        assertThat(lees(buiten).get("status").asString()).isEqualTo("VERBEURD");
    }

    @Test
    void signingIsRefusedWithoutTheMandateForTheKindOrTheAmount() {
        UUID groot = maatregel(
                port, "BESTUURLIJKE_BOETE", zorgaanbieder, ", \"boetecategorie\": 6, \"rapportdatum\": \"2026-01-02\"");
        Api.Antwoord boven = brief(groot, "VOORNEMEN_VERZENDEN", "");
        assertThat(boven.status()).isEqualTo(409);
        assertThat(boven.header("Content-Type")).startsWith("application/problem+json");
        assertThat(boven.json().get("detail").asString())
                .isEqualTo(
                        "Het mandaat van de rol Jurist reikt tot € 100000.00: dit bedrag vraagt een hogere mandaathouder.");
        UUID bevel = maatregel(port, "BEVEL", zorgaanbieder, "");
        Api.Antwoord geenMandaat = brief(bevel, "BESLUIT_VERZENDEN", ", \"termijn\": 7");
        assertThat(geenMandaat.status()).isEqualTo(409);
        assertThat(geenMandaat.json().get("detail").asString()).contains("geen mandaat");
        // an inspector reads but does not sign
        UUID waarschuwing = maatregel(port, "WAARSCHUWING", zorgaanbieder, "");
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson(
                                "/api/v1/maatregelen/" + waarschuwing + "/brieven",
                                "{\"stap\": \"BESLUIT_VERZENDEN\", \"aan\": \"a@b.example\"}")
                        .status())
                .isEqualTo(403);
        // nothing was sent or changed
        assertThat(jdbc.sql("select count(*) from handhaving.brief where maatregel = any(?)")
                        .param(new UUID[] {groot, bevel, waarschuwing})
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(lees(groot).get("status").asString()).isEqualTo("CONCEPT");

        // the mandate table is data: granted, the same letter goes
        jdbc.sql("insert into handhaving.mandaat (rol, soort, maximum_bedrag) values ('JURIST', 'BEVEL', null)")
                .update();
        try {
            assertThat(brief(bevel, "BESLUIT_VERZENDEN", ", \"termijn\": 7").status())
                    .isEqualTo(201);
        } finally {
            jdbc.sql("delete from handhaving.mandaat where rol = 'JURIST' and soort = 'BEVEL'")
                    .update();
        }
    }

    @Test
    void badInputIsAProblemInDutchOnItsFieldAndStoresNothing() {
        int voor = aantal();
        Map<String, String> slecht = Map.of(
                "{\"soort\": ",
                "",
                maatregelJson("BESTUURLIJKE_BOETE", zorgaanbieder, ", \"bedrag\": \"veel\""),
                "",
                maatregelJson("AANWIJZING", zorgaanbieder, "").replace("\"wet\": \"Wkkgz\",", ""),
                "wet",
                maatregelJson(
                        "LAST_ONDER_DWANGSOM",
                        zorgaanbieder,
                        ", \"bedrag\": 2000, \"eenheid\": \"PER_DAG\", \"maximum\": 1000"),
                "bedrag",
                maatregelJson("AANWIJZING", UUID.randomUUID(), ""),
                "zorgaanbieder",
                maatregelJson(
                        "BESTUURLIJKE_BOETE",
                        zorgaanbieder,
                        ", \"bedrag\": 1000000.01, \"rapportdatum\": \"2026-01-02\""),
                "bedrag");
        slecht.forEach((json, veld) -> {
            Api.Antwoord a = jurist().postJson("/api/v1/maatregelen", json);
            assertThat(a.status()).as(json + " -> " + a).isIn(400, 422);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.tekst()).doesNotContain("Exception", "at nl.");
            if (!veld.isEmpty()) {
                assertThat(a.json().get("errors").get(0).get("field").asString())
                        .isEqualTo(veld);
            }
        });
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void inspectorsSeeTheMeasuresOfTheirDepartmentsAndEveryReadIsLogged() {
        UUID id = maatregel(port, "WAARSCHUWING", zorgaanbieder, "");
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get("/api/v1/maatregelen/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/maatregelen/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.op(port).als("analist").get("/api/v1/maatregelen/" + id).status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson("/api/v1/maatregelen", maatregelJson("WAARSCHUWING", zorgaanbieder, ""))
                        .status())
                .isEqualTo(403);
        JsonNode lijst = Api.op(port)
                .als("inspecteur.jeugd")
                .get("/api/v1/maatregelen?zorgaanbieder=" + zorgaanbieder)
                .json();
        assertThat(lijst.get("items")).isEmpty();
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get("/api/v1/maatregelen?zorgaanbieder=" + zorgaanbieder)
                        .json()
                        .get("items"))
                .hasSize(1);
        Wachten.tot(
                () -> logregels(id, true) >= 2 && logregels(id, false) >= 1,
                "the access log holds the granted reads and the refused one");
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and not toegestaan"
                                + " and gebruiker = 'inspecteur.jeugd'")
                        .param("%" + id + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private int logregels(UUID id, boolean toegestaan) {
        return jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and toegestaan = ?")
                .params("%" + id + "%", toegestaan)
                .query(Integer.class)
                .single();
    }

    private int aantal() {
        return jdbc.sql("select count(*) from handhaving.maatregel")
                .query(Integer.class)
                .single();
    }

    private static List<MimeMessage> mailVoor(String referentie) {
        return Testpost.ontvangen().stream()
                .filter(m -> onderwerp(m).contains(referentie))
                .toList();
    }

    private static String onderwerp(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bijlage(MimeMessage mail) throws Exception {
        Multipart delen = (Multipart) mail.getContent();
        for (int i = 0; i < delen.getCount(); i++) {
            Part deel = delen.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
                return deel.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment");
    }
}
