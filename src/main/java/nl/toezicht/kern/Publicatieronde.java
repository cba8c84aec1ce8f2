package nl.toezicht.kern;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The round that makes due publications public, shared by the inspection reports ({@code inspecties.Openbaarmaking},
 * decision 0092) and the measures' decisions ({@code handhaving.Maatregelpublicatie}, decision 0103): due on the day
 * a waiting period ends, each candidate made public in a transaction of its own (what a round published stays
 * published when a later candidate fails) and once (the module's step takes its row under a lock only while it is not public yet, and says no when another
 * run took it first or the anonymisation check, {@link Anonimiteitstoets}, holds it back). What a row is, its SQL,
 * timeline and event stay in the module that owns the table (decision 0030): this holds only the mechanism.
 */
public final class Publicatieronde {

    /** The default waiting period: the time a provider has to ask a court to stop a publication. */
    public static final Period WACHTTIJD = Period.ofWeeks(2);

    /**
     * What a round did.
     *
     * @param gepubliceerd the ids made public, in the order of the candidates
     * @param overgeslagen how many candidates were passed by (taken by another run, or held back by the check)
     */
    public record Uitkomst(List<UUID> gepubliceerd, int overgeslagen) {}

    private Publicatieronde() {}

    /** The Dutch day of the clock: a publication is due from the first moment of its day in the Netherlands. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Tijdzone.NEDERLAND);
    }

    /**
     * Runs {@code publiceer} for each candidate in a transaction of its own (joining the caller's when there is
     * one). {@code publiceer} returns whether it made the candidate public.
     */
    public static Uitkomst voerUit(List<UUID> kandidaten, TransactionOperations transactie, Predicate<UUID> publiceer) {
        List<UUID> gepubliceerd = new ArrayList<>();
        int overgeslagen = 0;
        for (UUID id : kandidaten) {
            if (Boolean.TRUE.equals(transactie.execute(s -> publiceer.test(id)))) {
                gepubliceerd.add(id);
            } else {
                overgeslagen++;
            }
        }
        return new Uitkomst(List.copyOf(gepubliceerd), overgeslagen);
    }

    /** The daily job that runs a round at a Dutch time of day (db-scheduler: once across all instances). */
    public static RecurringTask<Void> dagelijks(String naam, LocalTime om, Runnable ronde) {
        return Tasks.recurring(naam, Schedules.daily(Tijdzone.NEDERLAND, om))
                .execute((instantie, context) -> ronde.run());
    }
}
