package nl.toezicht.zaken;

import java.util.UUID;

/** A task on a case. */
public record TaakId(UUID waarde) {
    public static TaakId nieuw() {
        return new TaakId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
