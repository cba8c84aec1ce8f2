package nl.toezicht.toegang.aanmelden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The lock-out rule and the absolute session time-out, on a clock the test moves. */
class AanmeldregelsTest {

    private static final Instant BEGIN = Instant.parse("2026-12-01T08:00:00Z");
    private final AtomicReference<Instant> nu = new AtomicReference<>(BEGIN);
    private final Clock klok = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu.get();
        }
    };
    private final AanmeldProperties properties = new AanmeldProperties(
            true,
            false,
            new AanmeldProperties.Blokkade(5, Duration.ofMinutes(1), Duration.ofHours(1)),
            Duration.ofHours(10),
            new AanmeldProperties.Oidc("preferred_username", "rollen", "afdelingen", "kvk"));

    @Test
    void theLockStartsAtTheFifthFailureAndDoublesUpToAnHour() {
        Aanmeldpogingen pogingen = new Aanmeldpogingen(null, klok, properties);
        assertThat(pogingen.blokkade(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(pogingen.blokkade(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(pogingen.blokkade(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(pogingen.blokkade(11)).isEqualTo(Duration.ofHours(1));
        assertThat(pogingen.blokkade(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSessionEndsTenHoursAfterLoginHoweverActive() throws Exception {
        Sessieduur filter = new Sessieduur(klok, properties);
        MockHttpSession sessie = new MockHttpSession();
        sessie.setAttribute(Aanmelding.AANGEMELD_OP, BEGIN);

        nu.set(BEGIN.plus(Duration.ofHours(10)).minusSeconds(1));
        MockHttpServletResponse binnen = doe(filter, sessie);
        assertThat(binnen.getRedirectedUrl()).isNull();
        assertThat(sessie.isInvalid()).isFalse();

        nu.set(BEGIN.plus(Duration.ofHours(10)));
        MockHttpServletResponse verlopen = doe(filter, sessie);
        assertThat(verlopen.getRedirectedUrl()).isEqualTo("/inloggen?verlopen");
        assertThat(sessie.isInvalid()).isTrue();
    }

    private static MockHttpServletResponse doe(Sessieduur filter, MockHttpSession sessie) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/werkbak");
        request.setSession(sessie);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
