package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Publicaties;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.ToezichtApplication;
import nl.toezicht.historie.Importverslag.Fout;
import nl.toezicht.historie.Importverslag.Uitkomst;
import nl.toezicht.meldingen.MeldingenInBulkGeladen;
import nl.toezicht.zaken.ZakenInBulkGeladen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Bad lines, dry runs, rejects and changed records, against the application's database. */
@IntegratieTest
@RecordApplicationEvents
class HistorieImportIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ImportCommando commando;

    @Autowired
    HistorieImport historie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Autowired
    Testklok klok;

    @TempDir
    Path map;

    /** A small history with its own legacy ids and KvK number: a provider, two notifications, a case. */
    final class Bestand {
        final String p = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
        final String kvk =
                Integer.toString(20_000_000 + ThreadLocalRandom.current().nextInt(70_000_000));

        String zorgaanbieder() {
            return """
                    {"type":"zorgaanbieder","id":"%sZA","naam":"Zorggroep Test","kvkNummer":"%s","sectoren":["GGZ"],\
                    "locaties":[{"id":"%sL1","adres":"Dorpsstraat 1","postcode":"1234 ab","plaats":"Ons Dorp","gemeente":"Ons Dorp"}]}""".formatted(p, kvk, p);
        }

        String melding(String id, String extra) {
            return """
                    {"type":"melding","id":"%s%s","bron":"ZORGAANBIEDER","kanaal":"WEBFORMULIER","soort":"CALAMITEIT",\
                    "sector":"GGZ","zorgaanbieder":"%sZA","locatie":"%sL1","datumGebeurtenis":"2023-03-01",\
                    "datumVastgesteld":"2023-03-02","ontvangenOp":"2023-03-03T10:00:00+01:00","omschrijving":"Val",\
                    "patientOverleden":true,"doorSuicide":false%s}""".formatted(p, id, p, p, extra);
        }

        String zaak(String id, String melding, String tijdlijn, String extra) {
            return """
                    {"type":"zaak","id":"%s%s","meldingen":["%s%s"],"tijdlijn":[%s]%s}""".formatted(p, id, p, melding, tijdlijn, extra);
        }

        /** A case as a summary; {@code reden} null leaves the closing reason out. */
        String samenvatting(String id, String melding, String samenvatting, String reden) {
            return """
                    {"type":"zaak","id":"%s%s","meldingen":["%s%s"],"samenvatting":%s%s}""".formatted(
                            p, id, p, melding, samenvatting, reden == null ? "" : ",\"sluitreden\":\"" + reden + "\"");
        }

        static final String GESLOTEN = """
                {"transitie":"OPENEN","op":"2023-03-03T10:00:02+01:00","door":"systeem"},\
                {"transitie":"START_TRIAGE","op":"2023-03-04T09:00:00+01:00","door":"intake"},\
                {"transitie":"VRAAG_ONDERZOEK_AAN","op":"2023-03-06T09:00:00+01:00","door":"intake"},\
                {"transitie":"ONTVANG_ONDERZOEK","op":"2023-04-20T09:00:00+02:00","door":"intake"},\
                {"transitie":"SLUIT","op":"2023-05-01T09:00:00+02:00","door":"intake","toelichting":"Voldoende"}""";

        List<String> goed() {
            return List.of(
                    zorgaanbieder(),
                    melding("M1", ""),
                    zaak("Z1", "M1", GESLOTEN, ",\"sluitreden\":\"ONDERZOEK_VOLDOENDE\""),
                    melding("M2", ",\"themas\":[\"Valincidenten\"]"),
                    zaak(
                            "Z2",
                            "M2",
                            "{\"transitie\":\"OPENEN\",\"op\":\"2023-03-03T10:00:02+01:00\",\"door\":\"systeem\"}",
                            ",\"termijn\":{\"soort\":\"TRIAGE\",\"datum\":\"2023-03-08\"}"));
        }

        Path schrijf(List<String> regels) throws Exception {
            Path pad = map.resolve(p + "bestand.jsonl");
            Files.write(pad, regels, StandardCharsets.UTF_8);
            return pad;
        }

        long opgeslagen() {
            return jdbc.sql("select count(*) from historie.herkomst where legacy_id like ?")
                    .param(p + "%")
                    .query(Long.class)
                    .single();
        }
    }

    private Importverslag importeer(Path pad, Importopties opties) {
        return historie.voerUit(historie.registreer(pad, opties));
    }

    @Test
    void aGoodFileIsStoredWithItsOriginalDatesAndStatesAndMarkedAsImported() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        Importverslag v = importeer(b.schrijf(b.goed()), Importopties.allesOfNiets());

        assertThat(v.fouten()).isEmpty();
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(v.nieuw())
                .containsEntry("ZORGAANBIEDER", 1L)
                .containsEntry("LOCATIE", 1L)
                .containsEntry("MELDING", 2L)
                .containsEntry("ZAAK", 2L);
        assertThat(v.klopt()).isTrue();
        assertThat(events.stream(HistorieGeimporteerd.class))
                .singleElement()
                .satisfies(e -> assertThat(e.meldingen()).isEqualTo(2))
                .satisfies(e -> assertThat(e.zaken()).isEqualTo(2))
                .satisfies(e -> assertThat(e.jaren()).containsExactly(2023));
        // the owners' bulk writers announced the loads in the import's transaction, for the projections (the
        // annual figures refresh on them: cijfers.NaBulkladingIT); every delivery of them completed
        assertThat(events.stream(MeldingenInBulkGeladen.class))
                .singleElement()
                .isEqualTo(new MeldingenInBulkGeladen(
                        2, Instant.parse("2023-03-03T09:00:00Z"), Instant.parse("2023-03-03T09:00:00Z")));
        assertThat(events.stream(ZakenInBulkGeladen.class))
                .singleElement()
                .isEqualTo(new ZakenInBulkGeladen(
                        2, Instant.parse("2023-03-03T09:00:02Z"), Instant.parse("2023-05-01T07:00:00Z")));
        // ... and zaken's clocks (decision 0050) handled them without a failure (a failed delivery would stay
        // incomplete; the listeners' effects are tested in cijfers.NaBulkladingIT and SamenvoegenTellingIT)
        Publicaties.afgehandeld(jdbc, "MeldingenInBulkGeladen", "");
        Publicaties.afgehandeld(jdbc, "ZakenInBulkGeladen", "");
        assertThat(jdbc.sql("select z.status || ' ' || z.sluitreden || ' ' || m.status || ' '"
                                + " || to_char(z.gesloten_op at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"
                                + " || ' ' || h.regel || ' ' || h.bestand from historie.herkomst h"
                                + " join zaken.zaak z on z.id = h.nieuw_id join zaken.zaak_melding zm on zm.zaak = z.id"
                                + " join meldingen.melding m on m.id = zm.melding_id where h.legacy_id = ?")
                        .param(b.p + "Z1")
                        .query(String.class)
                        .single())
                .isEqualTo("GESLOTEN ONDERZOEK_VOLDOENDE AFGEHANDELD 2023-05-01 07:00 3 " + b.p + "bestand.jsonl");
        assertThat(jdbc.sql("select l.postcode from historie.herkomst h join register.locatie l on l.id = h.nieuw_id"
                                + " where h.soort = 'LOCATIE' and h.legacy_id = ?")
                        .param(b.p + "L1")
                        .query(String.class)
                        .single())
                .isEqualTo("1234AB");
    }

    @Test
    void eachKindOfBadLineIsReportedWithLineFieldAndDutchMessageAndStoresNothing() throws Exception {
        record Geval(String regel, String veld, String melding) {}
        Bestand b = new Bestand();
        List<Geval> gevallen = List.of(
                new Geval(b.melding("X", ",\"suicidepoging\":\"ja\""), "suicidepoging", "Hier hoort true of false."),
                new Geval(
                        b.melding("X", "").replace("\"sector\":\"GGZ\"", "\"sector\":\"TANDARTSEN\""),
                        "sector",
                        "Onbekende sector 'TANDARTSEN'"),
                new Geval(
                        b.melding("X", "").replace(b.p + "ZA", b.p + "ONBEKEND"),
                        "zorgaanbieder",
                        "Onbekende zorgaanbieder"),
                new Geval(b.melding("X", "").replace("2023-03-02", "2023-02-27"), "datumVastgesteld", "vaststellen"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.zaak(
                                        "X",
                                        "MX",
                                        "{\"transitie\":\"OPENEN\",\"op\":\"2023-03-01T10:00:00+01:00\",\"door\":\"s\"}",
                                        ""),
                        "tijdlijn[0].op",
                        "geopend voordat de melding binnenkwam"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.zaak(
                                        "X",
                                        "MX",
                                        "{\"transitie\":\"OPENEN\",\"op\":\"2023-03-04T10:00:00+01:00\",\"door\":\"s\"},"
                                                + "{\"transitie\":\"START_TRIAGE\",\"op\":\"2023-03-03T12:00:00+01:00\",\"door\":\"s\"}",
                                        ""),
                        "tijdlijn[1].op",
                        "voor de vorige stap"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.zaak(
                                        "X",
                                        "MX",
                                        "{\"transitie\":\"OPENEN\",\"op\":\"2023-03-04T10:00:00+01:00\",\"door\":\"s\"},"
                                                + "{\"transitie\":\"SLUIT\",\"op\":\"2023-03-05T12:00:00+01:00\",\"door\":\"s\"}",
                                        ",\"sluitreden\":\"GEEN_VERVOLG\""),
                        "tijdlijn[1].transitie",
                        "'Zaak sluiten' kan niet: de zaak heeft dan status 'Ontvangen'."),
                new Geval("{\"type\":\"melding\",\"id\":", "regel", "Geen geldige JSON"),
                // summaries (issue 12 item 7): each refused on its line and field, nothing of it stored
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting("X", "MX", "{\"toelichting\":\"x\"}", "GEEN_VERVOLG"),
                        "samenvatting.geslotenOp",
                        "Dit veld is verplicht"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting("X", "MX", "{\"geslotenOp\":\"2023-03-02\"}", "GEEN_VERVOLG"),
                        "samenvatting.geslotenOp",
                        "voordat haar eerste melding is ontvangen"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting(
                                        "X", "MX", "{\"geslotenOp\":\"2023-03-03T09:59:00+01:00\"}", "GEEN_VERVOLG"),
                        "samenvatting.geslotenOp",
                        "voordat haar eerste melding is ontvangen"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting("X", "MX", "{\"geslotenOp\":\"2023-04-01\"}", "OPGELOST"),
                        "sluitreden",
                        "Onbekende waarde 'OPGELOST'"),
                new Geval(
                        b.melding("MX", "") + "\n" + b.samenvatting("X", "MX", "{\"geslotenOp\":\"2023-04-01\"}", null),
                        "sluitreden",
                        "geef de sluitreden"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting("X", "MX", "{\"geslotenOp\":\"2023-04-01\"}", "SAMENGEVOEGD"),
                        "sluitreden",
                        "niet als samengevoegd"),
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.samenvatting("X", "MX", "{\"geslotenOp\":\"2099-01-01\"}", "GEEN_VERVOLG"),
                        "samenvatting.geslotenOp",
                        "toekomst"),
                new Geval(
                        b.melding("MX", "").replace("2023-03-03T10:00:00+01:00", "2023-02-29"),
                        "ontvangenOp",
                        "of een datum zonder tijd"),
                // a summary's step cannot be put in a full timeline
                new Geval(
                        b.melding("MX", "") + "\n"
                                + b.zaak(
                                        "X",
                                        "MX",
                                        "{\"transitie\":\"OPENEN\",\"op\":\"2023-03-04T10:00:00+01:00\",\"door\":\"s\"},"
                                                + "{\"transitie\":\"SAMENVATTING_GEIMPORTEERD\",\"op\":\"2023-03-05T12:00:00+01:00\",\"door\":\"s\"}",
                                        ""),
                        "tijdlijn[1].transitie",
                        "kan niet"),
                new Geval(b.melding("X", ",\"kleur\":\"rood\""), "kleur", "Onbekend veld."));
        for (Geval geval : gevallen) {
            List<String> regels = new java.util.ArrayList<>(b.goed());
            regels.add(geval.regel());
            Importverslag v = importeer(b.schrijf(regels), Importopties.allesOfNiets());
            assertThat(v.uitkomst()).as(geval.regel()).isEqualTo(Uitkomst.AFGEWEZEN);
            assertThat(v.fouten()).as(geval.regel()).hasSize(1);
            Fout fout = v.fouten().get(0);
            assertThat(fout.regel()).as(geval.regel()).isEqualTo(geval.regel().contains("\n") ? 7 : 6);
            assertThat(fout.veld()).as(geval.regel()).isEqualTo(geval.veld());
            assertThat(fout.melding()).as(geval.regel()).contains(geval.melding());
            assertThat(b.opgeslagen()).as(geval.regel()).isZero();
        }
    }

    @Test
    void aSummaryIsStoredClosedWithOneHonestEntryAndMarkedOnTheCasePage() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        // received at 15:00, closed "on 3 March" without a time: the closing is the moment of receipt, not noon
        // (which would be before the receipt)
        Importverslag v = importeer(
                b.schrijf(List.of(
                        b.zorgaanbieder(),
                        b.melding("M1", "").replace("2023-03-03T10:00:00+01:00", "2023-03-03T15:00:00+01:00"),
                        b.samenvatting(
                                "Z1",
                                "M1",
                                "{\"geslotenOp\":\"2023-03-03\",\"toelichting\":\"<script>alert(1)</script>\"}",
                                "GEEN_VERVOLG"))),
                Importopties.allesOfNiets());
        assertThat(v.fouten()).isEmpty();
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(v.klopt()).isTrue();
        UUID zaak = jdbc.sql("select nieuw_id from historie.herkomst where soort = 'ZAAK' and legacy_id = ?")
                .param(b.p + "Z1")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql(
                                "select status || ' ' || sluitreden || ' ' || samenvatting || ' ' || (gesloten_op = ontvangen_op)"
                                        + " || ' ' || (geopend_op = ontvangen_op) || ' ' || to_char(gesloten_op at time zone 'UTC',"
                                        + " 'YYYY-MM-DD HH24:MI') from zaken.zaak where id = ?")
                        .param(zaak)
                        .query(String.class)
                        .single())
                .isEqualTo("GESLOTEN GEEN_VERVOLG true true true 2023-03-03 14:00");

        String pagina = Api.op(port)
                .als("inspecteur.ggz")
                .met("Accept", "text/html")
                .get("/zaken/" + zaak)
                .tekst();
        assertThat(pagina)
                .contains("id=\"samenvatting\"")
                .contains("Geïmporteerd zonder stappen")
                .contains("ontvangen op 03-03-2023, afgesloten op 03-03-2023 (Geen vervolg nodig)")
                .contains("Geïmporteerd als samenvatting, zonder stappen")
                .doesNotContain("<script>alert(1)");
        // and the API says so too
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get("/api/v1/zaken/" + zaak)
                        .json()
                        .get("samenvatting")
                        .asBoolean())
                .isTrue();
        // a case with its steps has no marker
        Bestand c = new Bestand();
        assertThat(importeer(c.schrijf(c.goed()), Importopties.allesOfNiets()).fouten())
                .isEmpty();
        UUID volledig = jdbc.sql("select nieuw_id from historie.herkomst where soort = 'ZAAK' and legacy_id = ?")
                .param(c.p + "Z1")
                .query(UUID.class)
                .single();
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .met("Accept", "text/html")
                        .get("/zaken/" + volledig)
                        .tekst())
                .contains("Zaak gesloten")
                .doesNotContain("id=\"samenvatting\"");
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get("/api/v1/zaken/" + volledig)
                        .json()
                        .get("samenvatting")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aLineThatIsNotUtf8IsReportedAsSuch() throws Exception {
        Bestand b = new Bestand();
        Path pad = b.schrijf(b.goed());
        ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        inhoud.write(Files.readAllBytes(pad));
        inhoud.write(b.melding("X", "").replace("Val", "Zo\u00eb").getBytes(StandardCharsets.ISO_8859_1));
        inhoud.write('\n');
        Files.write(pad, inhoud.toByteArray());

        Importverslag v = importeer(pad, Importopties.allesOfNiets());

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.AFGEWEZEN);
        assertThat(v.fouten())
                .singleElement()
                .satisfies(f -> assertThat(f.regel()).isEqualTo(6))
                .satisfies(f -> assertThat(f.melding()).contains("geen UTF-8"));
        assertThat(b.opgeslagen()).isZero();
    }

    @Test
    void aDryRunJudgesAndCountsEverythingAndStoresNothing() throws Exception {
        Bestand b = new Bestand();
        Importverslag v = importeer(b.schrijf(b.goed()), new Importopties(true, null));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(v.nieuw()).containsEntry("MELDING", 2L).containsEntry("ZAAK", 2L);
        assertThat(v.klopt()).isTrue();
        assertThat(b.opgeslagen()).isZero();
        // nothing was loaded, so nothing is announced to the projections
        assertThat(events.stream(MeldingenInBulkGeladen.class)).isEmpty();
        assertThat(events.stream(ZakenInBulkGeladen.class)).isEmpty();
    }

    @Test
    void withRejectsTheGoodLinesAreStoredAndTheCorrectedRejectsImportAfterwards() throws Exception {
        Bestand b = new Bestand();
        List<String> regels = new java.util.ArrayList<>(b.goed());
        regels.add(b.melding("M3", "").replace("\"GGZ\"", "\"GG\""));
        regels.add(b.zaak("Z3", "M3", Bestand.GESLOTEN, ",\"sluitreden\":\"GEEN_VERVOLG\""));
        Path afwijzingen = map.resolve(b.p + "afwijzingen.jsonl");

        Importverslag v = importeer(b.schrijf(regels), new Importopties(false, afwijzingen));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(v.afgewezen()).isEqualTo(2);
        assertThat(v.fouten()).extracting(Fout::regel).containsExactly(6L, 7L);
        assertThat(v.fouten().get(1).melding()).contains("Onbekende melding");
        assertThat(b.opgeslagen()).isEqualTo(6);
        List<String> afgewezen = Files.readAllLines(afwijzingen);
        assertThat(afgewezen).containsExactly(regels.get(5), regels.get(6));
        assertThat(Files.readAllLines(afwijzingen.resolveSibling(afwijzingen.getFileName() + ".fouten.csv")))
                .hasSize(3);

        Files.write(afwijzingen, List.of(afgewezen.get(0).replace("\"GG\"", "\"GGZ\""), afgewezen.get(1)));
        Importverslag hersteld = importeer(afwijzingen, Importopties.allesOfNiets());
        assertThat(hersteld.fouten()).isEmpty();
        assertThat(hersteld.nieuw()).containsEntry("MELDING", 1L).containsEntry("ZAAK", 1L);
        assertThat(b.opgeslagen()).isEqualTo(8);
    }

    @Test
    void aChangedRecordIsReportedNotOverwrittenAndTheSameFileTwiceChangesNothing() throws Exception {
        Bestand b = new Bestand();
        Path pad = b.schrijf(b.goed());
        importeer(pad, Importopties.allesOfNiets());
        long meldingen = jdbc.sql("select count(*) from meldingen.melding")
                .query(Long.class)
                .single();

        Importverslag zelfde = importeer(pad, Importopties.allesOfNiets());
        assertThat(zelfde.totaalNieuw()).isZero();
        assertThat(zelfde.ongewijzigd()).containsEntry("MELDING", 2L).containsEntry("ZAAK", 2L);
        assertThat(zelfde.klopt()).isTrue();

        List<String> gewijzigd = new java.util.ArrayList<>(b.goed());
        gewijzigd.set(1, gewijzigd.get(1).replace("\"Val\"", "\"Val uit bed\""));
        Importverslag v = importeer(b.schrijf(gewijzigd), Importopties.allesOfNiets());
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(v.gewijzigd()).containsEntry("MELDING", 1L);
        assertThat(v.wijzigingen())
                .singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("niet overschreven"));
        assertThat(jdbc.sql("select count(*) from meldingen.melding")
                        .query(Long.class)
                        .single())
                .isEqualTo(meldingen);
        assertThat(jdbc.sql(
                                "select m.omschrijving from historie.herkomst h join meldingen.melding m on m.id = h.nieuw_id"
                                        + " where h.legacy_id = ?")
                        .param(b.p + "M1")
                        .query(String.class)
                        .single())
                .isEqualTo("Val");
    }

    @Test
    void theExampleFileOfTheDocumentationPasses() {
        Importverslag v = importeer(Path.of("docs/import/voorbeeld.jsonl"), new Importopties(true, null));
        assertThat(v.fouten()).isEmpty();
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(v.totaalNieuw()).isPositive();
    }

    @Test
    void theRunIsLoggedWithItsReport() throws Exception {
        Bestand b = new Bestand();
        Importverslag v = importeer(b.schrijf(b.goed()), new Importopties(true, null));
        assertThat(jdbc.sql("select status || ' ' || regels from historie.importrun where id = ?")
                        .param(v.run())
                        .query(String.class)
                        .single())
                .isEqualTo("GECONTROLEERD 5");
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where handeling = 'IMPORTEREN'"
                                + " and objecten_json @> ?::jsonb")
                        .param("[{\"type\":\"IMPORT\",\"id\":\"" + v.run() + "\"}]")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    /**
     * Issue 11, item 9: a run whose instance was killed stayed BEZIG for ever. Each instance holds a lock per
     * run for as long as the run lives; PostgreSQL drops it when the instance's session ends.
     */
    @Test
    void aRunWhoseInstanceDiedIsMarkedInterruptedWhenTheNextRunBeginsAndOneLiveElsewhereIsNot() throws Exception {
        UUID gestorven = bezigeRun();
        Connection anderInstantie = dataSource.getConnection();
        UUID elders = bezigeRun();
        try (Statement sql = anderInstantie.createStatement()) {
            sql.execute("select pg_advisory_lock(" + HistorieImport.levensslot(elders) + ")");
            // the killed instance held its run's lock on a session that ended with it
            Connection gedood = dataSource.getConnection();
            try (Statement s = gedood.createStatement()) {
                s.execute("select pg_advisory_lock(" + HistorieImport.levensslot(gestorven) + ")");
            }
            gedood.abort(Runnable::run);

            Bestand b = new Bestand();
            importeer(b.schrijf(b.goed()), new Importopties(true, null));

            assertThat(status(gestorven)).isEqualTo("ONDERBROKEN");
            assertThat(status(elders)).as("live on another instance").isEqualTo("BEZIG");
        } finally {
            anderInstantie.close();
        }
        // the other instance has gone too
        historie.markeerOnderbroken();
        assertThat(status(elders)).isEqualTo("ONDERBROKEN");

        Sessie beheerder = Sessie.op(port).als("beheerder");
        assertThat(beheerder.get("/beheer/historie/" + gestorven).tekst())
                .contains("Onderbroken", "id=\"onderbroken\"", "niets van opgeslagen")
                .doesNotContain("hx-trigger");
    }

    @Test
    void atTheNextStartARunLeftByAKilledInstanceIsMarkedInterrupted() {
        UUID gestorven = bezigeRun();

        ToezichtApplication.commando("verifieer-toegangslog", "--spring.profiles.active=test");

        assertThat(status(gestorven)).isEqualTo("ONDERBROKEN");
    }

    /** A run as a killed instance left it: BEZIG, and nobody holds its lock. */
    private UUID bezigeRun() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into historie.importrun (id, bestand, bestand_grootte, droog, met_afwijzingen, gestart_door,"
                        + " gestart_op, status) values (?, 'gedood.jsonl', 100, false, false, 'beheerder', now(),"
                        + " 'BEZIG')")
                .param(id)
                .update();
        return id;
    }

    private String status(UUID run) {
        return jdbc.sql("select status from historie.importrun where id = ?")
                .param(run)
                .query(String.class)
                .single();
    }

    @Test
    void theCommandPrintsTheReportAndEndsWithItsExitCode() throws Exception {
        Bestand b = new Bestand();
        Path goed = b.schrijf(b.goed());
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        java.io.PrintStream druk = new java.io.PrintStream(uit, true, StandardCharsets.UTF_8);

        assertThat(commando.voerUit(
                        List.of("import", goed.toString()), new DefaultApplicationArguments("--dry-run"), druk))
                .isZero();
        assertThat(uit.toString(StandardCharsets.UTF_8))
                .contains("(droge run): GECONTROLEERD")
                .contains("Aansluiting (bestand / database): klopt")
                .contains("meldingen sector GGZ: 2 / 2");
        assertThat(b.opgeslagen()).isZero();

        List<String> fout = new java.util.ArrayList<>(b.goed());
        fout.add("{kapot");
        Path slecht = map.resolve(b.p + "slecht.jsonl");
        Files.write(slecht, fout);
        uit.reset();
        assertThat(commando.voerUit(List.of("import", slecht.toString()), new DefaultApplicationArguments(), druk))
                .isEqualTo(1);
        assertThat(uit.toString(StandardCharsets.UTF_8)).contains("regel 6, regel: Geen geldige JSON");
        assertThat(b.opgeslagen()).isZero();

        uit.reset();
        assertThat(commando.voerUit(
                        List.of("import", map.resolve("bestaat-niet.jsonl").toString()),
                        new DefaultApplicationArguments(),
                        druk))
                .isEqualTo(2);
        assertThat(uit.toString(StandardCharsets.UTF_8)).contains("bestaat niet");

        assertThat(commando.voerUit(List.of("import", goed.toString()), new DefaultApplicationArguments(), druk))
                .isZero();
        assertThat(b.opgeslagen()).isEqualTo(6);
        Path export = map.resolve(b.p + "export.jsonl");
        assertThat(commando.voerUit(List.of("export", export.toString()), new DefaultApplicationArguments(), druk))
                .isZero();
        assertThat(Files.lines(export).anyMatch(r -> r.matches("\\{\"type\" ?: ?\"zaak\".*")))
                .isTrue();
    }
}
