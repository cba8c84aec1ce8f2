package nl.toezicht.zaken;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every hour, the keys of bulk actions older than a day are forgotten, as the intake's idempotency keys are (once
 * across all instances: db-scheduler). A batch retried later than that is a new batch.
 */
@Configuration(proxyBeanMethods = false)
class BulksleutelsOpruimen {

    static final Duration BEWAARTERMIJN = Duration.ofHours(24);

    @Bean
    RecurringTask<Void> bulksleutelsOpruimenTaak(Bulkbewerking bulk, Clock clock) {
        return Tasks.recurring("zaken-bulksleutels-opruimen", FixedDelay.ofHours(1))
                .execute((instantie, context) ->
                        bulk.vergeetOuderDan(Instant.now(clock).minus(BEWAARTERMIJN)));
    }
}
