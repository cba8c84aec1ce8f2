package nl.toezicht.kern;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The inspectorate works on Dutch time; legal deadlines are counted in Dutch calendar days. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Tijdzone.NEDERLAND);
    }
}
