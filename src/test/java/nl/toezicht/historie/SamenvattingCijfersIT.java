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
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.historie.Importverslag.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 item 7: the same cases imported once with their whole timelines and once as summaries (final
 * state only, receipts and closings as dates without a time) change every cell of the annual figures by the
 * same amount. The figures are not scoped by provider, so the test compares the deltas each import makes in
 * years no other test uses (2005 and 2006), unrounded (the analyst's form), in every table; the case data it
 * compares is scoped by its own legacy ids.
 */
@IntegratieTest
class SamenvattingCijfersIT {

    private static final int JAAR = 2005;

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

    /**
     * One case of the test: its notification's fields, the day (and, for the full timeline, the time) of
     * receipt and of closing, and the reason.
     */
    record Geval(
            String sector,
            String soort,
            String vlaggen,
            String ontvangen,
            String ontvangenTijd,
            String gesloten,
            String geslotenTijd,
            String reden) {}

    /** Received in 2005 and closed in 2005 or 2006; deaths, suicide, sexual misconduct, youth; 1 January and 31 December. */
    static final List<Geval> GEVALLEN = List.of(
            // 00:30 Dutch time on 1 January is 23:30 UTC on 31 December 2004: counted in 2005 all the same
            new Geval(
                    "GGZ",
                    "CALAMITEIT",
                    ",\"patientOverleden\":true,\"doorSuicide\":true",
                    "2005-01-01",
                    "T00:30:00+01:00",
                    "2005-03-15",
                    "T16:00:00+01:00",
                    "ONDERZOEK_VOLDOENDE"),
            new Geval(
                    "GGZ",
                    "KLACHT_OF_SIGNAAL",
                    "",
                    "2005-02-10",
                    "T09:00:00+01:00",
                    "2005-02-20",
                    "T11:00:00+01:00",
                    "GEEN_VERVOLG"),
            new Geval(
                    "JEUGD",
                    "CALAMITEIT",
                    ",\"suicidepoging\":true,\"geslotenJeugdinstelling\":true",
                    "2005-06-01",
                    "T14:05:00+02:00",
                    "2005-09-30",
                    "T10:00:00+02:00",
                    "MAATREGEL_VOORGESTELD"),
            new Geval(
                    "JEUGD",
                    "CALAMITEIT",
                    ",\"patientOverleden\":true,\"doorSuicide\":true",
                    "2005-07-07",
                    "T08:00:00+02:00",
                    "2006-01-10",
                    "T09:00:00+01:00",
                    "ONDERZOEK_VOLDOENDE"),
            new Geval(
                    "VERZORGING_EN_VERPLEGING",
                    "GEWELD_IN_ZORGRELATIE",
                    ",\"seksueelGrensoverschrijdend\":true,\"sggSoort\":\"TUSSEN_CLIENTEN\"",
                    "2005-10-03",
                    "T10:00:00+02:00",
                    "2005-10-20",
                    "T15:30:00+02:00",
                    "DOORVERWEZEN"),
            new Geval(
                    "VERZORGING_EN_VERPLEGING",
                    "CALAMITEIT",
                    ",\"patientOverleden\":true",
                    "2005-11-11",
                    "T11:11:00+01:00",
                    "2005-12-31",
                    "T23:30:00+01:00",
                    "GEEN_VERVOLG"),
            // received and closed on one day: as dates only, the closing counts as the moment of receipt
            new Geval(
                    "EERSTELIJNSZORG",
                    "KLACHT_OF_SIGNAAL",
                    "",
                    "2005-12-31",
                    "T22:00:00+01:00",
                    "2005-12-31",
                    "T23:00:00+01:00",
                    "GEEN_VERVOLG"));

    private static String melding(String p, int i, Geval g, boolean alleenDatum) {
        String ontvangen = alleenDatum ? g.ontvangen() : g.ontvangen() + g.ontvangenTijd();
        return """
                {"type":"melding","id":"%sM%d","bron":"ZORGAANBIEDER","kanaal":"WEBFORMULIER","soort":"%s",\
                "sector":"%s","ontvangenOp":"%s","omschrijving":"Melding %d"%s}""".formatted(p, i, g.soort(), g.sector(), ontvangen, i, g.vlaggen());
    }

    /** OPENEN at receipt, triage, SLUIT at the closing. */
    private static String volledig(String p, int i, Geval g) {
        String open = g.ontvangen() + g.ontvangenTijd();
        return """
                {"type":"zaak","id":"%sZ%d","meldingen":["%sM%d"],"sluitreden":"%s","tijdlijn":[\
                {"transitie":"OPENEN","op":"%s","door":"systeem"},\
                {"transitie":"START_TRIAGE","op":"%s","door":"intake"},\
                {"transitie":"SLUIT","op":"%s","door":"intake","toelichting":"Afgehandeld"}]}""".formatted(p, i, p, i, g.reden(), open, open, g.gesloten() + g.geslotenTijd());
    }

    private static String samenvatting(String p, int i, Geval g) {
        return """
                {"type":"zaak","id":"%sZ%d","meldingen":["%sM%d"],"sluitreden":"%s",\
                "samenvatting":{"geslotenOp":"%s","toelichting":"Afgehandeld <script>alert(1)</script>"}}""".formatted(p, i, p, i, g.reden(), g.gesloten());
    }

    private Path bestand(String p, boolean alsSamenvatting) throws Exception {
        List<String> regels = new ArrayList<>();
        for (int i = 0; i < GEVALLEN.size(); i++) {
            Geval g = GEVALLEN.get(i);
            regels.add(melding(p, i, g, alsSamenvatting));
            regels.add(alsSamenvatting ? samenvatting(p, i, g) : volledig(p, i, g));
        }
        Path pad = map.resolve(p + ".jsonl");
        Files.write(pad, regels, StandardCharsets.UTF_8);
        return pad;
    }

    private Importverslag importeer(Path pad, Importopties opties) {
        return historie.voerUit(historie.registreer(pad, opties));
    }

    /** Every unrounded cell of every table of the year: table, row, measure, sector and year → count. */
    private Map<String, Long> cijfers(int jaar) {
        return cijfers(port, jaar);
    }

    /** Every unrounded cell of every table of the year, read through the figures API as the analyst. */
    static Map<String, Long> cijfers(int port, int jaar) {
        Api.Antwoord antwoord = Api.op(port)
                .als("analist")
                .get("/api/v1/statistieken/voorlopig?jaar=" + jaar + "&vorm=ONGEAFROND&vergelijk=0");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        Map<String, Long> cellen = new TreeMap<>();
        for (JsonNode tabel : antwoord.json().get("tabellen")) {
            for (JsonNode rij : tabel.get("rijen")) {
                for (JsonNode cel : rij.get("cellen")) {
                    JsonNode waarde = cel.get("waarde");
                    if (waarde != null && !waarde.isNull()) {
                        cellen.put(
                                tabel.get("id").asString() + " | "
                                        + rij.get("sleutel").asString() + " | "
                                        + cel.get("grootheid").asString() + " | "
                                        + cel.get("sector").asString()
                                        + " | " + cel.get("jaar").asInt(),
                                waarde.asLong());
                    }
                }
            }
        }
        return cellen;
    }

    private Map<String, Long> alleCijfers() {
        Map<String, Long> alle = new TreeMap<>(cijfers(JAAR));
        alle.putAll(cijfers(JAAR + 1));
        return alle;
    }

    static Map<String, Long> verschil(Map<String, Long> voor, Map<String, Long> na) {
        Map<String, Long> verschil = new TreeMap<>();
        na.forEach((cel, waarde) -> {
            long d = waarde - voor.getOrDefault(cel, 0L);
            if (d != 0) {
                verschil.put(cel, d);
            }
        });
        voor.keySet().stream().filter(cel -> !na.containsKey(cel)).forEach(cel -> verschil.put(cel, -voor.get(cel)));
        return verschil;
    }

    /** What the cases of a prefix are in the data, per legacy case id: state, reason, days in Dutch time. */
    private List<String> zaken(String p) {
        return jdbc.sql("select substr(h.legacy_id, length(?) + 1) || ' ' || z.status || ' ' || z.sluitreden"
                        + " || ' ' || (z.ontvangen_op at time zone 'Europe/Amsterdam')::date"
                        + " || ' ' || (z.gesloten_op at time zone 'Europe/Amsterdam')::date"
                        + " || ' ' || z.sector || ' ' || z.afdeling || ' ' || m.status || ' ' || (z.referentie like 'Z-2005-%')"
                        + " from historie.herkomst h join zaken.zaak z on z.id = h.nieuw_id"
                        + " join zaken.zaak_melding zm on zm.zaak = z.id join meldingen.melding m on m.id = zm.melding_id"
                        + " where h.soort = 'ZAAK' and h.legacy_id like ? order by h.legacy_id")
                .params(p, p + "%")
                .query(String.class)
                .list();
    }

    @Test
    void summariesAndDateOnlyReceiptsAreCountedInEveryCellExactlyAsFullTimelines() throws Exception {
        klok.zet("2026-06-10T10:00");
        String volledig = "V" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String samengevat = "S" + UUID.randomUUID().toString().substring(0, 8) + "-";

        Map<String, Long> begin = alleCijfers();
        Importverslag eerste = importeer(bestand(volledig, false), Importopties.allesOfNiets());
        assertThat(eerste.fouten()).isEmpty();
        assertThat(eerste.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        Map<String, Long> naVolledig = alleCijfers();
        Map<String, Long> doorVolledig = verschil(begin, naVolledig);

        // a dry run of the summaries: judged, counted and reconciled, nothing stored, no figure moved
        Path samenvattingen = bestand(samengevat, true);
        Importverslag droog = importeer(samenvattingen, new Importopties(true, null));
        assertThat(droog.fouten()).isEmpty();
        assertThat(droog.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(droog.nieuw()).containsEntry("MELDING", 7L).containsEntry("ZAAK", 7L);
        assertThat(droog.klopt()).isTrue();
        assertThat(droog.aansluiting())
                .anySatisfy(r -> assertThat(r)
                        .extracting(Importverslag.Aansluitingsregel::dimensie, Importverslag.Aansluitingsregel::waarde)
                        .containsExactly("vorm", "SAMENVATTING"));
        assertThat(zaken(samengevat)).isEmpty();
        assertThat(alleCijfers()).isEqualTo(naVolledig);

        Importverslag tweede = importeer(samenvattingen, Importopties.allesOfNiets());
        assertThat(tweede.fouten()).isEmpty();
        assertThat(tweede.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(tweede.klopt()).isTrue();
        assertThat(tweede.aansluiting())
                .filteredOn(r -> r.object().equals("zaken") && r.dimensie().equals("vorm"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.waarde()).isEqualTo("SAMENVATTING");
                    assertThat(r.bestand()).isEqualTo(7);
                    assertThat(r.database()).isEqualTo(7);
                });
        Map<String, Long> doorSamenvatting = verschil(naVolledig, alleCijfers());

        // every cell moved by the same amount, and the cells that count these cases did move
        assertThat(doorSamenvatting).isEqualTo(doorVolledig);
        assertThat(doorVolledig)
                .containsEntry("ontvangen-meldingen | TOTAAL | ONTVANGEN | TOTAAL | 2005", 7L)
                .containsEntry("ontvangen-meldingen | TOTAAL | ONTVANGEN_CALAMITEIT | TOTAAL | 2005", 4L)
                // closed on 31 December at 23:30, or as a date only: 2005; closed on 10 January: 2006
                .containsEntry("afgesloten-meldingen | TOTAAL | GESLOTEN | TOTAAL | 2005", 6L)
                .containsEntry("afgesloten-meldingen | TOTAAL | GESLOTEN | TOTAAL | 2006", 1L)
                .containsEntry(
                        "seksueel-grensoverschrijdend-gedrag | TOTAAL | SGG_TUSSEN_CLIENTEN | TOTAAL | 2005", 1L);
        assertThat(doorVolledig.keySet())
                .anyMatch(cel -> cel.startsWith("jeugd-suicide | "))
                .anyMatch(cel -> cel.startsWith("overlijden | "))
                .anyMatch(cel -> cel.startsWith("productie | "));

        // the cases themselves: the same state, reason, days, sector, department and notification status
        assertThat(zaken(samengevat)).isEqualTo(zaken(volledig)).hasSize(7);

        // marked as summaries, each with one honest timeline entry at its closing
        assertThat(jdbc.sql(
                                "select count(*) filter (where z.samenvatting), count(*) from historie.herkomst h"
                                        + " join zaken.zaak z on z.id = h.nieuw_id where h.soort = 'ZAAK' and h.legacy_id like ?")
                        .param(samengevat + "%")
                        .query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2))
                        .single())
                .isEqualTo("7/7");
        assertThat(jdbc.sql(
                                "select count(*) filter (where z.samenvatting) from historie.herkomst h"
                                        + " join zaken.zaak z on z.id = h.nieuw_id where h.soort = 'ZAAK' and h.legacy_id like ?")
                        .param(volledig + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select distinct coalesce(s.van, '-') || ' ' || s.naar || ' ' || s.transitie || ' ' || s.door"
                                        + " || ' ' || (s.op = z.gesloten_op) || ' ' || (select count(*) from zaken.statuswijziging t"
                                        + " where t.zaak = z.id) from historie.herkomst h join zaken.zaak z on z.id = h.nieuw_id"
                                        + " join zaken.statuswijziging s on s.zaak = z.id"
                                        + " where h.soort = 'ZAAK' and h.legacy_id like ?")
                        .param(samengevat + "%")
                        .query(String.class)
                        .list())
                .containsExactly("- GESLOTEN SAMENVATTING_GEIMPORTEERD systeem true 1");
        // a date without a time is 12:00 Dutch time: 1 January stays 1 January 2005, in UTC too
        assertThat(jdbc.sql("select to_char(m.ontvangen_op at time zone 'UTC', 'YYYY-MM-DD HH24:MI')"
                                + " from historie.herkomst h join meldingen.melding m on m.id = h.nieuw_id"
                                + " where h.soort = 'MELDING' and h.legacy_id = ?")
                        .param(samengevat + "M0")
                        .query(String.class)
                        .single())
                .isEqualTo("2005-01-01 11:00");

        // the export writes a summary back as a summary (no steps), and it reads as the same summary
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.exporteer(uit);
        UUID zaak = jdbc.sql("select nieuw_id from historie.herkomst where soort = 'ZAAK' and legacy_id = ?")
                .param(samengevat + "Z5")
                .query(UUID.class)
                .single();
        String regel = uit.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(r -> r.replace(" ", "").contains("\"type\":\"zaak\",\"id\":\"" + zaak + "\""))
                .findFirst()
                .orElseThrow();
        Historierecord.Zaak gelezen = (Historierecord.Zaak) new Regelparser().lees(regel);
        assertThat(gelezen.tijdlijn()).isEmpty();
        assertThat(gelezen.samenvatting()).isNotNull();
        assertThat(gelezen.samenvatting().geslotenOp())
                .isEqualTo(jdbc.sql("select gesloten_op from zaken.zaak where id = ?")
                        .param(zaak)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant());
        assertThat(gelezen.samenvatting().toelichting()).isEqualTo("Afgehandeld <script>alert(1)</script>");
        assertThat(gelezen.sluitreden()).hasToString("GEEN_VERVOLG");

        // ... and its lines (the notification, then the case) import again as a summary (a dry run: nothing stored)
        UUID melding = jdbc.sql("select melding_id from zaken.zaak_melding where zaak = ?")
                .param(zaak)
                .query(UUID.class)
                .single();
        List<String> terug = uit.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(r -> r.replace(" ", "").contains("\"id\":\"" + melding + "\"")
                        || r.replace(" ", "").contains("\"id\":\"" + zaak + "\""))
                .toList();
        assertThat(terug).hasSize(2);
        Importverslag rondgang =
                importeer(Files.write(map.resolve("terug.jsonl"), terug), new Importopties(true, null));
        assertThat(rondgang.fouten()).isEmpty();
        assertThat(rondgang.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(rondgang.nieuw()).containsEntry("MELDING", 1L).containsEntry("ZAAK", 1L);
        assertThat(rondgang.klopt()).isTrue();
        assertThat(rondgang.aansluiting())
                .filteredOn(r -> r.object().equals("zaken") && r.dimensie().equals("vorm"))
                .singleElement()
                .satisfies(r -> assertThat(r.waarde()).isEqualTo("SAMENVATTING"));
    }
}
