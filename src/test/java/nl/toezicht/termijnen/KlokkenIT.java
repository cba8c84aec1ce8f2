package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clocks stored in schema termijnen: commands, their history, the database guarding that history, and
 * commands on one clock taking turns. (Clocks of this test run in department GGZ with dates in 2025-2026.)
 */
@IntegratieTest
class KlokkenIT {

    private static final Handelende JURIST = new Handelende("jurist.ggz", "JURIST");
    private static final Verantwoordelijke GGZ = Verantwoordelijke.afdeling("GGZ");

    @Autowired
    Klokken klokken;

    @Autowired
    JdbcClient jdbc;

    private static Instant op(String datum) {
        return LocalDate.parse(datum)
                .atTime(LocalTime.of(10, 0))
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
    }

    private KlokStand bezwaar(Objectverwijzing object) {
        return klokken.start(
                object,
                "BESLISSING_OP_BEZWAAR",
                Startpunt.datum(LocalDate.of(2025, 12, 29)),
                null,
                GGZ,
                JURIST,
                op("2025-12-29"));
    }

    @Test
    void everyCommandAnswersTheClockAsStoredAndLeavesAHistoryLine() {
        Objectverwijzing object = TestObjecten.nieuw();
        KlokStand gestart = bezwaar(object);
        assertThat(gestart.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(gestart.status()).isEqualTo(Klokstatus.LOPEND);
        assertThat(klokken.vind(gestart.id())).contains(gestart);
        assertThat(klokken.open(object, "BESLISSING_OP_BEZWAAR")).contains(gestart);

        KlokStand opgeschort =
                klokken.schortOp(gestart.id(), "VERZUIMHERSTEL", JURIST, op("2026-01-09"), "Handtekening ontbreekt");
        assertThat(opgeschort.status()).isEqualTo(Klokstatus.OPGESCHORT);
        assertThat(opgeschort.opschortingsgrond()).isEqualTo("VERZUIMHERSTEL");
        assertThat(klokken.vind(gestart.id())).contains(opgeschort);

        KlokStand hervat = klokken.hervat(gestart.id(), JURIST, op("2026-01-12"), null);
        assertThat(hervat.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 11));
        KlokStand verlengd =
                klokken.verleng(gestart.id(), "VERDAGING", Lengte.weken(6), JURIST, op("2026-02-02"), "Advies");
        assertThat(verlengd.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(klokken.vind(gestart.id())).contains(verlengd);

        KlokStand gestopt = klokken.stop(gestart.id(), JURIST, op("2026-03-20"), "Besluit verzonden");
        assertThat(gestopt.status()).isEqualTo(Klokstatus.GESTOPT);
        assertThat(gestopt.gestoptOp()).isEqualTo(op("2026-03-20"));
        assertThat(gestopt.teLaat()).isFalse();
        assertThat(klokken.open(object, "BESLISSING_OP_BEZWAAR")).isEmpty();
        assertThat(klokken.vanObject(object)).containsExactly(gestopt);

        List<Klokgebeurtenis> geschiedenis = klokken.geschiedenis(gestart.id());
        assertThat(geschiedenis)
                .extracting(Klokgebeurtenis::soort, Klokgebeurtenis::uiterlijkVoor, Klokgebeurtenis::uiterlijkNa)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Klokgebeurtenis.Soort.GESTART, null, LocalDate.of(2026, 2, 9)),
                        org.assertj.core.groups.Tuple.tuple(
                                Klokgebeurtenis.Soort.OPGESCHORT, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 9)),
                        org.assertj.core.groups.Tuple.tuple(
                                Klokgebeurtenis.Soort.HERVAT, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 11)),
                        org.assertj.core.groups.Tuple.tuple(
                                Klokgebeurtenis.Soort.VERLENGD, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 25)),
                        org.assertj.core.groups.Tuple.tuple(
                                Klokgebeurtenis.Soort.GESTOPT, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 25)));
        assertThat(geschiedenis.get(1).toelichting()).isEqualTo("Handtekening ontbreekt");
        assertThat(geschiedenis.get(3).lengte()).isEqualTo(Lengte.weken(6));
        assertThat(geschiedenis.get(3).door()).isEqualTo("jurist.ggz");
        assertThat(geschiedenis.get(0).verantwoordelijke()).isEqualTo(GGZ);
    }

    @Test
    void aRefusedCommandChangesNothing() {
        KlokStand klok = bezwaar(TestObjecten.nieuw());
        Handelende inspecteur = new Handelende("inspecteur.ggz", "INSPECTEUR");
        assertThatThrownBy(() ->
                        klokken.verleng(klok.id(), "VERDAGING", Lengte.weken(6), inspecteur, op("2026-01-05"), "Graag"))
                .isInstanceOf(Weigering.class)
                .hasMessage("klok.verlengen.niet-bevoegd");
        assertThatThrownBy(() ->
                        klokken.verleng(klok.id(), "VERDAGING", Lengte.weken(7), JURIST, op("2026-01-05"), "Graag"))
                .isInstanceOf(Weigering.class)
                .hasMessage("klok.verlengen.te-lang");
        assertThat(klokken.vind(klok.id())).contains(klok);
        assertThat(klokken.geschiedenis(klok.id())).hasSize(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteHistory() {
        KlokStand klok = bezwaar(TestObjecten.nieuw());
        assertThatThrownBy(() -> jdbc.sql("update termijnen.klokgebeurtenis set door = 'iemand anders' where klok = ?")
                        .param(klok.id().waarde())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThatThrownBy(() -> jdbc.sql("delete from termijnen.klokgebeurtenis where klok = ?")
                        .param(klok.id().waarde())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThatThrownBy(() -> jdbc.sql("truncate termijnen.klokgebeurtenis").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThat(klokken.geschiedenis(klok.id())).hasSize(1);
    }

    @Test
    void startingWithTheSameIdTwiceStartsOneClock() {
        Objectverwijzing object = TestObjecten.nieuw();
        KlokId id = KlokId.nieuw();
        KlokStand eerste = klokken.start(
                id,
                object,
                "ZIENSWIJZE",
                Startpunt.datum(LocalDate.of(2026, 1, 5)),
                Lengte.weken(3),
                GGZ,
                JURIST,
                op("2026-01-05"));
        KlokStand nogmaals = klokken.start(
                id,
                object,
                "ZIENSWIJZE",
                Startpunt.datum(LocalDate.of(2026, 1, 6)),
                null,
                GGZ,
                JURIST,
                op("2026-01-06"));
        assertThat(nogmaals).isEqualTo(eerste);
        assertThat(eerste.uiterlijk()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(klokken.geschiedenis(id)).hasSize(1);
        assertThatThrownBy(() -> klokken.start(
                        id,
                        TestObjecten.nieuw(),
                        "ZIENSWIJZE",
                        Startpunt.datum(LocalDate.of(2026, 1, 6)),
                        null,
                        GGZ,
                        JURIST,
                        op("2026-01-06")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnUnknownKindAndAnswersNotFoundForAnUnknownClock() {
        assertThatThrownBy(() -> klokken.start(
                        TestObjecten.nieuw(),
                        "GEEN_SOORT",
                        Startpunt.datum(LocalDate.of(2026, 1, 5)),
                        null,
                        GGZ,
                        JURIST,
                        op("2026-01-05")))
                .isInstanceOf(Weigering.class)
                .extracting("veld")
                .isEqualTo("soort");
        assertThatThrownBy(() -> klokken.stop(KlokId.nieuw(), JURIST, op("2026-01-05"), null))
                .isInstanceOf(NietGevonden.class);
    }

    @Test
    void reassigningAnObjectMovesAllItsClocksThatHaveNotStopped() {
        Objectverwijzing object = TestObjecten.nieuw();
        KlokStand bezwaar = bezwaar(object);
        KlokStand zienswijze = klokken.start(
                object, "ZIENSWIJZE", Startpunt.datum(LocalDate.of(2026, 1, 5)), null, GGZ, JURIST, op("2026-01-05"));
        klokken.stop(zienswijze.id(), JURIST, op("2026-01-06"), null);

        Verantwoordelijke jurist = new Verantwoordelijke("GGZ", "jurist.ggz");
        List<KlokStand> toegewezen = klokken.wijsObjectToe(object, jurist, JURIST, op("2026-01-07"));
        assertThat(toegewezen).extracting(KlokStand::id).containsExactly(bezwaar.id());
        assertThat(klokken.vind(bezwaar.id()).orElseThrow().verantwoordelijke()).isEqualTo(jurist);
        assertThat(klokken.vind(zienswijze.id()).orElseThrow().verantwoordelijke())
                .isEqualTo(GGZ);
        assertThat(klokken.geschiedenis(bezwaar.id())).last().satisfies(g -> {
            assertThat(g.soort()).isEqualTo(Klokgebeurtenis.Soort.TOEGEWEZEN);
            assertThat(g.verantwoordelijke()).isEqualTo(jurist);
        });
    }

    @Test
    void twoExtensionsAtOnceOfAOnceOnlyRuleGrantOne() throws Exception {
        KlokStand klok = bezwaar(TestObjecten.nieuw());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> uitkomsten = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            uitkomsten.add(pool.submit(() -> {
                start.await();
                try {
                    klokken.verleng(klok.id(), "VERDAGING", Lengte.weken(6), JURIST, op("2026-01-20"), "Advies");
                    return "verlengd";
                } catch (Weigering w) {
                    return w.berichtSleutel();
                }
            }));
        }
        start.countDown();
        List<String> resultaat = new ArrayList<>();
        for (Future<String> f : uitkomsten) {
            resultaat.add(f.get());
        }
        pool.shutdown();
        assertThat(resultaat).containsExactlyInAnyOrder("verlengd", "klok.verlengen.te-vaak");
        assertThat(klokken.vind(klok.id()).orElseThrow().uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(klokken.geschiedenis(klok.id())).hasSize(2);
    }
}
