package nl.toezicht.meldingen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachments as files on disk. A file is written and fsynced before the database commits its row, and
 * deleted again when that transaction does not commit: no row without a file, no file without a row.
 */
@Component
@EnableConfigurationProperties(BijlagenProperties.class)
class BijlageOpslag {

    private static final Logger log = LoggerFactory.getLogger(BijlageOpslag.class);
    private static final Pattern SLEUTEL = Pattern.compile("[0-9a-f]{64}");
    private final SecureRandom random = new SecureRandom();
    private final Path map;

    BijlageOpslag(BijlagenProperties properties) {
        this.map = properties.map().toAbsolutePath().normalize();
    }

    /** Stores the content under a new random key; inside a transaction, removed again on rollback. */
    String bewaar(InputStream inhoud) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String sleutel = HexFormat.of().formatHex(bytes);
        Path doel = pad(sleutel);
        Path tijdelijk = doel.resolveSibling(sleutel + ".tmp");
        try {
            Files.createDirectories(doel.getParent());
            try (FileChannel kanaal =
                            FileChannel.open(tijdelijk, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream uit = Channels.newOutputStream(kanaal)) {
                inhoud.transferTo(uit);
                kanaal.force(true);
            }
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
            forceer(doel.getParent());
        } catch (IOException e) {
            verwijder(tijdelijk);
            verwijder(doel);
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        verwijder(doel);
                    }
                }
            });
        }
        return sleutel;
    }

    Path pad(String sleutel) {
        if (!SLEUTEL.matcher(sleutel).matches()) {
            throw new IllegalArgumentException("geen geldige opslagsleutel");
        }
        return map.resolve(sleutel.substring(0, 2)).resolve(sleutel);
    }

    private static void forceer(Path directory) {
        // makes the rename durable; not every file system allows opening a directory, which is fine
        try (FileChannel kanaal = FileChannel.open(directory, StandardOpenOption.READ)) {
            kanaal.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("directory fsync not supported: {}", e.getClass().getSimpleName());
        }
    }

    private static void verwijder(Path pad) {
        try {
            Files.deleteIfExists(pad);
        } catch (IOException e) {
            log.warn("could not delete attachment file {}", pad.getFileName());
        }
    }
}
