package nl.toezicht.termijnen;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who answers for a clock: a department (its code, today the name of a {@code Zorgsector}, decision 0004)
 * and, once assigned, a person (username). The owner of the object says so when it starts or reassigns the
 * clock; the "due this week" lists and their need-to-know filter use it.
 */
public record Verantwoordelijke(String afdeling, @Nullable String behandelaar) {

    public Verantwoordelijke {
        Objects.requireNonNull(afdeling, "afdeling");
        if (afdeling.isBlank()) {
            throw new IllegalArgumentException("afdeling must not be blank");
        }
        if (behandelaar != null && behandelaar.isBlank()) {
            behandelaar = null;
        }
    }

    public static Verantwoordelijke afdeling(String afdeling) {
        return new Verantwoordelijke(afdeling, null);
    }
}
