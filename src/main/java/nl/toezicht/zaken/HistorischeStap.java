package nl.toezicht.zaken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case's history as another system recorded it (a bulk import): the step, when it was
 * taken, by whom and why. {@link Zaak#herspeel} judges a list of them against the case flow.
 */
public record HistorischeStap(
        Transitie transitie,
        Instant op,
        String door,
        @Nullable String toelichting) {}
