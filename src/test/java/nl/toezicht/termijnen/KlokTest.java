package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;

/**
 * A clock's rules without a database: suspension moves the deadline by the time it stood still (Awb 4:15:
 * from the day after until the day of resumption), extensions stay within the kind's rules, and every
 * command leaves a history line with the deadline before and after.
 */
class KlokTest {

    private static final Kloksoorten SOORTEN = Kloksoorten.standaard();
    private static final Termijnrekening REKENING = SOORTEN.rekening();
    private static final Handelende INSPECTEUR = new Handelende("inspecteur.ggz", "INSPECTEUR");
    private static final Handelende JURIST = new Handelende("jurist.ggz", "JURIST");
    private static final Objectverwijzing ZAAK = new Objectverwijzing("ZAAK", UUID.randomUUID());

    /** 10:00 Dutch time on that day. */
    private static Instant op(String datum) {
        return LocalDate.parse(datum)
                .atTime(LocalTime.of(10, 0))
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
    }

    private static Klok start(String soort, String dag0) {
        return Klok.start(
                KlokId.nieuw(),
                SOORTEN.soort(soort),
                ZAAK,
                Startpunt.datum(LocalDate.parse(dag0)),
                null,
                Verantwoordelijke.afdeling("GGZ"),
                INSPECTEUR,
                op(dag0),
                REKENING);
    }

    private static Weigering weigering(Runnable actie) {
        try {
            actie.run();
        } catch (Weigering w) {
            return w;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aWorkingDayClockSuspendedOverAWeekendKeepsItsDeadline() {
        // 20 working days from Monday 2 February 2026: Monday 2 March
        Klok klok = start("BEOORDELING", "2026-02-02");
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 2));
        klok.schortOp("WACHT_OP_INFORMATIE", INSPECTEUR, op("2026-02-06"), "Gegevens opgevraagd");
        assertThat(klok.stand().status()).isEqualTo(Klokstatus.OPGESCHORT);
        assertThat(klok.stand().opgeschortSinds()).isEqualTo(LocalDate.of(2026, 2, 6));
        // stood still on Saturday and Sunday only: no working day lost
        klok.hervat(INSPECTEUR, op("2026-02-09"), null, REKENING);
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(klok.stand().status()).isEqualTo(Klokstatus.LOPEND);
    }

    @Test
    void aWorkingDayClockSuspendedOverChristmasMovesByTheWorkingDaysItStoodStill() {
        // 20 working days from Monday 1 December 2025: Wednesday 31 December
        Klok klok = start("BEOORDELING", "2025-12-01");
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2025, 12, 31));
        // stopped Tuesday 23 December, running again Friday 2 January: still from 24 Dec to 1 Jan, of which
        // 24, 29, 30 and 31 December are working days (25, 26 Dec and 1 Jan are holidays)
        klok.schortOp("WACHT_OP_INFORMATIE", INSPECTEUR, op("2025-12-23"), null);
        klok.hervat(INSPECTEUR, op("2026-01-02"), null, REKENING);
        // 31 December + 4 working days: 2, 5, 6, 7 January
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void aWeeksClockSuspendedOverAWeekendMovesByTheCalendarDays() {
        // decision on objection: 6 weeks from the day after the objection period ended on 29 Dec 2025
        Klok klok = start("BESLISSING_OP_BEZWAAR", "2025-12-29");
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 9));
        // asked to repair an omission on Friday 9 January, repaired Monday 12: Saturday and Sunday stood still
        klok.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-09"), "Handtekening ontbreekt");
        klok.hervat(JURIST, op("2026-01-12"), "Hersteld", REKENING);
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void aWeeksClockSuspendedOverChristmasMovesByTheCalendarDaysAndOffTheHoliday() {
        // 6 weeks from 17 November 2025: Monday 29 December
        Klok klok = start("BESLISSING_OP_BEZWAAR", "2025-11-17");
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2025, 12, 29));
        // from Tuesday 23 December to Friday 2 January: 24 Dec up to 1 Jan, 9 days, stood still
        klok.schortOp("VERZUIMHERSTEL", JURIST, op("2025-12-23"), null);
        klok.hervat(JURIST, op("2026-01-02"), null, REKENING);
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 1, 7));

        // the same with a suspension that makes the end fall on Good Friday 2026 (3 April): moved to Tuesday 7
        Klok bezwaar = start("BESLISSING_OP_BEZWAAR", "2026-02-16");
        assertThat(bezwaar.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 30));
        bezwaar.schortOp("VERZUIMHERSTEL", JURIST, op("2026-03-02"), null);
        bezwaar.hervat(JURIST, op("2026-03-07"), null, REKENING);
        // 3, 4, 5 and 6 March stood still: 30 March + 4 days = Friday 3 April, Good Friday (Atw art. 3 lid 2)
        assertThat(bezwaar.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void resumingTheNextDayCostsNothing() {
        Klok klok = start("BESLISSING_OP_BEZWAAR", "2025-12-29");
        klok.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-13"), null);
        klok.hervat(JURIST, op("2026-01-14"), null, REKENING);
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 9));
    }

    @Test
    void refusesSuspensionsTheKindDoesNotKnowOrTheStateDoesNotAllow() {
        Klok bezwaartermijn = start("BEZWAARTERMIJN", "2026-01-05");
        Weigering nietOpschortbaar =
                weigering(() -> bezwaartermijn.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-06"), null));
        assertThat(nietOpschortbaar.berichtSleutel()).isEqualTo("klok.opschorten.niet-mogelijk");
        assertThat(nietOpschortbaar.veld()).isEqualTo("grond");

        Klok bezwaar = start("BESLISSING_OP_BEZWAAR", "2025-12-29");
        assertThat(weigering(() -> bezwaar.schortOp("WACHT_OP_INFORMATIE", JURIST, op("2026-01-06"), null))
                        .berichtSleutel())
                .isEqualTo("klok.opschorten.grond-onbekend");
        assertThat(weigering(() -> bezwaar.hervat(JURIST, op("2026-01-06"), null, REKENING))
                        .berichtSleutel())
                .isEqualTo("klok.hervatten.niet-opgeschort");
        bezwaar.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-06"), null);
        assertThat(weigering(() -> bezwaar.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-07"), null))
                        .berichtSleutel())
                .isEqualTo("klok.opschorten.al-opgeschort");

        // a clock past its deadline cannot be suspended any more; on the deadline day itself it can
        Klok verlopen = start("BESLISSING_OP_BEZWAAR", "2025-12-29");
        assertThat(weigering(() -> verlopen.schortOp("VERZUIMHERSTEL", JURIST, op("2026-02-10"), null))
                        .berichtSleutel())
                .isEqualTo("klok.opschorten.verstreken");
        verlopen.schortOp("VERZUIMHERSTEL", JURIST, op("2026-02-09"), null);
        assertThat(verlopen.stand().status()).isEqualTo(Klokstatus.OPGESCHORT);
    }

    @Test
    void extendsAComplaintOnceByAtMostFourWeeksDecidedByALegalOfficer() {
        // Awb 9:11: received Friday 23 January 2026, 6 weeks: Friday 6 March
        Klok klacht = start("KLACHTAFHANDELING", "2026-01-23");
        assertThat(klacht.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 6));

        Weigering nietBevoegd = weigering(() -> klacht.verleng(
                "VERDAGING", Lengte.weken(4), INSPECTEUR, op("2026-02-20"), "Hoorzitting nodig", REKENING));
        assertThat(nietBevoegd.berichtSleutel()).isEqualTo("klok.verlengen.niet-bevoegd");
        Weigering teLang = weigering(() ->
                klacht.verleng("VERDAGING", Lengte.weken(5), JURIST, op("2026-02-20"), "Hoorzitting nodig", REKENING));
        assertThat(teLang.berichtSleutel()).isEqualTo("klok.verlengen.te-lang");
        assertThat(teLang.veld()).isEqualTo("lengte");
        Weigering eenheid = weigering(() -> klacht.verleng(
                "VERDAGING", Lengte.werkdagen(10), JURIST, op("2026-02-20"), "Hoorzitting nodig", REKENING));
        assertThat(eenheid.berichtSleutel()).isEqualTo("klok.verlengen.eenheid");
        Weigering zonderReden =
                weigering(() -> klacht.verleng("VERDAGING", Lengte.weken(4), JURIST, op("2026-02-20"), " ", REKENING));
        assertThat(zonderReden.veld()).isEqualTo("reden");
        Weigering onbekend = weigering(() ->
                klacht.verleng("UITSTEL_OP_VERZOEK", Lengte.weken(1), JURIST, op("2026-02-20"), "Verzoek", REKENING));
        assertThat(onbekend.berichtSleutel()).isEqualTo("klok.verlengen.regel-onbekend");
        assertThat(klacht.uiterlijk()).as("refusals change nothing").isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(klacht.nieuweGebeurtenissen()).hasSize(1);

        // 4 weeks: Friday 3 April 2026 is Good Friday (Atw art. 3 lid 2), then Easter: Tuesday 7 April
        klacht.verleng("VERDAGING", Lengte.weken(4), JURIST, op("2026-02-20"), "Hoorzitting nodig", REKENING);
        assertThat(klacht.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 7));
        Weigering tweedeKeer = weigering(
                () -> klacht.verleng("VERDAGING", Lengte.weken(1), JURIST, op("2026-02-21"), "Nog een keer", REKENING));
        assertThat(tweedeKeer.berichtSleutel()).isEqualTo("klok.verlengen.te-vaak");

        // further postponement with the complainant's consent: no limit on count or length
        klacht.verleng(
                "UITSTEL_MET_INSTEMMING", Lengte.weken(2), JURIST, op("2026-03-30"), "Klager stemt in", REKENING);
        klacht.verleng(
                "UITSTEL_MET_INSTEMMING", Lengte.kalenderdagen(3), JURIST, op("2026-04-15"), "Opnieuw", REKENING);
        // computed end: 6 March + 4 weeks = 3 April, + 2 weeks = 17 April, + 3 days = Monday 20 April
        assertThat(klacht.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void anExtensionComesBeforeTheDeadlinePasses() {
        Klok boete = start("BESTUURLIJKE_BOETE", "2025-09-25");
        assertThat(boete.uiterlijk()).isEqualTo(LocalDate.of(2025, 12, 25));
        Weigering teLaat = weigering(() ->
                boete.verleng("VERDAGING", Lengte.weken(13), JURIST, op("2025-12-26"), "Te laat bedacht", REKENING));
        assertThat(teLaat.berichtSleutel()).isEqualTo("klok.verlengen.verstreken");
        // on the last day it still can: 13 weeks more, 26 March 2026 (Awb 5:51 lid 2), not moved
        boete.verleng("VERDAGING", Lengte.weken(13), JURIST, op("2025-12-25"), "Zienswijze komt laat", REKENING);
        assertThat(boete.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void kindsWithoutExtensionRulesCannotBeExtended() {
        Klok bezwaartermijn = start("BEZWAARTERMIJN", "2026-01-05");
        assertThat(weigering(() -> bezwaartermijn.verleng(
                                "VERDAGING", Lengte.weken(1), JURIST, op("2026-01-06"), "Graag", REKENING))
                        .berichtSleutel())
                .isEqualTo("klok.verlengen.niet-mogelijk");
    }

    @Test
    void aLengthGivenAtTheStartIsRefusedWhereTheLawSetsIt() {
        Weigering vast = weigering(() -> Klok.start(
                KlokId.nieuw(),
                SOORTEN.soort("BEZWAARTERMIJN"),
                ZAAK,
                Startpunt.datum(LocalDate.of(2026, 1, 5)),
                Lengte.weken(8),
                Verantwoordelijke.afdeling("GGZ"),
                JURIST,
                op("2026-01-05"),
                REKENING));
        assertThat(vast.berichtSleutel()).isEqualTo("klok.start.lengte-vast");
        assertThat(vast.veld()).isEqualTo("lengte");
        Weigering absurd = weigering(() -> Klok.start(
                KlokId.nieuw(),
                SOORTEN.soort("ZIENSWIJZE"),
                ZAAK,
                Startpunt.datum(LocalDate.of(2026, 1, 5)),
                Lengte.jaren(10),
                Verantwoordelijke.afdeling("GGZ"),
                JURIST,
                op("2026-01-05"),
                REKENING));
        assertThat(absurd.berichtSleutel()).isEqualTo("klok.start.lengte-ongeldig");
        Klok tienDagen = Klok.start(
                KlokId.nieuw(),
                SOORTEN.soort("ZIENSWIJZE"),
                ZAAK,
                Startpunt.datum(LocalDate.of(2026, 1, 5)),
                Lengte.kalenderdagen(10),
                Verantwoordelijke.afdeling("GGZ"),
                JURIST,
                op("2026-01-05"),
                REKENING);
        assertThat(tienDagen.uiterlijk()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(tienDagen.stand().lengte()).isEqualTo(Lengte.kalenderdagen(10));
    }

    @Test
    void stoppedAfterTheDeadlineItStaysMarkedLateAndAcceptsNothingMore() {
        Klok klok = start("AANVULLING_ZORGAANBIEDER", "2026-01-05");
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 2, 2));
        klok.stop(INSPECTEUR, op("2026-02-03"), "Aanvulling ontvangen");
        assertThat(klok.stand().teLaat()).isTrue();
        assertThat(klok.stand().status()).isEqualTo(Klokstatus.GESTOPT);
        assertThat(weigering(() -> klok.stop(INSPECTEUR, op("2026-02-04"), null))
                        .berichtSleutel())
                .isEqualTo("klok.gestopt");
        assertThat(weigering(() -> klok.wijsToe(Verantwoordelijke.afdeling("JEUGD"), INSPECTEUR, op("2026-02-04")))
                        .berichtSleutel())
                .isEqualTo("klok.gestopt");

        Klok opTijd = start("AANVULLING_ZORGAANBIEDER", "2026-01-05");
        opTijd.stop(INSPECTEUR, op("2026-02-02"), null);
        assertThat(opTijd.stand().teLaat())
                .as("the deadline day itself is on time")
                .isFalse();
    }

    @Test
    void aCommandCannotBeDatedBeforeTheLastLineOfTheHistory() {
        Klok klok = start("BEOORDELING", "2026-02-02");
        Weigering vroeger = weigering(() -> klok.stop(INSPECTEUR, op("2026-02-01"), null));
        assertThat(vroeger.berichtSleutel()).isEqualTo("klok.volgorde");
        assertThat(vroeger.veld()).isEqualTo("op");
    }

    @Test
    void theHistoryTellsWhoDidWhatWhenWhyAndWhatItDidToTheDeadline() {
        Klok klok = start("BESLISSING_OP_BEZWAAR", "2025-12-29");
        klok.schortOp("VERZUIMHERSTEL", JURIST, op("2026-01-09"), "Handtekening ontbreekt");
        klok.verleng("VERDAGING", Lengte.weken(6), JURIST, op("2026-01-10"), "Advies nodig", REKENING);
        klok.hervat(JURIST, op("2026-01-12"), "Hersteld", REKENING);
        klok.wijsToe(new Verantwoordelijke("GGZ", "jurist.ggz"), INSPECTEUR, op("2026-01-12"));
        klok.stop(JURIST, op("2026-03-02"), "Besluit verzonden");

        List<Klokgebeurtenis> geschiedenis = klok.nieuweGebeurtenissen();
        assertThat(geschiedenis)
                .extracting(Klokgebeurtenis::soort)
                .containsExactly(
                        Klokgebeurtenis.Soort.GESTART,
                        Klokgebeurtenis.Soort.OPGESCHORT,
                        Klokgebeurtenis.Soort.VERLENGD,
                        Klokgebeurtenis.Soort.HERVAT,
                        Klokgebeurtenis.Soort.TOEGEWEZEN,
                        Klokgebeurtenis.Soort.GESTOPT);
        assertThat(geschiedenis).extracting(Klokgebeurtenis::volgnummer).containsExactly(1, 2, 3, 4, 5, 6);
        Klokgebeurtenis gestart = geschiedenis.get(0);
        assertThat(gestart.uiterlijkVoor()).isNull();
        assertThat(gestart.uiterlijkNa()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(gestart.lengte()).isEqualTo(Lengte.weken(6));
        assertThat(gestart.verantwoordelijke()).isEqualTo(Verantwoordelijke.afdeling("GGZ"));
        Klokgebeurtenis opgeschort = geschiedenis.get(1);
        assertThat(opgeschort.door()).isEqualTo("jurist.ggz");
        assertThat(opgeschort.grond()).isEqualTo("VERZUIMHERSTEL");
        assertThat(opgeschort.toelichting()).isEqualTo("Handtekening ontbreekt");
        assertThat(opgeschort.verschuift()).isFalse();
        // extended while suspended: 9 Feb + 6 weeks = 23 March
        Klokgebeurtenis verlengd = geschiedenis.get(2);
        assertThat(verlengd.grond()).isEqualTo("VERDAGING");
        assertThat(verlengd.lengte()).isEqualTo(Lengte.weken(6));
        assertThat(verlengd.uiterlijkVoor()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(verlengd.uiterlijkNa()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(verlengd.toelichting()).isEqualTo("Advies nodig");
        // resumed after the weekend: two days more
        Klokgebeurtenis hervat = geschiedenis.get(3);
        assertThat(hervat.op()).isEqualTo(op("2026-01-12"));
        assertThat(hervat.grond()).isEqualTo("VERZUIMHERSTEL");
        assertThat(hervat.uiterlijkVoor()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(hervat.uiterlijkNa()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(geschiedenis.get(4).verantwoordelijke()).isEqualTo(new Verantwoordelijke("GGZ", "jurist.ggz"));
        assertThat(geschiedenis.get(5).uiterlijkNa()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(klok.stand().teLaat()).isFalse();
    }

    @Test
    void whileSuspendedAClockIsNeverOverdue() {
        Klok klok = start("BEOORDELING", "2026-02-02");
        klok.schortOp("WACHT_OP_INFORMATIE", INSPECTEUR, op("2026-02-27"), null);
        KlokStand stand = klok.stand();
        assertThat(stand.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(stand.isVerstreken(LocalDate.of(2026, 4, 1))).isFalse();
        klok.hervat(INSPECTEUR, op("2026-04-01"), null, REKENING);
        // 2 to 31 March stood still: 22 working days; 2 March + 22 working days = Wednesday 1 April
        assertThat(klok.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(klok.stand().isVerstreken(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(klok.stand().isVerstreken(LocalDate.of(2026, 4, 2))).isTrue();
    }

    @Test
    void aTooLongExplanationIsRefusedBeforeAnythingChanges() {
        Klok klok = start("BEOORDELING", "2026-02-02");
        String lang = "x".repeat(Klok.TOELICHTING_MAXIMUM + 1);
        assertThatThrownBy(() -> klok.schortOp("WACHT_OP_INFORMATIE", INSPECTEUR, op("2026-02-03"), lang))
                .isInstanceOf(Weigering.class)
                .extracting("veld")
                .isEqualTo("toelichting");
        assertThat(klok.stand().status()).isEqualTo(Klokstatus.LOPEND);
    }
}
