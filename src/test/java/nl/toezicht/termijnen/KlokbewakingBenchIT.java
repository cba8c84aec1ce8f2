package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue job at scale (docs/PERFORMANCE.md, "Klokken"): 1,000,000 running clocks with their first history
 * line, 10,000 of them past their deadline. Each round resets those 10,000 and times the job, the bare
 * set-based UPDATE that marks them (the baseline: what the job adds is its history lines, the mapping and the
 * events), and a run with nothing to mark (every other day). Medians of {@value #RONDES} rounds.
 *
 * <p>Not part of the suite (it fills the test database with a million rows for a minute or two); run it alone:
 * {@code ./mvnw -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KlokbewakingBenchIT
 * -Dbench.klokken=true}. Its clocks live in 2100-2110, so they come in no other test's way.
 */
@IntegratieTest
@EnabledIfSystemProperty(named = "bench.klokken", matches = "true")
class KlokbewakingBenchIT {

    private static final int KLOKKEN = 1_000_000;
    private static final int VERLOPEN = 10_000;
    private static final int RONDES = 7;
    private static final LocalDate VANDAAG = LocalDate.of(2100, 6, 1);

    @Autowired
    Klokbewaking bewaking;

    @Autowired
    JdbcClient jdbc;

    @Test
    void marksTenThousandOverdueAmongAMillionClocks() {
        long vullen = System.nanoTime();
        // clock i: overdue when i < VERLOPEN (deadline in May 2100), otherwise due somewhere in the ten years after
        jdbc.sql("""
                        insert into termijnen.klok (id, soort, object_type, object_id, afdeling, behandelaar, status,
                            startdatum, lengte_aantal, lengte_eenheid, einde, uiterlijk, laatste_op, volgnummer)
                        select gen_random_uuid(), 'MDR_ERNSTIG_INCIDENT', 'BENCH', gen_random_uuid(),
                            (array['JEUGD','FARMACEUTISCHE_PRODUCTEN','GGZ','MEDISCHE_TECHNOLOGIE',
                                   'VERZORGING_EN_VERPLEGING','EERSTELIJNSZORG','ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN',
                                   'GEHANDICAPTENZORG','MEDISCH_SPECIALISTISCHE_ZORG','NETWERKZORG','PREVENTIE',
                                   'SECTOROVERSTIJGEND'])[1 + i % 12],
                            case when i % 3 = 0 then 'inspecteur.' || (i % 97) end,
                            'LOPEND', d - 15, 15, 'KALENDERDAGEN', d, d, (d - 15)::timestamptz, 1
                        from (select i, case when i < :verlopen then date '2100-05-01' + (i % 31)
                                             else date '2100-06-01' + (i % 3650) end as d
                              from generate_series(0, :klokken - 1) as i) as r
                        """).param("verlopen", VERLOPEN).param("klokken", KLOKKEN).update();
        jdbc.sql("""
                        insert into termijnen.klokgebeurtenis (klok, volgnummer, soort, door, op, lengte_aantal,
                            lengte_eenheid, uiterlijk_na, afdeling)
                        select id, 1, 'GESTART', 'bench', laatste_op, 15, 'KALENDERDAGEN', uiterlijk, afdeling
                        from termijnen.klok where object_type = 'BENCH'
                        """).update();
        jdbc.sql("vacuum analyze termijnen.klok").update();
        jdbc.sql("vacuum analyze termijnen.klokgebeurtenis").update();
        System.out.printf(
                Locale.ROOT,
                "BENCH klokken: %,d clocks and history written in %.1f s%n",
                KLOKKEN,
                (System.nanoTime() - vullen) / 1e9);

        List<Double> taak = new ArrayList<>();
        List<Double> kaal = new ArrayList<>();
        List<Double> leeg = new ArrayList<>();
        for (int ronde = 0; ronde < RONDES; ronde++) {
            herstel();
            long t0 = System.nanoTime();
            int gemarkeerd = bewaking.markeerVerstreken(VANDAAG).size();
            taak.add((System.nanoTime() - t0) / 1e6);
            assertThat(gemarkeerd).isEqualTo(VERLOPEN);

            long t1 = System.nanoTime();
            assertThat(bewaking.markeerVerstreken(VANDAAG)).isEmpty();
            leeg.add((System.nanoTime() - t1) / 1e6);

            herstel();
            long t2 = System.nanoTime();
            int kaalGemarkeerd = jdbc.sql("update termijnen.klok set te_laat = true"
                            + " where status = 'LOPEND' and not te_laat and uiterlijk < ?")
                    .param(VANDAAG)
                    .update();
            kaal.add((System.nanoTime() - t2) / 1e6);
            assertThat(kaalGemarkeerd).isEqualTo(VERLOPEN);
        }
        double mediaanTaak = mediaan(taak);
        double mediaanKaal = mediaan(kaal);
        System.out.printf(
                Locale.ROOT,
                "BENCH klokken: job %.0f ms (median of %d: %s), bare UPDATE %.0f ms (%s), ratio %.2f;"
                        + " run with nothing to mark %.1f ms (%s)%n",
                mediaanTaak,
                RONDES,
                rond(taak),
                mediaanKaal,
                rond(kaal),
                mediaanTaak / mediaanKaal,
                mediaan(leeg),
                rond(leeg));
        assertThat(jdbc.sql("select count(*) from termijnen.klokgebeurtenis where soort = 'VERSTREKEN'")
                        .query(Long.class)
                        .single())
                .isEqualTo((long) VERLOPEN * RONDES);
    }

    /** The 10,000 overdue clocks unmarked again (the history lines stay: it is append-only). */
    private void herstel() {
        jdbc.sql("update termijnen.klok set te_laat = false where object_type = 'BENCH' and te_laat")
                .update();
        jdbc.sql("vacuum analyze termijnen.klok").update();
    }

    private static double mediaan(List<Double> waarden) {
        List<Double> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }

    private static String rond(List<Double> waarden) {
        return waarden.stream()
                .map(w -> String.format(Locale.ROOT, "%.0f", w))
                .toList()
                .toString();
    }
}
