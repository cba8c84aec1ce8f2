package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpmaakTest {

    private final Opmaak opmaak = new Opmaak();

    @Test
    void writesMomentsInDutchLocalTimeWithoutFractions() {
        // winter (UTC+1) and summer (UTC+2)
        assertThat(opmaak.tijdstip(Instant.parse("2026-12-05T13:03:59.123456789Z")))
                .isEqualTo("05-12-2026 14:03");
        assertThat(opmaak.seconde(Instant.parse("2026-07-01T22:30:15.5Z"))).isEqualTo("02-07-2026 00:30:15");
        assertThat(Opmaak.alsSeconde(Instant.parse("2026-07-01T22:30:15.5Z"))).isEqualTo("02-07-2026 00:30:15");
    }

    @Test
    void writesEveryDayInOneFormatAndAMomentAsItsDutchDay() {
        assertThat(opmaak.datum(LocalDate.of(2026, 3, 2))).isEqualTo("02-03-2026");
        assertThat(opmaak.datum(Instant.parse("2026-03-01T23:30:00Z"))).isEqualTo("02-03-2026");
        assertThat(opmaak.tijdstip(LocalDate.of(2026, 3, 2))).isEqualTo("02-03-2026");
        assertThat(opmaak.datum(null)).isEmpty();
    }
}
