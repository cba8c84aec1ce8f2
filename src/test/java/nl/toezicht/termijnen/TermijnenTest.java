package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.Test;

class TermijnenTest {

    private final Clock klok = Clock.fixed(Instant.parse("2025-12-23T10:00:00Z"), Tijdzone.NEDERLAND);
    private final Termijnen termijnen = new Termijnen(TermijnenProperties.standaard(), klok);
    private final Kloksoorten soorten = Kloksoorten.standaard();

    /** The deadline of a case clock as the engine computes it when the clock starts. */
    private Termijn termijn(Termijnsoort soort, Startpunt start) {
        return new Termijn(soort, soorten.uiterlijk(soorten.soort(soort.name()), start, null));
    }

    @Test
    void triageIsDueThreeWorkingDaysAfterReceiptAcrossChristmas() {
        Termijn triage = termijn(Termijnsoort.TRIAGE, Startpunt.moment(Instant.parse("2025-12-23T10:00:00Z")));
        assertThat(triage).isEqualTo(new Termijn(Termijnsoort.TRIAGE, LocalDate.of(2025, 12, 30)));
    }

    @Test
    void receiptIsCountedOnTheDutchCalendarDate() {
        // 23:30 UTC on 31 December is 00:30 on New Year's Day in Amsterdam: counting starts then
        Termijn triage = termijn(Termijnsoort.TRIAGE, Startpunt.moment(Instant.parse("2025-12-31T23:30:00Z")));
        assertThat(triage.datum()).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void calamityInvestigationIsDueEightWeeksAfterTheNotification() {
        Termijn rapport = termijn(
                Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, Startpunt.moment(Instant.parse("2025-04-17T08:00:00Z")));
        assertThat(rapport)
                .isEqualTo(new Termijn(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, LocalDate.of(2025, 6, 12)));
    }

    @Test
    void aCalamityReportedOnTheThirdWorkingDayIsOnTimeAndOnTheFourthTooLate() {
        // established Thursday 17 April 2025: Good Friday 18, (weekend, Easter Monday), Tue 22, Wed 23
        LocalDate vastgesteld = LocalDate.of(2025, 4, 17);
        assertThat(termijnen.isTeLaatGemeld(vastgesteld, Instant.parse("2025-04-23T21:59:00Z")))
                .isFalse();
        assertThat(termijnen.isTeLaatGemeld(vastgesteld, Instant.parse("2025-04-23T22:01:00Z")))
                .as("past midnight in Amsterdam it is Thursday 24 April")
                .isTrue();
    }

    @Test
    void kingsDayOnSaturdayDoesNotExtendTheReportingPeriod() {
        // established Thu 24 April 2025: Fri 25, (Sat 26 King's Day, Sun), Mon 28, Tue 29
        LocalDate vastgesteld = LocalDate.of(2025, 4, 24);
        assertThat(termijnen.isTeLaatGemeld(vastgesteld, Instant.parse("2025-04-29T10:00:00Z")))
                .isFalse();
        assertThat(termijnen.isTeLaatGemeld(vastgesteld, Instant.parse("2025-04-30T10:00:00Z")))
                .isTrue();
    }

    @Test
    void deadlinesCountedFromTodayUseTheClock() {
        assertThat(termijnen.vandaag()).isEqualTo(LocalDate.of(2025, 12, 23));
        Startpunt vandaag = Startpunt.datum(termijnen.vandaag());
        assertThat(termijn(Termijnsoort.AANVULLING_ZORGAANBIEDER, vandaag).datum())
                .isEqualTo(LocalDate.of(2026, 1, 20));
        // 20 working days from 23 Dec 2025: skips 25, 26 Dec and 1 Jan
        assertThat(termijn(Termijnsoort.BEOORDELING, vandaag).datum()).isEqualTo(LocalDate.of(2026, 1, 23));
    }

    @Test
    void overdueFromTheDayAfterTheDeadline() {
        Termijn termijn = new Termijn(Termijnsoort.TRIAGE, LocalDate.of(2025, 12, 29));
        assertThat(termijn.isVerstreken(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(termijn.isVerstreken(LocalDate.of(2025, 12, 30))).isTrue();
    }
}
