package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import nl.toezicht.termijnen.Termijnen;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** The application runs on the test clock, a test sets it, and the next test finds it back on the suite's time. */
@IntegratieTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestklokIT {

    @Autowired
    Clock clock;

    @Autowired
    Testklok klok;

    @Autowired
    Termijnen termijnen;

    @Test
    @Order(1)
    void theApplicationsClockIsTheTestClockAndFollowsWhatATestSets() {
        assertThat(clock).isSameAs(klok);
        klok.zet("2001-02-03T10:00");
        assertThat(termijnen.vandaag()).isEqualTo(LocalDate.of(2001, 2, 3));
    }

    @Test
    @Order(2)
    void theNextTestFindsTheClockBackOnTheSuitesTime() {
        // the suite's time: where it started plus the time the tests ran so far, not 2001
        assertThat(Duration.between(Testklok.suitebegin(), klok.instant()))
                .isPositive()
                .isLessThan(Duration.ofHours(3));
    }
}
