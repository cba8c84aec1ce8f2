package nl.toezicht.koppelingen;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery job (once across all instances: db-scheduler) and the daily clean-up of the event log. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KoppelingenProperties.class)
class KoppelingenConfiguratie {

    @Bean
    RecurringTask<Void> koppelingenBezorgen(Bezorging bezorging, KoppelingenProperties properties) {
        return Tasks.recurring("koppelingen-bezorgen", FixedDelay.of(properties.interval()))
                .execute((instantie, context) -> bezorging.ronde());
    }

    @Bean
    RecurringTask<Void> koppelingenOpruimen(Gebeurtenislog log, KoppelingenProperties properties, Clock clock) {
        return Tasks.recurring("koppelingen-opruimen", FixedDelay.ofHours(24))
                .execute((instantie, context) -> log.vergeet(Instant.now(clock).minus(properties.bewaartermijn())));
    }
}
