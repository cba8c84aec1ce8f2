package nl.toezicht;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waiting for what happens after commit: a notification's case is opened by an outbox listener. How long to
 * wait is not domain time: it is measured with the machine's monotonic timer, never with the test clock
 * (which a test may have set to another year) and never with the wall clock (which can jump).
 */
public final class Wachten {

    private Wachten() {}

    /** Waits up to 20 seconds until the condition holds. */
    public static void tot(BooleanSupplier voorwaarde, String wat) {
        tot(voorwaarde, Duration.ofSeconds(20), wat);
    }

    /** Waits until the condition holds, polling; fails naming {@code wat} after {@code hoogstens}. */
    public static void tot(BooleanSupplier voorwaarde, Duration hoogstens, String wat) {
        long uiterlijk = System.nanoTime() + hoogstens.toNanos();
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() - uiterlijk > 0) {
                throw new AssertionError(wat + " not met within " + hoogstens.toSeconds() + " seconds");
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
        tot(() -> zaakVan(jdbc, melding).isPresent(), Duration.ofSeconds(20), "a case for notification " + melding);
        return zaakVan(jdbc, melding).orElseThrow();
    }

    private static Optional<UUID> zaakVan(JdbcClient jdbc, UUID melding) {
        return jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .optional();
    }
}
