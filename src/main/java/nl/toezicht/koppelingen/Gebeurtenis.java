package nl.toezicht.koppelingen;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event in the log, as delivered: the CloudEvents attributes and the data as JSON text.
 *
 * @param positie where it stands in the log
 */
public record Gebeurtenis(
        Positie positie, UUID id, String type, @Nullable String onderwerp, Instant tijd, String gegevens) {}
