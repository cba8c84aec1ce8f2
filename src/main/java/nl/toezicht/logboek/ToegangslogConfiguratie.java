package nl.toezicht.logboek;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.ObjectMapper;

/**
 * Which {@link Toegangslog} the application gets: always the real one, except in a benchmark that measures
 * the cost of logging (docs/PERFORMANCE.md). Running without the log takes two deliberate settings,
 * {@value #METEN_ZONDER}{@code =true} AND the profile {@value #BENCH_PROFIEL}; the property without the
 * profile refuses to start, so production cannot end up without its access log by one stray setting.
 */
@Configuration(proxyBeanMethods = false)
class ToegangslogConfiguratie {

    static final String METEN_ZONDER = "toezicht.toegangslog.meten-zonder";
    static final String BENCH_PROFIEL = "bench";
    private static final Logger log = LoggerFactory.getLogger(ToegangslogConfiguratie.class);

    @Bean
    Toegangslog toegangslog(Environment omgeving, Logschrijver schrijver, Clock clock, ObjectMapper json) {
        if (!omgeving.getProperty(METEN_ZONDER, Boolean.class, false)) {
            return new JdbcToegangslog(schrijver, clock, json);
        }
        if (!Arrays.asList(omgeving.getActiveProfiles()).contains(BENCH_PROFIEL)) {
            throw new IllegalStateException(METEN_ZONDER + "=true is alleen toegestaan met profiel " + BENCH_PROFIEL
                    + " (benchmark); de toegangslog kan in gebruik niet uit");
        }
        log.warn("ACCESS LOG OFF: {}=true with profile {} (benchmark only, never in use)", METEN_ZONDER, BENCH_PROFIEL);
        return new NietLoggend();
    }

    /** The benchmark's baseline: accepts and forgets. */
    static final class NietLoggend implements Toegangslog {
        @Override
        public void leg(Handeling handeling, boolean toegestaan, @Nullable String doel, List<Logobject> objecten) {
            // deliberately nothing: only for measuring the log's cost
        }
    }
}
