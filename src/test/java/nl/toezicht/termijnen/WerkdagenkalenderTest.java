package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenkalenderTest {

    private final Werkdagenkalender kalender = new Werkdagenkalender();

    @ParameterizedTest(name = "{0} is no working day ({1})")
    @CsvSource({
        "2025-01-01, Nieuwjaarsdag",
        "2025-04-21, Tweede Paasdag",
        "2025-04-26, Koningsdag op zaterdag omdat 27 april een zondag is",
        "2025-05-05, Bevrijdingsdag",
        "2025-05-29, Hemelvaartsdag",
        "2025-06-09, Tweede Pinksterdag",
        "2025-12-25, Eerste Kerstdag",
        "2025-12-26, Tweede Kerstdag",
        "2026-04-27, Koningsdag op maandag",
        "2026-05-05, Bevrijdingsdag ook buiten lustrumjaren",
        "2025-04-19, zaterdag",
        "2025-04-20, zondag"
    })
    void publicHolidaysAndWeekendsAreNoWorkingDays(LocalDate datum, String waarom) {
        assertThat(kalender.isWerkdag(datum)).as(waarom).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day ({1})")
    @CsvSource({
        "2025-04-18, Goede Vrijdag is geen algemeen erkende feestdag",
        "2025-04-28, maandag na Koningsdag op zaterdag: niet verschoven naar maandag",
        "2025-12-24, Kerstavond",
        "2025-12-31, Oudejaarsdag",
        "2026-01-02, vrijdag na Nieuwjaarsdag"
    })
    void ordinaryWeekdaysAreWorkingDays(LocalDate datum, String waarom) {
        assertThat(kalender.isWerkdag(datum)).as(waarom).isTrue();
    }

    @Test
    void countsWorkingDaysAcrossEaster() {
        // Thu 17 April 2025 + 3: Good Friday 18 (works), Mon 21 Easter Monday skipped, Tue 22, Wed 23
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 4, 17), 3)).isEqualTo(LocalDate.of(2025, 4, 23));
    }

    @Test
    void countsWorkingDaysAcrossKingsDayOnSaturdayBecauseTheTwentySeventhIsSunday() {
        // Fri 25 April 2025 + 1: Sat 26 King's Day, Sun 27, Mon 28
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 28));
        // Fri 24 April 2026 + 1 skips the weekend and Mon 27 April (King's Day) to Tue 28
        assertThat(kalender.plusWerkdagen(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void countsWorkingDaysAcrossChristmasAndNewYear() {
        // Wed 24 Dec 2025 + 3: 25, 26 holidays, weekend, Mon 29, Tue 30, Wed 31
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 12, 24), 3)).isEqualTo(LocalDate.of(2025, 12, 31));
        // Wed 31 Dec 2025 + 1: 1 Jan holiday, Fri 2 Jan 2026
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void theStartDayNeverCountsEvenOnAWeekend() {
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 3, 7), 3)).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 3, 8), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(kalender.plusWerkdagen(LocalDate.of(2025, 3, 8), 0)).isEqualTo(LocalDate.of(2025, 3, 8));
    }

    @Test
    void refusesNegativeWorkingDays() {
        assertThatThrownBy(() -> kalender.plusWerkdagen(LocalDate.of(2025, 3, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
