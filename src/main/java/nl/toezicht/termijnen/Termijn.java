package nl.toezicht.termijnen;

import java.time.LocalDate;
import java.util.Objects;

/** A deadline: the last day on which the awaited thing is still on time. */
public record Termijn(Termijnsoort soort, LocalDate datum) {

    public Termijn {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(datum, "datum");
    }

    /** Overdue from the day after the deadline. */
    public boolean isVerstreken(LocalDate vandaag) {
        return vandaag.isAfter(datum);
    }
}
