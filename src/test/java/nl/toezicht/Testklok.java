package nl.toezicht;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.toezicht.kern.Tijdzone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The application's {@link Clock} in every {@link IntegratieTest}, so that no deadline, overdue mark or
 * period in a test depends on the day the build runs. It ticks like a real clock (what happens later is
 * later), on Dutch time, from a moment that is the same for the whole test JVM: the system property
 * {@value #MOMENT} (for example {@code -Dtoezicht.test.moment=2026-12-05T00:30:00+01:00}, to run the suite as
 * if it were that moment), or else the moment the JVM started it.
 *
 * <p>A test that counts deadlines names its moment with {@link #zet} (or moves on with {@link #verzet}); after
 * each test {@link Terugzetter} puts the clock of the test's Spring context back on the suite's time.
 *
 * <p>Not everything runs on this clock: db-scheduler plans its jobs and PostgreSQL's {@code now()} reads the
 * machine's clock, and so do the OpenID provider's tokens, Tomcat's session time-out and the rate limits.
 * Tests never compare those with this clock (docs/decisions/0022-testklok.md).
 */
public final class Testklok extends Clock {

    /** The system property with the moment the suite starts at (ISO, with offset or as Dutch local time). */
    public static final String MOMENT = "toezicht.test.moment";

    private static final Logger log = LoggerFactory.getLogger(Testklok.class);

    private static final Stand SUITE = suite();

    private final AtomicReference<Stand> stand;
    private final ZoneId zone;

    public Testklok() {
        this(new AtomicReference<>(SUITE), Tijdzone.NEDERLAND);
    }

    private Testklok(AtomicReference<Stand> stand, ZoneId zone) {
        this.stand = stand;
        this.zone = zone;
    }

    /** From now on the clock runs from this moment (ISO with offset, or Dutch local time: "2026-06-10T10:00"). */
    public Testklok zet(String moment) {
        return zet(moment(moment));
    }

    public Testklok zet(Instant moment) {
        stand.set(new Stand(moment, System.nanoTime()));
        return this;
    }

    /** Moves the clock on (or back) by this much: "fifteen minutes later". */
    public Testklok verzet(Duration hoeveel) {
        return zet(instant().plus(hoeveel));
    }

    /** Back on the suite's time, as if no test had set the clock. */
    public void terug() {
        stand.set(SUITE);
    }

    /** The moment the suite's time started at. */
    public static Instant suitebegin() {
        return SUITE.basis();
    }

    @Override
    public Instant instant() {
        return stand.get().nu();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: setting one sets both. */
    @Override
    public Clock withZone(ZoneId andere) {
        return andere.equals(zone) ? this : new Testklok(stand, andere);
    }

    /** ISO with an offset ("2026-12-05T00:30:00+01:00", "2026-12-04T23:48:00Z") or Dutch local time. */
    static Instant moment(String tekst) {
        String t = tekst.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException metOffset) {
            try {
                return LocalDateTime.parse(t).atZone(Tijdzone.NEDERLAND).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "not a moment: '" + tekst + "' (ISO, e.g. 2026-12-05T00:30:00+01:00 or 2026-12-05T00:30)", e);
            }
        }
    }

    private static Stand suite() {
        String gegeven = System.getProperty(MOMENT, "");
        // the one read of the machine's clock in the tests: where the suite's time starts when no moment is given
        Instant begin = gegeven.isBlank() ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : moment(gegeven);
        log.info(
                "The test clock starts at {} ({}); repeat with -D{}={}",
                begin.atZone(Tijdzone.NEDERLAND),
                gegeven.isBlank() ? "the machine's time" : "set by " + MOMENT,
                MOMENT,
                begin);
        return new Stand(begin, System.nanoTime());
    }

    /** The clock's time is {@code basis} plus what the machine's monotonic timer counted since {@code nanos}. */
    private record Stand(Instant basis, long nanos) {
        Instant nu() {
            // PostgreSQL keeps microseconds: a moment read back from the database equals the one written
            return basis.plusNanos(System.nanoTime() - nanos).truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The test clock as the application's {@link Clock} bean; imported by {@link IntegratieTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuratie {

        @Bean
        @Primary
        Testklok testklok() {
            return new Testklok();
        }
    }

    /**
     * After each test: the clock of the test's own Spring context back on the suite's time (several cached
     * contexts may be alive, each with its own clock). A failing test says which moment it ran at.
     */
    public static class Terugzetter implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext test) {
            Testklok klok = test.getApplicationContext().getBean(Testklok.class);
            if (test.getTestException() != null) {
                log.warn(
                        "{}.{} failed at test clock {}; the suite's clock started at {} (-D{}={})",
                        test.getTestClass().getSimpleName(),
                        test.getTestMethod().getName(),
                        klok.instant().atZone(Tijdzone.NEDERLAND),
                        suitebegin().atZone(Tijdzone.NEDERLAND),
                        MOMENT,
                        suitebegin());
            }
            klok.terug();
        }
    }
}
