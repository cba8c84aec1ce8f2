package nl.toezicht.termijnen;

import java.time.Instant;
import java.util.Objects;

/**
 * One clock to start among many ({@link Klokken#startAlle}): the kind's own length, day 0, who answers for it,
 * who started it and when (its first history line).
 */
public record Klokstart(
        KlokId id,
        Objectverwijzing object,
        String soort,
        Startpunt startpunt,
        Verantwoordelijke verantwoordelijke,
        Handelende door,
        Instant op) {

    public Klokstart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(startpunt, "startpunt");
        Objects.requireNonNull(verantwoordelijke, "verantwoordelijke");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(op, "op");
    }
}
