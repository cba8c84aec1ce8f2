package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.historie.Importverslag.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: past measures in the history import. The same measures (every kind, in 2034 and 2035, years no other
 * test gives measures in) are taken once live through the API, letters and all, on their days, and once imported
 * with their steps on those days; both move every cell of "Cijfers over maatregelen" by the same amount (given per
 * year, running at the end of the year, set aside on objection counting nowhere). Then: the dry run stores nothing,
 * the re-run nothing twice, the reconciliation per kind and year, the refusals per line, the export back.
 */
@IntegratieTest
class MaatregelhistorieIT {

    @Autowired
    HistorieImport historie;

    @Autowired
    HistorieExport export;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @LocalServerPort
    int port;

    @TempDir
    Path map;

    /** One step on a day: the API call it is live, and the fields it has in the file. */
    record Stap(String stap, String op, String live, String bestand) {}

    /** A measure: its kind, the fields of its preparation (live JSON, file JSON), its steps. */
    record Geval(String soort, String live, String bestand, List<Stap> stappen) {}

    private static Stap stap(String stap, String op) {
        return new Stap(stap, op, "", "");
    }

    static final List<Geval> GEVALLEN = List.of(
            new Geval(
                    "WAARSCHUWING",
                    "",
                    "",
                    List.of(stap("OPSTELLEN", "2034-02-03"), stap("BESLUIT_VERZENDEN", "2034-02-10"))),
            // given in 2034, complied with and lifted in 2035: running at the end of 2034 only
            new Geval(
                    "AANWIJZING",
                    "",
                    "",
                    List.of(
                            stap("OPSTELLEN", "2034-03-01"),
                            stap("VOORNEMEN_VERZENDEN", "2034-03-02"),
                            new Stap(
                                    "BESLUIT_VERZENDEN",
                                    "2034-03-20",
                                    ", \"termijn\": 8",
                                    ",\"termijnTot\":\"2034-05-15\""),
                            stap("NALEVING_VASTSTELLEN", "2035-01-15"),
                            stap("OPHEFFEN", "2035-02-01"))),
            // given on the last day of 2034, never lifted: running at the end of both years
            new Geval(
                    "AANWIJZING",
                    "",
                    "",
                    List.of(
                            stap("OPSTELLEN", "2034-12-01"),
                            stap("VOORNEMEN_VERZENDEN", "2034-12-02"),
                            new Stap(
                                    "BESLUIT_VERZENDEN",
                                    "2034-12-31",
                                    ", \"termijn\": 8",
                                    ",\"termijnTot\":\"2035-02-25\""))),
            // set aside on objection: counts nowhere
            new Geval(
                    "AANWIJZING",
                    "",
                    "",
                    List.of(
                            stap("OPSTELLEN", "2034-05-01"),
                            stap("VOORNEMEN_VERZENDEN", "2034-05-02"),
                            new Stap(
                                    "BESLUIT_VERZENDEN",
                                    "2034-06-01",
                                    ", \"termijn\": 8",
                                    ",\"termijnTot\":\"2034-07-27\""),
                            new Stap("BEZWAAR_ONTVANGEN", "2034-06-20", "{\"ontvangen\": \"2034-06-20\"}", ""),
                            new Stap("BEZWAAR_GEGROND", "2034-08-01", "", ",\"toelichting\":\"Bezwaar gegrond\""))),
            // imposed in 2034, forfeited, collected in 2035, paid in part and the rest written off
            new Geval(
                    "LAST_ONDER_DWANGSOM",
                    ", \"bedrag\": 500, \"eenheid\": \"PER_WEEK\", \"maximum\": 5000",
                    ",\"bedrag\":\"500.00\",\"eenheid\":\"PER_WEEK\",\"maximum\":5000,\"verbeurd\":\"1500.00\","
                            + "\"gefactureerd\":\"1500.00\",\"betaald\":\"1000.00\",\"afgeschreven\":\"500.00\"",
                    List.of(
                            stap("OPSTELLEN", "2034-04-01"),
                            stap("VOORNEMEN_VERZENDEN", "2034-04-03"),
                            new Stap(
                                    "BESLUIT_VERZENDEN",
                                    "2034-04-20",
                                    ", \"termijn\": 2",
                                    ",\"termijnTot\":\"2034-05-04\""),
                            new Stap(
                                    "VERBEURTE_VASTSTELLEN",
                                    "2034-06-01",
                                    "{\"aantal\": 3}",
                                    ",\"bedrag\":\"1500.00\""),
                            stap("INVORDERING_VERZENDEN", "2035-01-10"),
                            new Stap("BETALING_VASTLEGGEN", "2035-02-01", "{\"bedrag\": 1000}", ",\"bedrag\":1000"),
                            new Stap(
                                    "AFSCHRIJVEN",
                                    "2035-03-01",
                                    "{\"bedrag\": 500, \"reden\": \"oninbaar\"}",
                                    ",\"bedrag\":\"500.00\",\"toelichting\":\"oninbaar\""),
                            stap("AFRONDEN", "2035-03-02"))),
            // a fine keeps its amount (decision 0094): live from the policy's category 3, in the file as given
            new Geval(
                    "BESTUURLIJKE_BOETE",
                    ", \"boetecategorie\": 3, \"matigingen\": [], \"rapportdatum\": \"2034-09-01\"",
                    ",\"bedrag\":\"12500.00\",\"rapportdatum\":\"2034-09-01\"",
                    List.of(
                            stap("OPSTELLEN", "2034-09-02"),
                            stap("VOORNEMEN_VERZENDEN", "2034-09-10"),
                            stap("BESLUIT_VERZENDEN", "2034-10-01"))),
            new Geval(
                    "VERSCHERPT_TOEZICHT",
                    "",
                    "",
                    List.of(
                            stap("OPSTELLEN", "2034-05-05"),
                            stap("BESLUIT_VERZENDEN", "2034-05-06"),
                            stap("OPHEFFEN", "2035-06-30"))),
            new Geval(
                    "TUCHTKLACHT",
                    "",
                    "",
                    List.of(
                            stap("OPSTELLEN", "2035-01-05"),
                            stap("BESLUIT_VERZENDEN", "2035-01-06"),
                            new Stap(
                                    "UITSPRAAK_VASTLEGGEN",
                                    "2035-09-01",
                                    "{\"uitspraak\": \"Berisping\"}",
                                    ",\"toelichting\":\"Berisping\""))));

    private static String kvk() {
        return "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String zorgaanbieder(String p, String kvk) {
        return """
                {"type":"zorgaanbieder","id":"%sZA","naam":"Handhavingzorg %s","kvkNummer":"%s","sectoren":["GGZ"],\
                "aangemaaktOp":"2030-01-01T10:00:00+01:00","locaties":[{"id":"%sL1","adres":"Dorpsstraat 1",\
                "postcode":"1234 ab","plaats":"Ons Dorp","gemeente":"Ons Dorp"}]}""".formatted(p, p, kvk, p);
    }

    private static String maatregel(String p, int i, Geval g) {
        StringBuilder stappen = new StringBuilder();
        for (Stap s : g.stappen()) {
            stappen.append(stappen.isEmpty() ? "" : ",")
                    .append("{\"stap\":\"")
                    .append(s.stap())
                    .append("\",\"op\":\"")
                    .append(s.op())
                    .append('"')
                    .append(s.bestand())
                    .append('}');
        }
        return """
                {"type":"maatregel","id":"%sH%d","soort":"%s","afdeling":"GGZ","zorgaanbieder":"%sZA","locatie":"%sL1",\
                "aanleiding":"ZAAK","aanleidingKenmerk":"OUD-%d","wet":"Wkkgz","artikel":"art. 27 lid 1",\
                "omschrijving":"Maatregel %d uit het oude systeem"%s,"stappen":[%s]}""".formatted(p, i, g.soort(), p, p, i, i, g.bestand(), stappen);
    }

    private Path bestand(String naam, List<String> regels) throws Exception {
        return Files.write(map.resolve(naam + ".jsonl"), regels, StandardCharsets.UTF_8);
    }

    private Importverslag importeer(Path pad, Importopties opties) {
        return historie.voerUit(historie.registreer(pad, opties));
    }

    // ------------------------------------------------------------------ live, through the API

    private Api jurist() {
        return Api.op(port).als("jurist");
    }

    private void live(UUID zorgaanbieder, Geval g) {
        UUID id = null;
        for (Stap s : g.stappen()) {
            klok.zet(s.op() + "T10:00");
            Api.Antwoord a;
            String pad = id == null ? "" : "/api/v1/maatregelen/" + id;
            a = switch (s.stap()) {
                case "OPSTELLEN" ->
                    jurist().postJson("/api/v1/maatregelen", """
                        {"soort": "%s", "afdeling": "GGZ", "zorgaanbieder": "%s", "aanleiding": "SIGNAAL",
                         "wet": "Wkkgz", "artikel": "art. 27 lid 1", "omschrijving": "Live maatregel"%s}""".formatted(g.soort(), zorgaanbieder, g.live()));
                case "VOORNEMEN_VERZENDEN", "BESLUIT_VERZENDEN", "INVORDERING_VERZENDEN" ->
                    jurist().postJson(
                                    pad + "/brieven",
                                    "{\"stap\": \"" + s.stap() + "\", \"aan\": \"bestuur@zorg.example\"" + s.live()
                                            + "}");
                case "VERBEURTE_VASTSTELLEN" -> jurist().postJson(pad + "/verbeurte", s.live());
                case "BETALING_VASTLEGGEN" -> jurist().postJson(pad + "/betalingen", s.live());
                case "AFSCHRIJVEN" -> jurist().postJson(pad + "/afschrijvingen", s.live());
                case "BEZWAAR_ONTVANGEN" -> jurist().postJson(pad + "/bezwaren", s.live());
                case "BEZWAAR_GEGROND" ->
                    jurist().postJson(
                                    pad + "/bezwaarbeslissingen",
                                    "{\"gegrond\": true, \"toelichting\": \"Bezwaar gegrond\"}");
                case "UITSPRAAK_VASTLEGGEN" -> jurist().postJson(pad + "/uitspraak", s.live());
                default -> jurist().postJson(pad + "/stappen", "{\"stap\": \"" + s.stap() + "\"}");
            };
            assertThat(a.status()).as(g.soort() + " " + s.stap() + " " + a).isIn(200, 201);
            if (id == null) {
                id = UUID.fromString(a.json().get("id").asString());
            }
        }
    }

    // ------------------------------------------------------------------ the table

    /**
     * Every unrounded cell of "Cijfers over maatregelen" of 2034 and 2035 (read as {@link SamenvattingCijfersIT}
     * reads every table): row, measure, sector, year → count.
     */
    private Map<String, Long> cijfers() {
        Map<String, Long> cellen = new TreeMap<>();
        for (int jaar : List.of(2034, 2035)) {
            String jaartal = " | " + jaar;
            SamenvattingCijfersIT.cijfers(port, jaar).forEach((cel, waarde) -> {
                if (cel.startsWith(TABEL) && cel.endsWith(jaartal)) {
                    cellen.put(cel.substring(TABEL.length()), waarde);
                }
            });
        }
        return cellen;
    }

    private static final String TABEL = "maatregelen | ";

    private List<String> maatregelen(String p) {
        return jdbc.sql(
                        "select substr(h.legacy_id, length(?) + 1) || ' ' || m.soort || ' ' || m.status"
                                + " || ' ' || coalesce(m.besluit_op::text, '-') || ' ' || coalesce(m.beeindigd_op::text, '-')"
                                + " || ' ' || m.verbeurd || '/' || m.gefactureerd || '/' || m.betaald || '/' || m.afgeschreven"
                                + " || ' ' || m.geimporteerd || ' ' || (select count(*) from handhaving.maatregelstap s"
                                + " where s.maatregel = m.id) from historie.herkomst h join handhaving.maatregel m"
                                + " on m.id = h.nieuw_id where h.soort = 'MAATREGEL' and h.legacy_id like ? order by h.legacy_id")
                .params(p, p + "%")
                .query(String.class)
                .list();
    }

    @Test
    void importedMeasuresCountInEveryCellOfTheTableExactlyAsTheSameMeasuresTakenLive() throws Exception {
        String p = "E" + UUID.randomUUID().toString().substring(0, 8) + "-";
        klok.zet("2036-03-02T10:00");
        List<String> regels = new ArrayList<>();
        regels.add(zorgaanbieder(p, kvk()));
        for (int i = 0; i < GEVALLEN.size(); i++) {
            regels.add(maatregel(p, i, GEVALLEN.get(i)));
        }
        Path pad = bestand(p, regels);

        // a dry run: judged and reconciled, nothing stored
        Importverslag droog = importeer(pad, new Importopties(true, null));
        assertThat(droog.fouten()).isEmpty();
        assertThat(droog.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(droog.nieuw()).containsEntry("MAATREGEL", 8L);
        assertThat(droog.klopt()).isTrue();
        assertThat(maatregelen(p)).isEmpty();

        // the provider first (live measures need it), then the same measures live, on their days
        Importverslag aanbieder = importeer(bestand(p + "za", List.of(regels.get(0))), Importopties.allesOfNiets());
        assertThat(aanbieder.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        UUID zorgaanbieder = jdbc.sql(
                        "select nieuw_id from historie.herkomst where soort = 'ZORGAANBIEDER' and legacy_id = ?")
                .param(p + "ZA")
                .query(UUID.class)
                .single();
        Map<String, Long> begin = cijfers();
        for (Geval g : GEVALLEN) {
            live(zorgaanbieder, g);
        }
        Map<String, Long> naLive = cijfers();
        Map<String, Long> doorLive = SamenvattingCijfersIT.verschil(begin, naLive);

        klok.zet("2036-03-02T10:00");
        Importverslag echt = importeer(pad, Importopties.allesOfNiets());
        assertThat(echt.fouten()).isEmpty();
        assertThat(echt.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(echt.nieuw()).containsEntry("MAATREGEL", 8L);
        assertThat(echt.ongewijzigd()).containsEntry("ZORGAANBIEDER", 1L);
        assertThat(echt.klopt()).isTrue();
        assertThat(echt.aansluiting())
                .filteredOn(r -> r.object().equals("maatregelen"))
                .extracting(r -> r.dimensie() + " " + r.waarde() + " " + r.bestand() + "/" + r.database())
                .contains(
                        "totaal  8/8",
                        "soort AANWIJZING 3/3",
                        "soort LAST_ONDER_DWANGSOM 1/1",
                        "jaar 2034 7/7",
                        "jaar 2035 1/1");
        Map<String, Long> doorImport = SamenvattingCijfersIT.verschil(naLive, cijfers());

        // every cell moved by the same amount, and the cells that count these measures did move
        assertThat(doorImport).isEqualTo(doorLive);
        assertThat(doorLive)
                .containsEntry("MAATREGEL_AANWIJZINGEN | MAATREGEL_AANWIJZINGEN | TOTAAL | 2034", 2L)
                .containsEntry("MAATREGEL_AANWIJZINGEN_LOPEND | MAATREGEL_AANWIJZINGEN_LOPEND | TOTAAL | 2034", 2L)
                .containsEntry("MAATREGEL_AANWIJZINGEN_LOPEND | MAATREGEL_AANWIJZINGEN_LOPEND | TOTAAL | 2035", 1L)
                .containsEntry("MAATREGEL_DWANGSOMMEN | MAATREGEL_DWANGSOMMEN | TOTAAL | 2034", 1L)
                .containsEntry("MAATREGEL_INVORDERINGEN | MAATREGEL_INVORDERINGEN | TOTAAL | 2035", 1L)
                .containsEntry("MAATREGEL_BOETES | MAATREGEL_BOETES | TOTAAL | 2034", 1L)
                .containsEntry("MAATREGEL_VERSCHERPT_LOPEND | MAATREGEL_VERSCHERPT_LOPEND | TOTAAL | 2034", 1L)
                .containsEntry("MAATREGEL_TUCHTKLACHTEN | MAATREGEL_TUCHTKLACHTEN | TOTAAL | 2035", 1L)
                .doesNotContainKey("MAATREGEL_VERSCHERPT_LOPEND | MAATREGEL_VERSCHERPT_LOPEND | TOTAAL | 2035");

        // stored as the file says, marked as imported, with their steps and exact money; not through the live flow
        assertThat(maatregelen(p))
                .containsExactly(
                        "H0 WAARSCHUWING OPGELEGD 2034-02-10 - 0.00/0.00/0.00/0.00 true 2",
                        "H1 AANWIJZING OPGEHEVEN 2034-03-20 2035-02-01 0.00/0.00/0.00/0.00 true 5",
                        "H2 AANWIJZING OPGELEGD 2034-12-31 - 0.00/0.00/0.00/0.00 true 3",
                        "H3 AANWIJZING HERROEPEN 2034-06-01 2034-08-01 0.00/0.00/0.00/0.00 true 5",
                        "H4 LAST_ONDER_DWANGSOM AFGEROND 2034-04-20 2035-03-02 1500.00/1500.00/1000.00/500.00 true 8",
                        "H5 BESTUURLIJKE_BOETE OPGELEGD 2034-10-01 - 0.00/12500.00/0.00/0.00 true 3",
                        "H6 VERSCHERPT_TOEZICHT OPGEHEVEN 2034-05-06 2035-06-30 0.00/0.00/0.00/0.00 true 3",
                        "H7 TUCHTKLACHT AFGEROND 2035-01-06 2035-09-01 0.00/0.00/0.00/0.00 true 3");
        assertThat(jdbc.sql(
                                "select count(*) from historie.herkomst h join handhaving.brief b on b.maatregel = h.nieuw_id"
                                        + " where h.soort = 'MAATREGEL' and h.legacy_id like ?")
                        .param(p + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        // its page and the API say it came in through the import
        UUID waarschuwing = jdbc.sql(
                        "select nieuw_id from historie.herkomst where soort = 'MAATREGEL' and legacy_id = ?")
                .param(p + "H0")
                .query(UUID.class)
                .single();
        Api.Antwoord pagina = jurist().get("/handhaving/" + waarschuwing);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst()).contains("id=\"geimporteerd\"", "Geïmporteerd uit het vorige systeem");
        assertThat(jurist().get("/api/v1/maatregelen/" + waarschuwing)
                        .json()
                        .get("geimporteerd")
                        .asBoolean())
                .isTrue();

        // the re-run stores nothing twice
        Importverslag nogmaals = importeer(pad, Importopties.allesOfNiets());
        assertThat(nogmaals.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(nogmaals.nieuw()).containsEntry("MAATREGEL", 0L);
        assertThat(nogmaals.ongewijzigd()).containsEntry("MAATREGEL", 8L);
        assertThat(nogmaals.klopt()).isTrue();
        assertThat(maatregelen(p)).hasSize(8);

        // the export writes them back, and they import again as they are (a dry run)
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.exporteer(uit);
        UUID dwangsom = jdbc.sql("select nieuw_id from historie.herkomst where soort = 'MAATREGEL' and legacy_id = ?")
                .param(p + "H4")
                .query(UUID.class)
                .single();
        List<String> terug = uit.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(r -> r.replace(" ", "").contains("\"id\":\"" + dwangsom + "\"")
                        || r.replace(" ", "").contains("\"id\":\"" + zorgaanbieder + "\""))
                .toList();
        assertThat(terug).hasSize(2);
        Historierecord.Maatregel gelezen = (Historierecord.Maatregel) new Regelparser().lees(terug.get(1));
        assertThat(gelezen.gegevens().stappen()).hasSize(8);
        assertThat(gelezen.gegevens().verbeurd()).isEqualByComparingTo("1500.00");
        assertThat(gelezen.gegevens().stappen().get(2).termijnTot()).hasToString("2034-05-04");
        String kvkNieuw = kvk();
        List<String> opnieuw = List.of(
                terug.get(0).replaceAll("\"kvkNummer\" *: *\"[0-9]+\"", "\"kvkNummer\":\"" + kvkNieuw + "\""),
                terug.get(1));
        Importverslag rondgang = importeer(bestand(p + "terug", opnieuw), new Importopties(true, null));
        assertThat(rondgang.fouten()).isEmpty();
        assertThat(rondgang.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(rondgang.nieuw()).containsEntry("MAATREGEL", 1L);
    }

    @Test
    void aBadMeasureIsRefusedOnItsLineAndFieldInDutchAndNothingOfItIsStored() throws Exception {
        String p = "F" + UUID.randomUUID().toString().substring(0, 8) + "-";
        klok.zet("2036-03-02T10:00");
        String goed = maatregel(p, 0, GEVALLEN.get(4));
        List<String> regels = List.of(
                zorgaanbieder(p, kvk()),
                goed.replace("\"soort\":\"LAST_ONDER_DWANGSOM\"", "\"soort\":\"GELDBOETE\""),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H2\"")
                        .replace(
                                "\"VOORNEMEN_VERZENDEN\",\"op\":\"2034-04-03\"",
                                "\"VOORNEMEN_VERZENDEN\",\"op\":\"2034-03-03\""),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H3\"")
                        .replace("\"500.00\",\"eenheid\"", "\"500.005\",\"eenheid\""),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H4\"")
                        .replace("\"bedrag\":1000}", "\"bedrag\":-1000}"),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H5\"").replace("2035-03-02", "2036-03-03"),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H6\"")
                        .replace("uit het oude systeem", "uit het oude \\u001b[2Jsysteem"),
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H7\"")
                        .replace("\"zorgaanbieder\":\"" + p + "ZA\"", "\"zorgaanbieder\":\"" + p + "ONBEKEND\""),
                // a collection decision before anything was forfeited: a step the flow does not allow from there
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H8\"")
                        .replace("\"VERBEURTE_VASTSTELLEN\"", "\"INVORDERING_VERZENDEN\""),
                // the file's total does not add up from the steps
                goed.replace("\"id\":\"" + p + "H0\"", "\"id\":\"" + p + "H9\"")
                        .replace("\"betaald\":\"1000.00\"", "\"betaald\":\"1000.01\""));
        Importverslag verslag = importeer(bestand(p, regels), Importopties.allesOfNiets());
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.AFGEWEZEN);
        assertThat(verslag.fouten())
                .extracting(f -> f.regel() + " " + f.veld() + " " + f.melding())
                .containsExactly(
                        "2 soort Onbekende waarde 'GELDBOETE'; mogelijk zijn: WAARSCHUWING, AANWIJZING, BEVEL,"
                                + " LAST_ONDER_DWANGSOM, BESTUURLIJKE_BOETE, VERSCHERPT_TOEZICHT, TUCHTKLACHT.",
                        "3 stappen[1].op Deze stap ligt vóór de stap ervoor: de stappen staan in de volgorde waarin ze"
                                + " zijn gezet.",
                        "4 bedrag Een bedrag heeft ten hoogste twee cijfers achter de komma; het wordt niet afgerond.",
                        "5 stappen[5].bedrag Een bedrag kan niet negatief zijn.",
                        "6 stappen[7].op Dit tijdstip ligt in de toekomst.",
                        "7 omschrijving Deze tekst bevat een stuurteken (zoals een escape-teken of NUL); dat wordt niet"
                                + " overgenomen.",
                        "8 zorgaanbieder Onbekende zorgaanbieder '" + p
                                + "ONBEKEND': niet eerder in dit bestand en niet eerder geïmporteerd.",
                        "9 stappen[3].stap De stap 'Invorderingsbeschikking ondertekenen en verzenden' kan niet vanuit de status"
                                + " 'Opgelegd'.",
                        "10 betaald Het bestand zegt 1000.01, de stappen tellen op tot 1000.00.");
        assertThat(maatregelen(p)).isEmpty();
        assertThat(jdbc.sql("select count(*) from historie.herkomst where legacy_id like ?")
                        .param(p + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
