package nl.toezicht.kern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of the embedded default (docs/operations.md "Backup and restore", decision 0075): the
 * whole PostgreSQL cluster as a base backup made by the server itself ({@code pg_backup_start} /
 * {@code pg_backup_stop}, online, while the application runs), with the WAL it needs, plus the file store's
 * directory. The bundled binaries are only {@code initdb}, {@code pg_ctl} and {@code postgres}: there is no
 * {@code pg_dump} to call, and a base backup keeps what a logical dump would not (transaction ids the partner
 * event log orders by, sequences, the access log byte for byte).
 *
 * <p>A restore fills an empty data directory and an empty file directory; the next start of the application
 * (or of PostgreSQL on that directory) replays the WAL up to the end of the backup.
 */
public final class Reservekopie {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private static final Logger log = LoggerFactory.getLogger(Reservekopie.class);

    /** What the server makes again itself: never copied (the PostgreSQL manual, "Making a Base Backup"). */
    private static final Set<String> INHOUD_NIET = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private static final Set<String> BESTANDEN_NIET = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "epg-lock",
            "backup_label",
            "tablespace_map",
            "backup_label.old",
            "standby.signal",
            "recovery.signal");

    private Reservekopie() {}

    /** What a backup or a restore did. */
    public record Verslag(long bestanden, long bytes, long bijlagen, Duration duur) {
        @Override
        public String toString() {
            return bestanden + " bestanden, " + bytes + " bytes database, " + bijlagen + " bestanden in de opslag; "
                    + duur.toMillis() + " ms";
        }
    }

    /**
     * Backs up the cluster on {@code data} (its postmaster must run: the application, or the server this
     * command started) and the file directory into {@code doel}, which must be empty or not exist.
     */
    public static Verslag maak(Path doel, Path data, int poort, OpslagProperties opslag, Clock clock)
            throws IOException, SQLException {
        Instant begin = clock.instant();
        leegOfNieuw(doel);
        Path db = Files.createDirectories(doel.resolve("postgres"));
        Teller teller = new Teller();
        Properties verbinding = new Properties();
        verbinding.setProperty("user", "postgres");
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://localhost:" + poort + "/postgres", verbinding);
                Statement s = c.createStatement()) {
            // non-exclusive: if this command dies, the server ends the backup with the session
            s.execute("select pg_backup_start('toezicht " + begin + "', true)");
            kopieer(data, db, teller, true);
            try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                rs.next();
                Files.writeString(db.resolve("backup_label"), rs.getString(1), StandardCharsets.UTF_8);
                String spcmap = rs.getString(2);
                if (spcmap != null && !spcmap.isEmpty()) {
                    Files.writeString(db.resolve("tablespace_map"), spcmap, StandardCharsets.UTF_8);
                }
            }
        }
        // after the stop: every WAL segment from the backup's start to its end is in pg_wal (wal_keep_size)
        try (Stream<Path> wal = Files.list(data.resolve("pg_wal"))) {
            for (Path segment : wal.filter(Files::isRegularFile).toList()) {
                kopieerBestand(
                        segment,
                        db.resolve("pg_wal").resolve(segment.getFileName().toString()),
                        teller);
            }
        }
        long bijlagen = 0;
        if (opslag.opslag() == OpslagProperties.Soort.MAP && Files.isDirectory(opslag.map())) {
            Teller b = new Teller();
            kopieer(opslag.map(), Files.createDirectories(doel.resolve("bijlagen")), b, false);
            bijlagen = b.bestanden;
        } else if (opslag.opslag() == OpslagProperties.Soort.S3) {
            log.warn("Bestanden staan in objectopslag: maak daarvan een kopie met de middelen van de opslag zelf");
        }
        Verslag verslag =
                new Verslag(teller.bestanden, teller.bytes, bijlagen, Duration.between(begin, clock.instant()));
        Files.writeString(
                doel.resolve("reservekopie.txt"),
                "Toezicht reservekopie van " + begin + "\n" + verslag + "\n"
                        + "Terugzetten: java -jar toezicht.jar restore " + doel + "\n",
                StandardCharsets.UTF_8);
        return verslag;
    }

    /**
     * Puts a backup back into {@code data} and the file directory, both of which must be empty or not exist
     * (the application stopped). Nothing is overwritten.
     */
    public static Verslag zetTerug(Path bron, Path data, OpslagProperties opslag, Clock clock) throws IOException {
        Instant begin = clock.instant();
        Path db = bron.resolve("postgres");
        if (!Files.isRegularFile(db.resolve("backup_label")) || !Files.isRegularFile(db.resolve("PG_VERSION"))) {
            throw new IllegalArgumentException(bron + " is geen reservekopie van Toezicht (backup_label ontbreekt)");
        }
        leegOfNieuw(data);
        Path bijlagenBron = bron.resolve("bijlagen");
        boolean metBijlagen = Files.isDirectory(bijlagenBron) && opslag.opslag() == OpslagProperties.Soort.MAP;
        if (metBijlagen) {
            leegOfNieuw(opslag.map());
        }
        Teller teller = new Teller();
        kopieer(db, data, teller, false);
        for (String map : INHOUD_NIET) {
            Files.createDirectories(data.resolve(map));
        }
        Files.createDirectories(data.resolve("pg_wal").resolve("archive_status"));
        // PostgreSQL refuses a data directory others may read
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        long bijlagen = 0;
        if (metBijlagen) {
            Teller b = new Teller();
            kopieer(bijlagenBron, opslag.map(), b, false);
            bijlagen = b.bestanden;
        }
        return new Verslag(teller.bestanden, teller.bytes, bijlagen, Duration.between(begin, clock.instant()));
    }

    private static void leegOfNieuw(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> inhoud = Files.list(map)) {
                if (inhoud.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(map + " is niet leeg: kies een lege of nieuwe map");
                }
            }
        }
        Files.createDirectories(map);
    }

    private static final class Teller {
        long bestanden;
        long bytes;
    }

    /**
     * Copies a directory tree. For a running cluster ({@code cluster}): leaves out what the server makes again
     * and files that disappear while copying (a dropped table, a temporary file); WAL replay repairs what
     * changed meanwhile.
     */
    private static void kopieer(Path van, Path naar, Teller teller, boolean cluster) throws IOException {
        Files.walkFileTree(van, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path map, BasicFileAttributes attributen) throws IOException {
                Path relatief = van.relativize(map);
                Files.createDirectories(naar.resolve(relatief.toString()));
                if (cluster && relatief.getNameCount() == 1 && INHOUD_NIET.contains(relatief.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (cluster && map.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path bestand, BasicFileAttributes attributen) throws IOException {
                String naam = bestand.getFileName().toString();
                if (cluster && (BESTANDEN_NIET.contains(naam) || naam.startsWith("pgsql_tmp"))) {
                    return FileVisitResult.CONTINUE;
                }
                if (!cluster && naam.endsWith(".tmp")) {
                    return FileVisitResult.CONTINUE; // a file store's write in progress, not yet acknowledged
                }
                kopieerBestand(bestand, naar.resolve(van.relativize(bestand).toString()), teller);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path bestand, IOException fout) throws IOException {
                if (cluster && fout instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw fout;
            }
        });
    }

    private static void kopieerBestand(Path van, Path naar, Teller teller) throws IOException {
        try {
            Files.copy(van, naar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            teller.bestanden++;
            teller.bytes += Files.size(naar);
        } catch (NoSuchFileException e) {
            // gone while copying: the WAL has what replaced it
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The port in a running postmaster's {@code postmaster.pid} (4th line). */
    static int poortVan(Path data) throws IOException {
        List<String> regels = Files.readAllLines(data.resolve("postmaster.pid"));
        return Integer.parseInt(regels.get(3).strip());
    }
}
