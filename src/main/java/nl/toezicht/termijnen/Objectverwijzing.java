package nl.toezicht.termijnen;

import java.util.Objects;
import java.util.UUID;

/**
 * The object a clock runs for, owned by another module: its type as the access log names it ({@code ZAAK},
 * {@code KLACHT}, {@code MAATREGEL}, ...) and its id. The engine never reads the object itself; it asks the
 * owner through {@link Objectbeschrijvingen} how to show it.
 */
public record Objectverwijzing(String type, UUID id) {

    public Objectverwijzing {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || type.length() > 40) {
            throw new IllegalArgumentException("type must be 1 to 40 characters");
        }
    }
}
