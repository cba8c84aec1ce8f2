package nl.toezicht.berichten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One alert for one person: its kind, the reference of the object it is about, the path of that object's page
 * and the date it concerns. Never more: the object's page decides what the reader may see of it.
 */
public record Bericht(
        UUID id,
        Berichtsoort soort,
        String kenmerk,
        @Nullable String pad,
        @Nullable LocalDate datum,
        Instant aangemaaktOp,
        @Nullable Instant gelezenOp) {

    public boolean isGelezen() {
        return gelezenOp != null;
    }
}
