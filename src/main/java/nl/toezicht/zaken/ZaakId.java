package nl.toezicht.zaken;

import java.util.UUID;

public record ZaakId(UUID waarde) {
    public static ZaakId nieuw() {
        return new ZaakId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
