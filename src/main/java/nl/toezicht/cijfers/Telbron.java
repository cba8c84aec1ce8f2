package nl.toezicht.cijfers;

import java.time.Instant;
import java.util.Set;

/**
 * Delivers the counts of some measures; a bean. The notification and case counts are one source; a later
 * capability (inspections, enforcement measures, complaints) adds its own source and its
 * {@link Tabeldefinitie}s without touching the engine.
 */
public interface Telbron {

    Set<Grootheid> grootheden();

    /**
     * Counts of the months of each of {@code perioden}, with data up to {@code peilmoment}; stocks (such as
     * open at the start) at the first month of each period.
     */
    Telling tel(java.util.List<Periode> perioden, Instant peilmoment);

    /** Helper for a source's {@link #grootheden()}. */
    static Set<Grootheid> van(Grootheid... grootheden) {
        return Set.of(grootheden);
    }
}
