package nl.toezicht.historie;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How far a run is, for the administrator's page: lines read, bytes of the file, rate and time left. */
public record Importvoortgang(
        UUID run,
        String bestand,
        String status,
        boolean droog,
        long regels,
        long gelezenBytes,
        long bestandGrootte,
        long fouten,
        Instant gestartOp,
        @Nullable Instant klaarOp,
        Instant nu) {

    public boolean isBezig() {
        return "BEZIG".equals(status);
    }

    public int procent() {
        return bestandGrootte == 0 ? 100 : (int) Math.min(100, gelezenBytes * 100 / bestandGrootte);
    }

    public long recordsPerSeconde() {
        long ms = Duration.between(gestartOp, klaarOp == null ? nu : klaarOp).toMillis();
        return ms <= 0 ? 0 : regels * 1000 / ms;
    }

    /** Estimated from the share of the file read so far. */
    public @Nullable Duration resterend() {
        if (!isBezig() || gelezenBytes == 0) {
            return null;
        }
        long ms = Duration.between(gestartOp, nu).toMillis();
        return Duration.ofMillis(ms * (bestandGrootte - gelezenBytes) / gelezenBytes);
    }
}
