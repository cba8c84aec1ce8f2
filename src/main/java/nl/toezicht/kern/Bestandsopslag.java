package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where file contents live (the attachments of notifications, the versions of documents): a directory
 * ({@link MapOpslag}, the embedded default) or an S3-compatible object store ({@link S3Opslag}), as {@code
 * toezicht.bijlagen.opslag} says. Either way the content is durably stored before the database commits its
 * row, and removed again when that transaction does not commit: no row without content, no content without a
 * row. A technical piece shared by the modules that keep files (decision 0043); what a file may be is
 * judged before, by {@link Bestandskeuring}. Each module keeps the keys in its own rows and tells the
 * migration command about them ({@link Opslaggebruiker}).
 */
public interface Bestandsopslag {

    Pattern SLEUTEL = Pattern.compile("[0-9a-f]{64}");

    /**
     * Stores the content under a new random key and returns the key; the store checks that what it kept
     * has the given SHA-256 (hex) and refuses otherwise. Inside a transaction, removed again on rollback.
     */
    String bewaar(Upload inhoud, String sha256);

    /** The content stored under the key. */
    InputStream open(String sleutel) throws IOException;

    /** Removes the content under the key, if any. */
    void verwijder(String sleutel);

    /** A new key: 256 random bits, hex. */
    static String nieuweSleutel(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String gecontroleerd(String sleutel) {
        if (!SLEUTEL.matcher(sleutel).matches()) {
            throw new IllegalArgumentException("geen geldige opslagsleutel");
        }
        return sleutel;
    }

    /** Inside a transaction: removes the content again when the transaction does not commit. */
    default void verwijderBijRollback(String sleutel) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        verwijder(sleutel);
                    }
                }
            });
        }
    }
}
