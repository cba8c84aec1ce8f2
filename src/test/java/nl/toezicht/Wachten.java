package nl.toezicht;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for what happens after commit or on another thread: a notification's case is opened by a listener. */
public final class Wachten {

    private Wachten() {}

    /** Waits up to 20 seconds until the condition holds. */
    public static void tot(BooleanSupplier voorwaarde, String wat) {
        Instant tot = Instant.now().plus(Duration.ofSeconds(20));
        while (!voorwaarde.getAsBoolean()) {
            if (Instant.now().isAfter(tot)) {
                throw new AssertionError("waited in vain: " + wat);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The case opened for this notification, waiting up to 20 seconds for the listener. */
    static UUID opZaakVan(JdbcClient jdbc, UUID melding) {
        Instant tot = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(tot)) {
            Optional<UUID> zaak = jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                    .param(melding)
                    .query(UUID.class)
                    .optional();
            if (zaak.isPresent()) {
                return zaak.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no case opened for notification " + melding);
    }
}
