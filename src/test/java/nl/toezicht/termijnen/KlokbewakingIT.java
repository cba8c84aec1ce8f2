package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The one overdue job for all clocks. Its clocks live in 1999 and 2000 (department SECTOROVERSTIJGEND), so
 * that a run "on" a day then marks nothing another test made.
 */
@IntegratieTest
@RecordApplicationEvents
class KlokbewakingIT {

    private static final Handelende INSPECTEUR = new Handelende("inspecteur", "INSPECTEUR");
    private static final Verantwoordelijke AFDELING = Verantwoordelijke.afdeling("SECTOROVERSTIJGEND");

    @Autowired
    Klokken klokken;

    @Autowired
    Klokbewaking bewaking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents gepubliceerd;

    private static Instant op(LocalDate datum) {
        return datum.atTime(LocalTime.NOON).atZone(Tijdzone.NEDERLAND).toInstant();
    }

    /** An MDR clock (15 calendar days, never moved): its deadline is day 0 + 15. */
    private KlokStand uiterlijk(LocalDate uiterlijk) {
        LocalDate dag0 = uiterlijk.minusDays(15);
        KlokStand klok = klokken.start(
                TestObjecten.nieuw(),
                "MDR_ERNSTIG_INCIDENT",
                Startpunt.datum(dag0),
                null,
                new Verantwoordelijke("SECTOROVERSTIJGEND", "inspecteur"),
                INSPECTEUR,
                op(dag0));
        assertThat(klok.uiterlijk()).isEqualTo(uiterlijk);
        return klok;
    }

    private long verstrekenRegels(KlokId id) {
        return jdbc.sql("select count(*) from termijnen.klokgebeurtenis where klok = ? and soort = 'VERSTREKEN'")
                .param(id.waarde())
                .query(Long.class)
                .single();
    }

    @Test
    void marksExactlyTheRunningClocksPastTheirDeadlineOnceAndAnnouncesThem() {
        KlokStand oud = uiterlijk(LocalDate.of(1999, 11, 16));
        KlokStand grens = uiterlijk(LocalDate.of(1999, 11, 20));
        KlokStand vers = uiterlijk(LocalDate.of(1999, 12, 4));
        KlokStand gestopt = uiterlijk(LocalDate.of(1999, 10, 16));
        klokken.stop(gestopt.id(), INSPECTEUR, op(LocalDate.of(1999, 10, 10)), "Rapport ontvangen");
        // decision on objection from 1 September 1999: 13 October; suspended before that
        KlokStand opgeschort = klokken.start(
                TestObjecten.nieuw(),
                "BESLISSING_OP_BEZWAAR",
                Startpunt.datum(LocalDate.of(1999, 9, 1)),
                null,
                AFDELING,
                INSPECTEUR,
                op(LocalDate.of(1999, 9, 1)));
        klokken.schortOp(opgeschort.id(), "VERZUIMHERSTEL", INSPECTEUR, op(LocalDate.of(1999, 10, 1)), null);

        // the deadline day itself is still on time
        List<KlokVerstreken> eerste = bewaking.markeerVerstreken(LocalDate.of(1999, 11, 20));
        assertThat(eerste)
                .extracting(KlokVerstreken::klok)
                .contains(oud.id())
                .doesNotContain(grens.id(), vers.id(), gestopt.id(), opgeschort.id());
        KlokVerstreken verstreken = eerste.stream()
                .filter(v -> v.klok().equals(oud.id()))
                .findFirst()
                .orElseThrow();
        assertThat(verstreken)
                .isEqualTo(new KlokVerstreken(
                        oud.id(),
                        "MDR_ERNSTIG_INCIDENT",
                        oud.object(),
                        "SECTOROVERSTIJGEND",
                        "inspecteur",
                        LocalDate.of(1999, 11, 16)));
        assertThat(gepubliceerd.stream(KlokVerstreken.class)).contains(verstreken);
        assertThat(klokken.vind(oud.id()).orElseThrow().teLaat()).isTrue();
        assertThat(klokken.vind(grens.id()).orElseThrow().teLaat()).isFalse();
        assertThat(klokken.vind(opgeschort.id()).orElseThrow().teLaat()).isFalse();
        assertThat(klokken.vind(gestopt.id()).orElseThrow().teLaat()).isFalse();
        Klokgebeurtenis regel = klokken.geschiedenis(oud.id()).get(1);
        assertThat(regel.soort()).isEqualTo(Klokgebeurtenis.Soort.VERSTREKEN);
        assertThat(regel.door()).isEqualTo(Klokbewaking.DOOR);
        assertThat(regel.uiterlijkNa()).isEqualTo(LocalDate.of(1999, 11, 16));
        assertThat(regel.op())
                .as("dated when the deadline passed, not when the job ran")
                .isEqualTo(LocalDate.of(1999, 11, 17)
                        .atStartOfDay(Tijdzone.NEDERLAND)
                        .toInstant());

        // once per clock: a second run on the same day marks and announces nothing of these
        List<KlokVerstreken> nogmaals = bewaking.markeerVerstreken(LocalDate.of(1999, 11, 20));
        assertThat(nogmaals).extracting(KlokVerstreken::klok).doesNotContain(oud.id());
        assertThat(verstrekenRegels(oud.id())).isEqualTo(1);

        List<KlokVerstreken> morgen = bewaking.markeerVerstreken(LocalDate.of(1999, 11, 21));
        assertThat(morgen).extracting(KlokVerstreken::klok).contains(grens.id()).doesNotContain(oud.id(), vers.id());

        // a marked clock can still be stopped, and stays marked late
        KlokStand laatGestopt = klokken.stop(oud.id(), INSPECTEUR, op(LocalDate.of(1999, 11, 22)), null);
        assertThat(laatGestopt.teLaat()).isTrue();
        assertThat(klokken.geschiedenis(oud.id()))
                .extracting(Klokgebeurtenis::volgnummer)
                .containsExactly(1, 2, 3);
        stop(List.of(grens.id(), vers.id(), opgeschort.id()));
    }

    /** Cleans up: a running clock of 1999 would stand in every later "due this week" list of intake. */
    private void stop(Iterable<KlokId> ids) {
        for (KlokId id : ids) {
            klokken.stop(id, INSPECTEUR, op(LocalDate.of(2000, 12, 31)), null);
        }
    }

    @Test
    void twoRunsAtOnceMarkEachClockOnce() throws Exception {
        Set<KlokId> eigen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            eigen.add(uiterlijk(LocalDate.of(2000, 1, 1).plusDays(i % 20)).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<KlokVerstreken>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return bewaking.markeerVerstreken(LocalDate.of(2000, 2, 1));
            }));
        }
        start.countDown();
        List<KlokId> gemarkeerd = new ArrayList<>();
        for (Future<List<KlokVerstreken>> run : runs) {
            run.get().stream().map(KlokVerstreken::klok).filter(eigen::contains).forEach(gemarkeerd::add);
        }
        pool.shutdown();
        assertThat(gemarkeerd).hasSize(eigen.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(gemarkeerd)).isEqualTo(eigen);
        for (KlokId id : eigen) {
            assertThat(verstrekenRegels(id)).as(id.toString()).isEqualTo(1);
        }
        stop(eigen);
    }

    @Test
    void theJobIsPlannedDailyInThePersistentScheduler() {
        Map<String, Object> taak = jdbc.sql(
                        "select task_instance, execution_time from scheduled_tasks where task_name = ?")
                .param("klokken-bewaken")
                .query()
                .singleRow();
        ZonedDateTime volgende =
                ((java.sql.Timestamp) taak.get("execution_time")).toInstant().atZone(Tijdzone.NEDERLAND);
        assertThat(volgende.toLocalTime()).isEqualTo(LocalTime.of(1, 10));
        assertThat(taak.get("task_instance")).isEqualTo("recurring");
    }
}
