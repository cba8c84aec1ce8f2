package nl.toezicht.logboek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One access-log entry as it is stored and hashed (everything but its place in the chain). {@code afdelingen}
 * are the department codes, sorted, comma-separated; {@code objecten} is exactly the JSON that is stored.
 */
record Logregel(
        UUID id,
        String handeling,
        Instant tijdstip,
        boolean toegestaan,
        String gebruiker,
        @Nullable String gebruikerNaam,
        @Nullable String rol,
        String afdelingen,
        @Nullable String namens,
        @Nullable String doel,
        @Nullable String ip,
        @Nullable String userAgent,
        @Nullable String requestId,
        String objecten) {

    /** The hash of the first entry's predecessor. */
    static final String BEGIN = "0".repeat(64);

    /**
     * SHA-256 over the previous hash, the sequence number and every field, each field length-prefixed (so
     * that no two different entries give the same input), null distinguished from the empty string.
     */
    String hash(String vorigeHash, long volgnummer) {
        StringBuilder s = new StringBuilder(512);
        for (Object veld : new Object[] {
            vorigeHash,
            volgnummer,
            id,
            handeling,
            tijdstip.toEpochMilli(),
            toegestaan,
            gebruiker,
            gebruikerNaam,
            rol,
            afdelingen,
            namens,
            doel,
            ip,
            userAgent,
            requestId,
            objecten
        }) {
            String tekst = veld == null ? "\u0000" : veld.toString();
            s.append(tekst.length()).append(':').append(tekst).append('|');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
