package nl.toezicht.kern;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every ten minutes the rate-limit buckets that are full again are removed (once across all instances:
 * db-scheduler), so that the table holds only the clients of the last hour or so.
 */
@Configuration(proxyBeanMethods = false)
class SnelheidslimietOpruimen {

    private static final int PARTIJ = 1_000;

    @Bean
    RecurringTask<Void> snelheidslimietEmmersOpruimen(Emmers emmers) {
        return Tasks.recurring("snelheidslimiet-opruimen", FixedDelay.ofMinutes(10))
                .execute((instantie, context) -> {
                    while (emmers.vergeetVolle(PARTIJ) == PARTIJ) {
                        // the next batch
                    }
                });
    }
}
