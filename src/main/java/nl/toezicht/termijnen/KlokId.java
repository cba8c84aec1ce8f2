package nl.toezicht.termijnen;

import java.util.Objects;
import java.util.UUID;

/** Identifies one running (or stopped) legal clock. */
public record KlokId(UUID waarde) {

    public KlokId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static KlokId nieuw() {
        return new KlokId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
