package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar toezicht.jar bijlagen-migreer --toezicht.bijlagen.opslag=s3 ...}: copies every stored
 * content of the directory {@code toezicht.bijlagen.map} into the object store, under the key its row
 * already has: the attachments of notifications and the versions of documents alike, as each module that
 * keeps files names them ({@link Opslaggebruiker}). Before a copy the file's SHA-256 and size are checked
 * against the row (the values taken on receipt); the store checks the SHA-256 again on receipt, and afterwards
 * the command reads back what the store keeps. An object that is already there with the right checksum is
 * left alone, so the command can be run again (after a break, or once more after all instances were switched
 * to the store). Files are not removed: that is the operator's step once the command ends with 0. Exit code
 * 0: every content is in the store, verified; 1: some are missing or differ (listed); 2: wrong use.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OpslagMigratie implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMANDO = "bijlagen-migreer";

    private final List<Opslaggebruiker> gebruikers;
    private final Bestandsopslag opslag;
    private final MapOpslag map;
    private int exitCode;

    OpslagMigratie(List<Opslaggebruiker> gebruikers, Bestandsopslag opslag, OpslagProperties bijlagen) {
        this.gebruikers = gebruikers;
        this.opslag = opslag;
        this.map = new MapOpslag(bijlagen.map());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains(COMMANDO)) {
            exitCode = voerUit(System.out);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Copies and verifies; returns the exit code. */
    int voerUit(PrintStream uit) {
        if (!(opslag instanceof S3Opslag s3)) {
            uit.println("Bijlagen: geef de objectopslag op (toezicht.bijlagen.opslag=s3 en toezicht.bijlagen.s3.*);"
                    + " de bestanden worden gelezen uit toezicht.bijlagen.map");
            return 2;
        }
        AtomicLong gekopieerd = new AtomicLong();
        AtomicLong aanwezig = new AtomicLong();
        AtomicLong fouten = new AtomicLong();
        long begin = System.nanoTime();
        for (Opslaggebruiker gebruiker : gebruikers) {
            gebruiker.elk(rij -> {
                Optional<String> fout = migreer(s3, rij.sleutel(), rij.sha256(), rij.grootte(), gekopieerd, aanwezig);
                if (fout.isPresent()) {
                    fouten.incrementAndGet();
                    uit.println("  " + gebruiker.soort() + " " + rij.id() + ": " + fout.get());
                }
            });
        }
        uit.printf(
                "Bijlagen naar objectopslag: %d gekopieerd, %d al aanwezig, %d fout; %d ms%n",
                gekopieerd.get(), aanwezig.get(), fouten.get(), (System.nanoTime() - begin) / 1_000_000);
        uit.flush();
        return fouten.get() == 0 ? 0 : 1;
    }

    private Optional<String> migreer(
            S3Opslag s3, String sleutel, String sha256, long grootte, AtomicLong gekopieerd, AtomicLong aanwezig) {
        if (s3.opgeslagen(sleutel).filter(o -> sha256.equals(o.sha256())).isPresent()) {
            aanwezig.incrementAndGet();
            return Optional.empty();
        }
        Path bestand = map.pad(sleutel);
        if (!Files.isRegularFile(bestand)) {
            return Optional.of("bestand ontbreekt in de map en object ontbreekt in de opslag");
        }
        try {
            if (Files.size(bestand) != grootte || !sha256.equals(sha256(bestand))) {
                return Optional.of("bestand wijkt af van de controlesom bij ontvangst; niet gekopieerd");
            }
            s3.zet(sleutel, new Bestand(bestand, grootte), sha256);
        } catch (IOException | RuntimeException e) {
            return Optional.of("kopiëren mislukt (" + e.getClass().getSimpleName() + ")");
        }
        Optional<S3Opslag.Opgeslagen> terug = s3.opgeslagen(sleutel);
        if (terug.isEmpty()
                || terug.get().grootte() != grootte
                || !sha256.equals(terug.get().sha256())) {
            return Optional.of("na kopiëren niet met dezelfde controlesom in de opslag");
        }
        gekopieerd.incrementAndGet();
        return Optional.empty();
    }

    private static String sha256(Path bestand) throws IOException {
        MessageDigest digest = MapOpslag.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(bestand), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record Bestand(Path pad, long grootte) implements Upload {
        @Override
        public String bestandsnaam() {
            return pad.getFileName().toString();
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(pad);
        }
    }
}
