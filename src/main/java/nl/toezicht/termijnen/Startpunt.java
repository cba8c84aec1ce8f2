package nl.toezicht.termijnen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Day 0 of a clock: the Dutch date of an event's moment, or a date as such. The day itself never counts: a
 * period of 6 weeks from Monday 5 January ends on Monday 16 February.
 */
public record Startpunt(LocalDate datum, @Nullable Instant moment) {

    public Startpunt {
        Objects.requireNonNull(datum, "datum");
    }

    /** An event at a moment; its date in Europe/Amsterdam is day 0. */
    public static Startpunt moment(Instant moment) {
        return new Startpunt(Termijnen.datumVan(moment), moment);
    }

    public static Startpunt datum(LocalDate datum) {
        return new Startpunt(datum, null);
    }
}
