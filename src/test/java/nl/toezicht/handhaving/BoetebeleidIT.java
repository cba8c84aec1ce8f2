package nl.toezicht.handhaving;

import static nl.toezicht.handhaving.Handhavingtestdata.maatregel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The fine policy table as versioned data (decision 0094): a fine's amount from the version in force on the report
 * date, recorded with it; a new version added on the page by the administrator, from today on, never changed; a
 * typed amount, a past start day or bad lines refused in words with the form kept. Its versions start in 2041 so
 * that no other test's fine meets them.
 */
@IntegratieTest
class BoetebeleidIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    private JsonNode lees(UUID id) {
        return Api.op(port).als("jurist").get("/api/v1/maatregelen/" + id).json();
    }

    private static String boete(String categorie, String matigingen, String rapport) {
        return ", \"boetecategorie\": " + categorie + ", \"matigingen\": [" + matigingen + "], \"rapportdatum\": \""
                + rapport + "\"";
    }

    @Test
    void aFineTakesItsAmountFromTheVersionInForceOnTheReportDateAndKeepsIt() {
        UUID aanbieder = Handhavingtestdata.zorgaanbieder(port);
        klok.zet("2041-01-10T10:00");
        Sessie beheerder = Sessie.op(port).als("beheerder");
        assertThat(beheerder.get("/handhaving/boetebeleid").tekst())
                .contains("Beleidsregels bestuurlijke boete IGJ 2019");
        Api.Antwoord vastgesteld = beheerder.post(
                "/handhaving/boetebeleid",
                Map.of(
                        "geldigVanaf", "2041-02-01",
                        "omschrijving", "Beleidsregels boete 2041",
                        "categorieen", "1; Administratief; 2000.00\n3; Melding te laat; 20000,50",
                        "matigingen", "KLEINE_ORGANISATIE; Klein; 50\nSAMENWERKING; Meegewerkt; 12.5"));
        assertThat(vastgesteld.status()).isEqualTo(302);
        Integer versie = jdbc.sql("select versie from handhaving.boetebeleid where omschrijving = ?")
                .param("Beleidsregels boete 2041")
                .query(Integer.class)
                .single();
        assertThat(jdbc.sql("select vastgesteld_door from handhaving.boetebeleid where versie = ?")
                        .param(versie)
                        .query(String.class)
                        .single())
                .isEqualTo("beheerder");

        klok.zet("2041-03-02T10:00");
        // reported in January: the old version (category 3 € 12,500, less 50%)
        UUID oud = maatregel(port, "BESTUURLIJKE_BOETE", aanbieder, boete("3", "\"KLEINE_ORGANISATIE\"", "2041-01-20"));
        // reported in February: the new one (€ 20,000.50 less 50% + 12.5% = 62.5% → 7500.1875 → 7500.18)
        UUID nieuw = maatregel(
                port,
                "BESTUURLIJKE_BOETE",
                aanbieder,
                boete("3", "\"KLEINE_ORGANISATIE\", \"SAMENWERKING\"", "2041-02-03"));
        assertThat(lees(oud).get("geld").get("bedrag").decimalValue()).isEqualByComparingTo("6250.00");
        assertThat(lees(oud).get("boeteberekening").get("versie").asInt()).isEqualTo(1);
        JsonNode n = lees(nieuw);
        assertThat(n.get("geld").get("bedrag").decimalValue()).isEqualByComparingTo("7500.18");
        assertThat(n.get("boeteberekening").get("versie").asInt()).isEqualTo(versie);
        assertThat(n.get("boeteberekening").get("basisbedrag").decimalValue()).isEqualByComparingTo("20000.50");
        assertThat(n.get("boeteberekening").get("percentage").decimalValue()).isEqualByComparingTo("62.5");
        // the new version has no reduction SAMENWERKING before it: the old one refuses it on its field
        Api.Antwoord onbekend = Api.op(port)
                .als("jurist")
                .postJson(
                        "/api/v1/maatregelen",
                        Handhavingtestdata.maatregelJson(
                                "BESTUURLIJKE_BOETE", aanbieder, boete("3", "\"SAMENWERKING\"", "2041-01-20")));
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("matigingen");

        // the measure's page says how its amount was computed; the policy page marks the version as used
        assertThat(Sessie.op(port).als("jurist").get("/handhaving/" + nieuw).tekst())
                .contains("Boetebeleid versie " + versie + ", categorie 3")
                .contains("7.500,18");
        assertThat(beheerder.get("/handhaving/boetebeleid").tekst()).contains("id=\"versie-" + versie + "\"");

        // a used version is never changed: the database refuses it, whoever asks
        assertThatThrownBy(() -> jdbc.sql("update handhaving.boetecategorie set basisbedrag = 1 where versie = ?")
                        .param(versie)
                        .update())
                .hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("delete from handhaving.boetebeleid where versie = 1")
                        .update())
                .hasMessageContaining("nooit gewijzigd");
        assertThat(lees(nieuw).get("geld").get("bedrag").decimalValue()).isEqualByComparingTo("7500.18");
    }

    @Test
    void aTypedAmountAPastStartDayOrBadLinesAreRefusedInWordsAndNothingIsStored() {
        UUID aanbieder = Handhavingtestdata.zorgaanbieder(port);
        klok.zet("2042-05-04T10:00");
        Api.Antwoord getypt = Api.op(port)
                .als("jurist")
                .postJson(
                        "/api/v1/maatregelen",
                        Handhavingtestdata.maatregelJson(
                                "BESTUURLIJKE_BOETE",
                                aanbieder,
                                ", \"bedrag\": 5000, \"rapportdatum\": \"2042-05-01\""));
        assertThat(getypt.status()).isEqualTo(422);
        assertThat(getypt.json().get("errors").get(0).get("field").asString()).isEqualTo("bedrag");
        Api.Antwoord zonder = Api.op(port)
                .als("jurist")
                .postJson(
                        "/api/v1/maatregelen",
                        Handhavingtestdata.maatregelJson(
                                "BESTUURLIJKE_BOETE", aanbieder, ", \"rapportdatum\": \"2042-05-01\""));
        assertThat(zonder.json().get("errors").get(0).get("field").asString()).isEqualTo("boetecategorie");
        Api.Antwoord teVeel = Api.op(port)
                .als("jurist")
                .postJson(
                        "/api/v1/maatregelen",
                        Handhavingtestdata.maatregelJson(
                                "BESTUURLIJKE_BOETE",
                                aanbieder,
                                boete(
                                        "1",
                                        "\"KLEINE_ORGANISATIE\", \"VERMINDERDE_VERWIJTBAARHEID\", \"EERSTE_OVERTREDING\","
                                                + " \"KLEINE_ORGANISATIE\"",
                                        // before the versions another test of this class sets from 2041
                                        "2040-12-01")));
        // 50 + 25 + 10 = 85%: allowed (the duplicate counts once)
        assertThat(teVeel.status()).as(teVeel.toString()).isEqualTo(201);
        assertThat(teVeel.json().get("geld").get("bedrag").decimalValue()).isEqualByComparingTo("225.00");
        assertThat(jdbc.sql("select count(*) from handhaving.maatregel where zorgaanbieder_id = ?")
                        .param(aanbieder)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        Sessie beheerder = Sessie.op(port).als("beheerder");
        beheerder.get("/handhaving/boetebeleid");
        Map<String, String> verleden = Map.of(
                "geldigVanaf", "2042-05-03",
                "omschrijving", "Terugwerkend 2042",
                "categorieen", "1; A; 100",
                "matigingen", "");
        assertThat(beheerder.post("/handhaving/boetebeleid", verleden).status()).isEqualTo(302);
        String pagina = beheerder.get("/handhaving/boetebeleid").tekst();
        assertThat(pagina).contains("vanaf vandaag of later").contains("Terugwerkend 2042");
        beheerder.post(
                "/handhaving/boetebeleid",
                Map.of(
                        "geldigVanaf", "2042-06-01",
                        "omschrijving", "Kapotte regels 2042",
                        "categorieen", "1; A",
                        "matigingen", ""));
        assertThat(beheerder.get("/handhaving/boetebeleid").tekst())
                .contains("gescheiden door een puntkomma")
                .contains("Kapotte regels 2042");
        assertThat(jdbc.sql("select count(*) from handhaving.boetebeleid where omschrijving like '% 2042'")
                        .query(Integer.class)
                        .single())
                .isZero();

        // who applies the policy does not set it
        Sessie jurist = Sessie.op(port).als("jurist");
        jurist.get("/handhaving/boetebeleid");
        assertThat(jurist.post("/handhaving/boetebeleid", Map.of("geldigVanaf", "2042-06-01"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theRefusedNewMeasureFormComesBackWithWhatWasTyped() {
        UUID aanbieder = Handhavingtestdata.zorgaanbieder(port);
        Sessie jurist = Sessie.op(port).als("jurist");
        jurist.get("/handhaving/nieuw?zorgaanbieder=" + aanbieder);
        Api.Antwoord geweigerd = jurist.post(
                "/handhaving",
                Map.of(
                        "zorgaanbieder", aanbieder.toString(),
                        "soort", "BESTUURLIJKE_BOETE",
                        "afdeling", "GGZ",
                        "aanleiding", "SIGNAAL",
                        "wet", "Wkkgz-uniekwoord",
                        "artikel", "art. 27 lid 1",
                        "omschrijving", "Medicatie door onbevoegden, uniek getypt",
                        "boetecategorie", "4",
                        "matigingen", "EERSTE_OVERTREDING"));
        assertThat(geweigerd.status()).isEqualTo(302);
        assertThat(geweigerd.header("Location")).contains("/handhaving/nieuw");
        String formulier = jurist.get(geweigerd.header("Location")).tekst();
        // refused for the missing report date, with everything typed kept
        assertThat(formulier)
                .contains("value=\"Wkkgz-uniekwoord\"")
                .contains("Medicatie door onbevoegden, uniek getypt")
                .containsPattern("value=\"BESTUURLIJKE_BOETE\"\\s+selected")
                .containsPattern("value=\"4\"\\s+selected")
                .containsPattern("value=\"EERSTE_OVERTREDING\"\\s+checked");
    }
}
