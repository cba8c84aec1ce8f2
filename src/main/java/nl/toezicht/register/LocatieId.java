package nl.toezicht.register;

import java.util.UUID;

public record LocatieId(UUID waarde) {
    public static LocatieId nieuw() {
        return new LocatieId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
