package nl.toezicht.register;

import java.util.UUID;

public record ZorgaanbiederId(UUID waarde) {
    public static ZorgaanbiederId nieuw() {
        return new ZorgaanbiederId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
