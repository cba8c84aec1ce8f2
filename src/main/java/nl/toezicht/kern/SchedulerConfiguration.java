package nl.toezicht.kern;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler: tasks live in the {@code scheduled_tasks} table, so with several application instances
 * against one database each execution runs exactly once, and a missed run is caught up after a restart.
 * Modules contribute their tasks as beans of type {@link Task}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "toezicht.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SchedulerConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks) {
        List<Task<?>> known = tasks.orderedStream().toList();
        List<RecurringTask<?>> recurring = known.stream()
                .filter(t -> t instanceof RecurringTask<?> && t instanceof OnStartup)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t)
                .toList();
        // startTasks(...) registers the recurring tasks as known tasks itself; passing them twice fails
        List<Task<?>> other = known.stream().filter(t -> !recurring.contains(t)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), other)
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(10))
                .enableImmediateExecution()
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /** A stopped db-scheduler cannot start again (its executor is gone): never pause it. */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
