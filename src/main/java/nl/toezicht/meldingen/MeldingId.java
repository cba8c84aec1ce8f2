package nl.toezicht.meldingen;

import java.util.UUID;

public record MeldingId(UUID waarde) {
    public static MeldingId nieuw() {
        return new MeldingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
