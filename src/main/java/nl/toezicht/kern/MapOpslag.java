package nl.toezicht.kern;

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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contents as files in a directory (the embedded default): written to a temporary name, fsynced,
 * renamed atomically and the directory fsynced, all before the database commits.
 */
class MapOpslag implements Bestandsopslag {

    private static final Logger log = LoggerFactory.getLogger(MapOpslag.class);
    private final SecureRandom random = new SecureRandom();
    private final Path map;

    MapOpslag(Path map) {
        this.map = map.toAbsolutePath().normalize();
    }

    @Override
    public String bewaar(Upload inhoud, String sha256) {
        String sleutel = Bestandsopslag.nieuweSleutel(random);
        Path doel = pad(sleutel);
        Path tijdelijk = doel.resolveSibling(sleutel + ".tmp");
        try {
            Files.createDirectories(doel.getParent());
            MessageDigest geschreven = sha256();
            try (InputStream in = inhoud.open();
                    FileChannel kanaal =
                            FileChannel.open(tijdelijk, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream uit = new DigestOutputStream(Channels.newOutputStream(kanaal), geschreven)) {
                in.transferTo(uit);
                kanaal.force(true);
            }
            if (!HexFormat.of().formatHex(geschreven.digest()).equals(sha256)) {
                throw new IOException("content changed between inspection and storage");
            }
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
            forceer(doel.getParent());
        } catch (IOException e) {
            verwijder(tijdelijk);
            verwijder(doel);
            throw new UncheckedIOException(e);
        }
        verwijderBijRollback(sleutel);
        return sleutel;
    }

    @Override
    public InputStream open(String sleutel) throws IOException {
        return Files.newInputStream(pad(sleutel));
    }

    @Override
    public void verwijder(String sleutel) {
        verwijder(pad(sleutel));
    }

    Path pad(String sleutel) {
        Bestandsopslag.gecontroleerd(sleutel);
        return map.resolve(sleutel.substring(0, 2)).resolve(sleutel);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
            log.warn("could not delete stored file {}", pad.getFileName());
        }
    }
}
