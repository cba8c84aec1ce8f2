package nl.toezicht.logboek;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One access-log entry as the privacy officer reads it. */
public record Logitem(
        long volgnummer,
        String id,
        Handeling handeling,
        Instant tijdstip,
        boolean toegestaan,
        String gebruiker,
        @Nullable String gebruikerNaam,
        @Nullable String rol,
        List<String> afdelingen,
        @Nullable String namens,
        @Nullable String doel,
        @Nullable String ip,
        @Nullable String userAgent,
        @Nullable String requestId,
        List<Logobject> objecten) {}
