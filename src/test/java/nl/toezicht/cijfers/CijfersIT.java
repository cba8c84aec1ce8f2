package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingtestdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The figures from rows in the database: the golden data set through SQL and the daily counts, access
 * (public, staff, analyst) and refusals of bad input.
 */
@IntegratieTest
class CijfersIT {

    static final int GOUDEN_JAAR = 2019;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferdata data;

    Api anoniem;
    Api analist;
    Api intake;
    Api beheerder;

    @BeforeEach
    void setUp() {
        anoniem = Api.op(port);
        analist = Api.op(port).als("analist");
        intake = Api.op(port).als("intake");
        beheerder = Api.op(port).als("beheerder");
        synchronized (CijfersIT.class) {
            if (!data.heeftJaar(GOUDEN_JAAR)) {
                data.gouden(GOUDEN_JAAR);
            }
        }
    }

    static JsonNode tabel(JsonNode set, String id) {
        for (JsonNode t : set.get("tabellen")) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id);
    }

    static List<List<String>> teksten(JsonNode tabel) {
        List<List<String>> rijen = new ArrayList<>();
        for (JsonNode rij : tabel.get("rijen")) {
            List<String> regel = new ArrayList<>();
            regel.add(rij.get("label").asString());
            rij.get("cellen").forEach(c -> regel.add(c.get("tekst").asString()));
            rijen.add(regel);
        }
        return rijen;
    }

    private JsonNode voorlopig(Api als, String query) {
        Api.Antwoord antwoord = als.get("/api/v1/statistieken/voorlopig?" + query);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    @Test
    void theGoldenDataSetFromTheDatabaseIsPublishedToTheDigit() {
        JsonNode set = voorlopig(intake, "jaar=" + GOUDEN_JAAR + "&vergelijk=0");

        assertThat(teksten(tabel(set, "ontvangen-meldingen"))).containsExactlyElementsOf(Gouden.ONTVANGEN);
        assertThat(teksten(tabel(set, "seksueel-grensoverschrijdend-gedrag"))
                        .get(7)
                        .subList(1, 5))
                .containsExactlyElementsOf(Gouden.SGG_GEHANDICAPTENZORG);
        assertThat(teksten(tabel(set, "afgesloten-meldingen")).get(12)).containsExactly("Totaal", "30", "30", "0");
        assertThat(set.get("vorm").asString()).isEqualTo("GEPUBLICEERD");
        assertThat(set.toString()).doesNotContain("\"waarde\"").doesNotContain("\"waarden\"");
    }

    @Test
    void theDailyCountsGiveTheSameFiguresAndFollowALateCorrectionAtOnce() {
        String voor = voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0")
                .get("tabellen")
                .toString();

        Api.Antwoord ververst = beheerder.postJson("/api/v1/statistieken/tellingen/verversing", "{}");
        assertThat(ververst.status()).as(ververst.toString()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select count(*) from cijfers.telling_ontvangen where dag >= '2019-01-01' and dag < '2020-01-01'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0")
                        .get("tabellen")
                        .toString())
                .isEqualTo(voor);

        // a correction of an old notification (another sector) marks its day and counts live until the refresh
        UUID id = jdbc.sql("select id from meldingen.melding_telgegevens where sector = 'NETWERKZORG'"
                        + " and ontvangen_op >= '2019-01-01'"
                        + " and ontvangen_op < '2020-01-01' limit 1")
                .query(UUID.class)
                .single();
        Meldingtestdata.corrigeerSector(jdbc, id, Zorgsector.PREVENTIE);
        try {
            JsonNode gecorrigeerd = voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0");
            assertThat(ongeafrond(gecorrigeerd, "ontvangen-meldingen", "NETWERKZORG"))
                    .isEqualTo(43);
            assertThat(ongeafrond(gecorrigeerd, "ontvangen-meldingen", "PREVENTIE"))
                    .isEqualTo(46);
            beheerder.postJson("/api/v1/statistieken/tellingen/verversing", "{}");
            JsonNode daarna = voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0");
            assertThat(ongeafrond(daarna, "ontvangen-meldingen", "NETWERKZORG")).isEqualTo(43);
            assertThat(vuileDagen()).isEmpty();
        } finally {
            Meldingtestdata.corrigeerSector(jdbc, id, Zorgsector.NETWERKZORG);
        }
        assertThat(voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0")
                        .get("tabellen")
                        .toString())
                .isEqualTo(voor);
    }

    /** The days counted live because their rows changed after the last refresh (none right after one). */
    private java.util.List<java.time.LocalDate> vuileDagen() {
        Cijferaggregaten.Stand stand = Cijferaggregaten.stand(jdbc);
        java.util.List<java.time.LocalDate> dagen =
                new ArrayList<>(Telwijzigingen.ontvangstdagen(jdbc, stand.gelezen(), stand.tot()));
        dagen.addAll(Telwijzigingen.sluitdagen(jdbc, stand.gelezen(), stand.tot()));
        return dagen;
    }

    static long ongeafrond(JsonNode set, String tabel, String sector) {
        for (JsonNode rij : tabel(set, tabel).get("rijen")) {
            if (rij.get("sleutel").asString().equals(sector)) {
                return rij.get("cellen").get(0).get("waarde").asLong();
            }
        }
        throw new AssertionError(sector);
    }

    @Test
    void unroundedFiguresOnlyForAnalysts() {
        JsonNode set = voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND&vergelijk=0");
        assertThat(ongeafrond(set, "ontvangen-meldingen", "GGZ")).isEqualTo(4);
        assertThat(set.get("vorm").asString()).isEqualTo("ONGEAFROND");

        for (String gebruiker : List.of("intake", "beheerder", "inspecteur")) {
            Api.Antwoord geweigerd = Api.op(port)
                    .als(gebruiker)
                    .get("/api/v1/statistieken/voorlopig?jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND");
            assertThat(geweigerd.status()).as(gebruiker).isEqualTo(403);
            assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(anoniem.get("/api/v1/statistieken/voorlopig?jaar=" + GOUDEN_JAAR)
                        .status())
                .isEqualTo(401);
        assertThat(anoniem.get("/api/v1/statistieken/voorlopig?jaar=" + GOUDEN_JAAR + "&vorm=ONGEAFROND")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theRegistryOfTablesIsPublic() {
        Api.Antwoord antwoord = anoniem.get("/api/v1/statistieken/tabellen");
        assertThat(antwoord.status()).isEqualTo(200);
        // the six of the annual report's notifications chapter, handhaving's "Cijfers over maatregelen" and the
        // supervision part of "Realisatie productie" counted by inspecties
        assertThat(antwoord.json().get("tabellen")).hasSize(8);
        List<String> ids = new java.util.ArrayList<>();
        antwoord.json().get("tabellen").forEach(t -> ids.add(t.get("id").asString()));
        assertThat(ids).contains("maatregelen", "toezichtproductie");
        // issue 12: each table names its versioned rule set; the measures table is printed exact
        assertThat(antwoord.json().get("regelsVersie").asString()).isEqualTo("afgerond/1, exact/1");
        Map<String, String> regelsets = new java.util.HashMap<>();
        antwoord.json()
                .get("tabellen")
                .forEach(t ->
                        regelsets.put(t.get("id").asString(), t.get("regelset").asString()));
        assertThat(regelsets)
                .containsEntry("toezichtproductie", "exact/1")
                .containsEntry("ontvangen-meldingen", "afgerond/1")
                .containsEntry("overlijden", "afgerond/1")
                .containsEntry("jeugd-suicide", "exact/1")
                .containsEntry("maatregelen", "exact/1");
        assertThat(antwoord.json().get("regelsets").get(0).get("regels").asString())
                .startsWith("Regelset 'Afgerond op tientallen': ");
    }

    @Test
    void aYearWithoutApprovedFiguresIsNotFoundForThePublic() {
        Api.Antwoord antwoord = anoniem.get("/api/v1/statistieken/jaren/2005");
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void weigertVeld(Api.Antwoord antwoord, int status, String veld, String tekst) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        JsonNode fout = antwoord.json().get("errors").get(0);
        assertThat(fout.get("field").asString()).isEqualTo(veld);
        assertThat(fout.get("message").asString()).contains(tekst);
    }

    @Test
    void badInputIsRefusedInDutchWithTheField() {
        weigertVeld(analist.get("/api/v1/statistieken/voorlopig?jaar=1800"), 422, "jaar", "Onbekend jaar 1800");
        weigertVeld(analist.get("/api/v1/statistieken/voorlopig?jaar=2999"), 422, "jaar", "Onbekend jaar 2999");
        weigertVeld(
                analist.get("/api/v1/statistieken/voorlopig?jaar=2019&periode=week-3"),
                422,
                "periode",
                "Onbekende periode");
        weigertVeld(
                analist.get("/api/v1/statistieken/voorlopig?jaar=2019&sector=TANDARTS"),
                422,
                "sector",
                "Onbekende zorgsector");
        weigertVeld(
                analist.get("/api/v1/statistieken/voorlopig?jaar=2019&vergelijk=9"),
                422,
                "vergelijk",
                "Vergelijk met 0 tot en met 4");
        weigertVeld(analist.get("/api/v1/statistieken/voorlopig?jaar=2019&vorm=RUW"), 422, "vorm", "Onbekende vorm");
        weigertVeld(anoniem.get("/api/v1/statistieken/jaren/twintig"), 400, "jaar", "");
        weigertVeld(anoniem.get("/api/v1/statistieken/jaren/1800"), 422, "jaar", "Onbekend jaar");
        weigertVeld(anoniem.get("/api/v1/statistieken/jaren/2019?sector=X"), 422, "sector", "Onbekende zorgsector");

        Api.Antwoord engels = analist.met("Accept-Language", "en").get("/api/v1/statistieken/voorlopig?jaar=1800");
        weigertVeld(engels, 422, "jaar", "Unknown year 1800");

        weigertVeld(analist.postJson("/api/v1/statistieken/vaststellingen/1800", "{}"), 422, "jaar", "Onbekend jaar");
        assertThat(jdbc.sql("select count(*) from cijfers.vaststelling where jaar = 1800")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSectorFilterKeepsTheSectorAndTheTotalWithTheSamePattern() {
        JsonNode set = voorlopig(intake, "jaar=" + GOUDEN_JAAR + "&vergelijk=0&sector=eerstelijnszorg");
        assertThat(teksten(tabel(set, "ontvangen-meldingen")))
                .containsExactly(Gouden.ONTVANGEN.get(5), Gouden.ONTVANGEN.get(12));
    }

    @Test
    void comparesWithEarlierYearsSideBySide() {
        JsonNode set = voorlopig(intake, "jaar=2020&vergelijk=2");
        JsonNode ontvangen = tabel(set, "ontvangen-meldingen");
        assertThat(ontvangen.get("kolomkoppen").get(0).asString()).isEqualTo("Ontvangen 2020");
        assertThat(ontvangen.get("kolomkoppen").get(1).asString()).isEqualTo("Ontvangen 2019");
        assertThat(ontvangen.get("kolomkoppen").get(2).asString()).isEqualTo("Ontvangen 2018");
        JsonNode totaal = ontvangen.get("rijen").get(12).get("cellen");
        assertThat(totaal.get(1).get("tekst").asString()).isEqualTo("1.280");
        assertThat(totaal.get(1).get("jaar").asInt()).isEqualTo(2019);
    }

    @Test
    void aPeriodIsAFewMonths() {
        JsonNode set = voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&periode=kwartaal-3&vergelijk=0&vorm=ONGEAFROND");
        assertThat(ongeafrond(set, "ontvangen-meldingen", "SECTOROVERSTIJGEND")).isEqualTo(100);
        assertThat(ongeafrond(set, "ontvangen-meldingen", "MEDISCH_SPECIALISTISCHE_ZORG"))
                .isZero();
        assertThat(set.get("periodeOmschrijving").asString()).isEqualTo("3e kwartaal 2019");
        assertThat(ongeafrond(
                        voorlopig(analist, "jaar=" + GOUDEN_JAAR + "&periode=maand-11&vergelijk=0&vorm=ONGEAFROND"),
                        "afgesloten-meldingen",
                        Zorgsector.SECTOROVERSTIJGEND.name()))
                .isEqualTo(30);
        assertThatThrownBy(() -> new Periode(2019, "maand-13")).isInstanceOf(nl.toezicht.kern.Weigering.class);
    }
}
