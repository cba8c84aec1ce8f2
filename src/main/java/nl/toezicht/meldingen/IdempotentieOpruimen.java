package nl.toezicht.meldingen;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every hour, idempotency keys (and attachments kept for forms) older than a day are forgotten (once across all instances: db-scheduler). */
@Configuration(proxyBeanMethods = false)
class IdempotentieOpruimen {

    static final Duration BEWAARTERMIJN = Duration.ofHours(24);

    @Bean
    RecurringTask<Void> idempotentieSleutelsOpruimen(Idempotentie idempotentie, Clock clock) {
        return Tasks.recurring("meldingen-idempotentie-opruimen", FixedDelay.ofHours(1))
                .execute((instantie, context) ->
                        idempotentie.vergeet(Instant.now(clock).minus(BEWAARTERMIJN)));
    }

    /** Attachments kept for a form that was never sent again are forgotten after the same day. */
    @Bean
    RecurringTask<Void> formulierbijlagenOpruimen(Formulierbijlagen bijlagen, Clock clock) {
        return Tasks.recurring("meldingen-formulierbijlagen-opruimen", FixedDelay.ofHours(1))
                .execute((instantie, context) ->
                        bijlagen.vergeetOuderDan(Instant.now(clock).minus(BEWAARTERMIJN)));
    }
}
