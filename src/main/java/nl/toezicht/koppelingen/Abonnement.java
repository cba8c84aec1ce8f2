package nl.toezicht.koppelingen;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's subscription as administration and delivery see it (never its secrets).
 *
 * @param cursor the last event delivered or put aside as a dead letter
 * @param pogingen failed attempts at the event after the cursor
 */
public record Abonnement(
        UUID id,
        String naam,
        Partnersoort soort,
        @Nullable String kvkNummer,
        List<UUID> zorgaanbieders,
        URI url,
        List<String> typen,
        String sleutelPrefix,
        Instant aangemaakt,
        String aangemaaktDoor,
        @Nullable Instant beeindigd,
        Positie cursor,
        int pogingen,
        @Nullable Instant volgendePoging,
        @Nullable String laatsteFout,
        long bezorgd,
        long dodeLetters) {

    public boolean isActief() {
        return beeindigd == null;
    }
}
