package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.Test;

class TestklokTest {

    @Test
    void readsAMomentWithAnOffsetOrAsDutchLocalTime() {
        assertThat(Testklok.moment("2026-12-05T00:30:00+01:00")).isEqualTo(Instant.parse("2026-12-04T23:30:00Z"));
        assertThat(Testklok.moment("2026-12-04T23:48:00Z")).isEqualTo(Instant.parse("2026-12-04T23:48:00Z"));
        // Dutch local time: winter (+01:00) and summer (+02:00)
        assertThat(Testklok.moment("2026-12-31T23:30")).isEqualTo(Instant.parse("2026-12-31T22:30:00Z"));
        assertThat(Testklok.moment(" 2026-06-10T10:00 ")).isEqualTo(Instant.parse("2026-06-10T08:00:00Z"));
        assertThatThrownBy(() -> Testklok.moment("morgen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("morgen");
    }

    @Test
    void ticksFromTheMomentItIsSetToOnDutchTime() throws InterruptedException {
        Testklok klok = new Testklok().zet("2027-03-28T01:59:59.990");
        assertThat(klok.getZone()).isEqualTo(Tijdzone.NEDERLAND);
        Thread.sleep(20);
        // the clocks went forward at 02:00: ten milliseconds later it is past three
        assertThat(klok.instant()).isAfter(Instant.parse("2027-03-28T01:00:00Z"));
        assertThat(klok.instant().atZone(klok.getZone()).getHour()).isEqualTo(3);
        assertThat(klok.instant()).isBefore(Instant.parse("2027-03-28T01:00:10Z"));
    }

    @Test
    void movesOnAndGoesBackToTheSuitesTime() {
        Testklok klok = new Testklok().zet("2026-06-10T10:00");
        klok.verzet(Duration.ofHours(25));
        assertThat(klok.instant())
                .isBetween(Instant.parse("2026-06-11T09:00:00Z"), Instant.parse("2026-06-11T09:01:00Z"));
        klok.terug();
        assertThat(klok.instant()).isAfterOrEqualTo(Testklok.suitebegin());
    }

    @Test
    void aViewInAnotherZoneIsTheSameClock() {
        Testklok klok = new Testklok();
        Clock utc = klok.withZone(ZoneOffset.UTC);
        klok.zet("2026-12-31T23:30:00Z");
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(Instant.parse("2026-12-31T23:30:00Z"), utc.instant()))
                .isLessThan(Duration.ofSeconds(10));
        assertThat(klok.withZone(Tijdzone.NEDERLAND)).isSameAs(klok);
    }
}
