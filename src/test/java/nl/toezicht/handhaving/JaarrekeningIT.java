package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bulk process for annual accounts not deposited, end to end through the API: 1.1 N providers of reporting
 * year 1975 (created in 1975, a year no other test's providers have), 0.1 N deposited; N intentions, orders,
 * 0.4 N deposits later, 0.6 N forfeited and collected; each phase's re-run does nothing; a dry run changes nothing;
 * a bad file is refused in Dutch and stores nothing. Counts are of this test's providers. N is 100 in the suite
 * (each provider gets three letters rendered to PDF: on the shared 2-core build machine a letter costs up to a
 * second) and the 1,000 with {@code -DargLine=-Djaarrekening.aantal=1000}.
 */
@IntegratieTest
class JaarrekeningIT {

    static final int JAAR = 1975;
    static final int N = Integer.getInteger("jaarrekening.aantal", 100);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    private Api jurist() {
        return Api.op(port).als("jurist");
    }

    private static byte[] csv(List<Registertestdata.Bulkopgeslagen> gedeponeerd, int jaar) {
        StringBuilder s = new StringBuilder("kvk_nummer;naam;verslagjaar;datum_deponering\n");
        for (var z : gedeponeerd) {
            s.append(z.kvkNummer()).append(";Zorg B.V.;").append(jaar).append(";2026-02-27\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Api.Antwoord laad(String wie, byte[] bestand, String naam, String type) {
        Multipart m = new Multipart().bestand("bestand", naam, type, bestand);
        return Api.op(port)
                .als(wie)
                .post("/api/v1/maatregelen/jaarrekeningen/deponeringen", m.contentType(), m.bytes());
    }

    private JsonNode ronde(String fase, boolean droog) {
        Api.Antwoord a = jurist().postJson(
                        "/api/v1/maatregelen/jaarrekeningen/" + JAAR + "/rondes",
                        "{\"fase\": \"" + fase + "\", \"droog\": " + droog + "}");
        assertThat(a.status()).as(a.toString()).isEqualTo(droog ? 200 : 202);
        if (droog) {
            return a.json();
        }
        String id = a.json().get("id").asString();
        JsonNode[] klaar = new JsonNode[1];
        Wachten.tot(
                () -> {
                    klaar[0] = jurist().get("/api/v1/maatregelen/jaarrekeningen/rondes/" + id)
                            .json();
                    return !klaar[0].get("status").asString().equals("BEZIG");
                },
                Duration.ofMinutes(10),
                "run " + fase + " finished");
        assertThat(klaar[0].get("status").asString()).as(klaar[0].toString()).isEqualTo("KLAAR");
        return klaar[0];
    }

    private int status(List<UUID> aanbieders, String status) {
        return jdbc.sql("select count(*) from handhaving.jaarrekeninglast j join handhaving.maatregel m"
                        + " on m.id = j.maatregel where j.verslagjaar = ? and j.zorgaanbieder_id = any(?)"
                        + " and m.status = ?")
                .params(JAAR, aanbieders.toArray(UUID[]::new), status)
                .query(Integer.class)
                .single();
    }

    private int brieven(List<UUID> aanbieders, String stap) {
        return jdbc.sql("select count(*) from handhaving.brief b join handhaving.jaarrekeninglast j on j.maatregel ="
                        + " b.maatregel where j.zorgaanbieder_id = any(?) and b.stap = ? and b.aan = 'portaal'")
                .params(aanbieders.toArray(UUID[]::new), stap)
                .query(Integer.class)
                .single();
    }

    @Test
    void theMissingGetOrdersFourHundredDepositLaterTheRestIsForfeitedAndCollectedAndNothingHappensTwice() {
        klok.zet("2026-03-02T09:00");
        List<Registertestdata.Bulkopgeslagen> alle = new Registertestdata(lader, transacties, klok)
                .zorgaanbieders(N + N / 10, Instant.parse("1975-06-01T10:00:00Z"), "Jaarzorg");
        List<UUID> ids = alle.stream().map(z -> z.zorgaanbieder().waarde()).toList();
        Api.Antwoord geladen = laad("jurist", csv(alle.subList(0, N / 10), JAAR), "deponeringen.csv", "text/csv");
        assertThat(geladen.status()).as(geladen.toString()).isEqualTo(200);
        assertThat(geladen.json().get("nieuw").asInt()).isEqualTo(N / 10);

        // the dry run says what would happen and changes nothing
        JsonNode droog = ronde("VOORNEMENS", true);
        assertThat(droog.get("aantal").asInt()).isEqualTo(N);
        assertThat(droog.get("eersten").get(0).asString()).startsWith("Jaarzorg ");
        assertThat(status(ids, "VOORNEMEN")).isZero();

        JsonNode voornemens = ronde("VOORNEMENS", false);
        assertThat(voornemens.get("verwerkt").asInt()).isEqualTo(N);
        assertThat(status(ids, "VOORNEMEN")).isEqualTo(N);
        assertThat(brieven(ids, "VOORNEMEN_VERZENDEN")).isEqualTo(N);
        // the deposited 100 got nothing
        assertThat(status(ids.subList(0, N / 10), "VOORNEMEN")).isZero();
        // the re-run finds nothing to do, and the database refuses a second measure for a provider and year
        assertThat(ronde("VOORNEMENS", true).get("aantal").asInt()).isZero();
        assertThat(ronde("VOORNEMENS", false).get("brieven").asInt()).isZero();
        assertThat(status(ids, "VOORNEMEN")).isEqualTo(N);
        UUID bestaand = jdbc.sql("select maatregel from handhaving.jaarrekeninglast where zorgaanbieder_id = ?")
                .param(ids.get(N / 10))
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("insert into handhaving.jaarrekeninglast values (?, ?, ?)")
                        .params(JAAR, ids.get(N / 10), bestaand)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);

        // the view period over: the orders under penalty, 8 weeks of grace
        klok.verzet(Duration.ofDays(15));
        assertThat(ronde("LASTEN", false).get("brieven").asInt()).isEqualTo(N);
        assertThat(status(ids, "OPGELEGD")).isEqualTo(N);
        assertThat(brieven(ids, "BESLUIT_VERZENDEN")).isEqualTo(N);
        assertThat(ronde("LASTEN", false).get("brieven").asInt()).isZero();

        // 400 deposit later: their orders end as complied
        Api.Antwoord later =
                laad("jurist", csv(alle.subList(N / 10, N / 10 + 4 * N / 10), JAAR), "later.csv", "text/csv");
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        assertThat(later.json().get("nageleefd").asInt()).isEqualTo(4 * N / 10);
        assertThat(status(ids, "NAGELEEFD")).isEqualTo(4 * N / 10);
        // the same file again ends nothing twice
        assertThat(laad("jurist", csv(alle.subList(N / 10, N / 10 + 4 * N / 10), JAAR), "later.csv", "text/csv")
                        .json()
                        .get("nageleefd")
                        .asInt())
                .isZero();

        // the grace period over (3 weeks past it): forfeited for 3 weeks at 500 per week, collection decisions
        klok.verzet(Duration.ofDays(7 * 8 + 21));
        assertThat(ronde("INVORDERING", false).get("brieven").asInt()).isEqualTo(6 * N / 10);
        assertThat(status(ids, "INVORDERING")).isEqualTo(6 * N / 10);
        assertThat(brieven(ids, "INVORDERING_VERZENDEN")).isEqualTo(6 * N / 10);
        assertThat(jdbc.sql("select sum(m.gefactureerd) from handhaving.jaarrekeninglast j join handhaving.maatregel m"
                                + " on m.id = j.maatregel where j.zorgaanbieder_id = any(?)")
                        .param(ids.toArray(UUID[]::new))
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo(new java.math.BigDecimal(1500 * 6 * N / 10));
        assertThat(ronde("INVORDERING", false).get("brieven").asInt()).isZero();
        assertThat(status(ids, "INVORDERING")).isEqualTo(6 * N / 10);

        JsonNode overzicht =
                jurist().get("/api/v1/maatregelen/jaarrekeningen/" + JAAR).json();
        assertThat(overzicht.get("maatregelen").get("INVORDERING").asInt()).isEqualTo(6 * N / 10);
        assertThat(overzicht.get("rondes").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aBadFileIsRefusedInDutchAndStoresNothing() {
        String goed = "kvk_nummer;verslagjaar;datum_deponering\n12345678;1974;2025-01-02\n";
        List<String> fout = List.of(
                "kvk;jaar\n12345678;1974\n",
                goed + "1234567;1974;2025-01-02\n",
                goed + "12345679;1974;2-1-2025\n",
                goed + "12345679;1974;2999-01-01\n");
        for (String bestand : fout) {
            Api.Antwoord a = laad("jurist", bestand.getBytes(StandardCharsets.UTF_8), "d.csv", "text/csv");
            assertThat(a.status()).as(a.toString()).isEqualTo(422);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().get("detail").asString()).matches("(Regel \\d+|De kolom).*");
        }
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Antwoord geenCsv = laad("jurist", pdf, "d.csv", "text/csv");
        assertThat(geenCsv.status()).isEqualTo(422);
        assertThat(geenCsv.json().get("detail").asString()).contains("geen CSV");
        byte[] groot = new byte[(int) Deponeringsbestand.MAX_GROOTTE + 1];
        java.util.Arrays.fill(groot, (byte) 'a');
        Api.Antwoord teGroot = laad("jurist", groot, "d.csv", "text/csv");
        assertThat(teGroot.status()).isEqualTo(422);
        assertThat(teGroot.json().get("detail").asString()).contains("groter dan 5 MB");
        assertThat(jdbc.sql("select count(*) from handhaving.deponering where kvk_nummer = '12345678' and verslagjaar"
                                + " = 1974")
                        .query(Integer.class)
                        .single())
                .isZero();

        // an inspector may read but not load or start
        assertThat(laad("inspecteur", goed.getBytes(StandardCharsets.UTF_8), "d.csv", "text/csv")
                        .status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("inspecteur")
                        .postJson("/api/v1/maatregelen/jaarrekeningen/1974/rondes", "{\"fase\": \"VOORNEMENS\"}")
                        .status())
                .isEqualTo(403);
        // a year not over, an unknown phase: problem details on the field
        Api.Antwoord jaar = jurist().postJson(
                        "/api/v1/maatregelen/jaarrekeningen/2999/rondes",
                        "{\"fase\": \"VOORNEMENS\", \"droog\": true}");
        assertThat(jaar.status()).isEqualTo(422);
        assertThat(jaar.json().get("detail").asString()).startsWith("Kies een verslagjaar");
        assertThat(jurist().postJson("/api/v1/maatregelen/jaarrekeningen/1974/rondes", "{\"fase\": \"ALLES\"}")
                        .status())
                .isEqualTo(400);
    }
}
