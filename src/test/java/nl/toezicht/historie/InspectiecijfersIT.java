package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.historie.Importverslag.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: activities imported from the history count in the production table ({@code toezichtproductie}) exactly as
 * the same activities carried out live: planned, started and their fieldwork done (or cancelled) through the
 * activity pages. As {@link SamenvattingCijfersIT}, it compares the deltas each way makes, unrounded, in every table,
 * in a year no other test uses (2011), and scopes its own data by its legacy ids.
 */
@IntegratieTest
class InspectiecijfersIT {

    private static final int JAAR = 2011;

    @Autowired
    HistorieImport historie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @LocalServerPort
    int port;

    @TempDir
    Path map;

    /** Kind, announcement, first day, whether it was cancelled (else carried out, fieldwork done). */
    record Activiteit(String soort, String aankondiging, String dag, boolean geannuleerd) {}

    static final List<Activiteit> ACTIVITEITEN = List.of(
            new Activiteit("BEZOEK", "ONAANGEKONDIGD", "2011-01-01", false),
            new Activiteit("BEZOEK", "DEELS_ONAANGEKONDIGD", "2011-03-04", false),
            new Activiteit("BUREAUONDERZOEK", "AANGEKONDIGD", "2011-06-10", false),
            new Activiteit("DIGITAAL_TOEZICHTGESPREK", "AANGEKONDIGD", "2011-12-31", false),
            new Activiteit("GESPREK_BURGERS", "AANGEKONDIGD", "2011-09-01", true));

    private Map<String, Long> cijfers() {
        return new TreeMap<>(SamenvattingCijfersIT.cijfers(port, JAAR));
    }

    private Importverslag importeer(String naam, List<String> regels) throws Exception {
        Path pad = map.resolve(naam);
        Files.write(pad, regels, StandardCharsets.UTF_8);
        Importverslag verslag = historie.voerUit(historie.registreer(pad, Importopties.allesOfNiets()));
        assertThat(verslag.fouten()).isEmpty();
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        return verslag;
    }

    private UUID nieuwId(String soort, String legacy) {
        return jdbc.sql("select nieuw_id from historie.herkomst where soort = ? and legacy_id = ?")
                .params(soort, legacy)
                .query(UUID.class)
                .single();
    }

    @Test
    void importedActivitiesCountInTheProductionTableExactlyAsLiveOnes() throws Exception {
        klok.zet("2026-06-10T10:00");
        String p = "C" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String kvk = Integer.toString(20_000_000 + ThreadLocalRandom.current().nextInt(70_000_000));
        importeer(p + "aanbieder.jsonl", List.of("""
                {"type":"zorgaanbieder","id":"%sZA","naam":"Zorggroep Productie","kvkNummer":"%s","sectoren":["GGZ"],\
                "locaties":[{"id":"%sL1","adres":"Dorpsstraat 1","postcode":"1234 ab","plaats":"Ons Dorp","gemeente":"Ons Dorp"}]}""".formatted(p, kvk, p)));
        UUID aanbieder = nieuwId("ZORGAANBIEDER", p + "ZA");
        UUID locatie = nieuwId("LOCATIE", p + "L1");

        // live: planned through the page, started and fieldwork done (or cancelled) through the flow
        Map<String, Long> begin = cijfers();
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        for (Activiteit a : ACTIVITEITEN) {
            Map<String, String> velden = new HashMap<>();
            velden.put("soort", a.soort());
            velden.put("aankondiging", a.aankondiging());
            velden.put("afdeling", "GGZ");
            velden.put("aanleiding", "THEMA");
            velden.put("aanleidingOmschrijving", "Productietest");
            velden.put("zorgaanbieder", aanbieder.toString());
            if (a.soort().equals("BEZOEK")) {
                velden.put("locaties", locatie.toString());
            }
            velden.put("leider", "inspecteur.ggz");
            velden.put("begindatum", a.dag());
            ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + aanbieder + "&afdeling=GGZ");
            String naar = ggz.post("/inspecties/activiteiten", velden).header("Location");
            assertThat(naar).as(a.toString()).matches(".*/inspecties/activiteiten/[0-9a-f-]{36}");
            UUID id = UUID.fromString(naar.substring(naar.lastIndexOf('/') + 1));
            for (String stap : a.geannuleerd() ? List.of("ANNULEREN") : List.of("STARTEN", "VELDWERK_AFRONDEN")) {
                ggz.get("/inspecties/activiteiten/" + id);
                ggz.post("/inspecties/activiteiten/" + id + "/stappen", Map.of("stap", stap));
            }
            assertThat(jdbc.sql("select status from inspecties.toezichtactiviteit where id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(a.geannuleerd() ? "GEANNULEERD" : "VELDWERK_AFGEROND");
        }
        Map<String, Long> naLive = cijfers();
        Map<String, Long> doorLive = SamenvattingCijfersIT.verschil(begin, naLive);

        // imported: the same activities as the old system had them
        StringBuilder regels = new StringBuilder();
        for (int i = 0; i < ACTIVITEITEN.size(); i++) {
            Activiteit a = ACTIVITEITEN.get(i);
            regels.append("""
                    {"type":"toezichtactiviteit","id":"%sA%d","soort":"%s","aankondiging":"%s","aanleiding":"THEMA",\
                    "afdeling":"GGZ","zorgaanbieder":"%sZA",%s"team":[{"naam":"Mw. Vroeger","leider":true}],\
                    "begindatum":"%s","status":"%s"}
                    """.formatted(
                            p,
                            i,
                            a.soort(),
                            a.aankondiging(),
                            p,
                            a.soort().equals("BEZOEK") ? "\"locaties\":[\"" + p + "L1\"]," : "",
                            a.dag(),
                            a.geannuleerd() ? "GEANNULEERD" : "VELDWERK_AFGEROND"));
        }
        importeer(p + "activiteiten.jsonl", List.of(regels.toString().strip().split("\n")));
        Map<String, Long> doorImport = SamenvattingCijfersIT.verschil(naLive, cijfers());

        assertThat(doorImport).isEqualTo(doorLive);
        assertThat(doorLive)
                .containsEntry("toezichtproductie | BEZOEKEN | BEZOEKEN | TOTAAL | " + JAAR, 2L)
                .containsEntry(
                        "toezichtproductie | BEZOEKEN_ONAANGEKONDIGD | BEZOEKEN_ONAANGEKONDIGD | TOTAAL | " + JAAR, 1L)
                .containsEntry("toezichtproductie | BUREAUONDERZOEKEN | BUREAUONDERZOEKEN | TOTAAL | " + JAAR, 1L);
        assertThat(doorLive.keySet()).noneMatch(cel -> cel.contains("GESPREKKEN_BURGERS"));
    }
}
