package nl.toezicht.documenten;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A document in a dossier with all its versions, the newest last. A letter is a document too, its kind
 * ({@code briefsoort}) saying which template made it.
 */
public record Document(
        UUID id,
        Dossier dossier,
        String titel,
        @Nullable String briefsoort,
        String aangemaaktDoor,
        Instant aangemaaktOp,
        List<Versie> versies) {

    public Versie laatste() {
        return versies.get(versies.size() - 1);
    }

    /** One version: the file as received (or rendered), checked and stored before it was acknowledged. */
    public record Versie(
            int nummer, String bestandsnaam, String mediatype, long grootte, String sha256, String door, Instant op) {}
}
