package nl.toezicht.kern;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL when no external database is configured. One server per JVM: test
 * contexts that Spring caches side by side share it, and it stops when the JVM ends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static EmbeddedPostgres server;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresProperties properties) {
        EmbeddedPostgres postgres = server(properties);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("toezicht-embedded");
        // keep row values (personal data) out of exception messages and so out of the logs
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        dataSource.setMaximumPoolSize(20);
        // zonky stops the server from its own JVM shutdown hook, alongside Spring's; whatever still asks for a
        // connection then (the event registry on close) should give up quickly instead of waiting 30 s
        dataSource.setConnectionTimeout(3_000);
        return dataSource;
    }

    static synchronized EmbeddedPostgres server(EmbeddedPostgresProperties properties) {
        if (server == null) {
            try {
                Files.createDirectories(
                        properties.dataDirectory().getParent() == null
                                ? properties.dataDirectory().toAbsolutePath().getParent()
                                : properties.dataDirectory().getParent());
                stopVerweesdeServer(properties.dataDirectory());
                if (properties.clean() && postmaster(properties.dataDirectory()).isEmpty()) {
                    // zonky cleans up when it stops; after a crash the old directory is still there
                    FileSystemUtils.deleteRecursively(properties.dataDirectory());
                }
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(properties.dataDirectory())
                        .setCleanDataDirectory(properties.clean())
                        // zonky turns fsync and synchronous_commit off by default (fine for throw-away test
                        // databases); an acknowledged notification must survive a crash of the machine
                        .setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "200")
                        // an online backup (Reservekopie) copies the WAL after pg_backup_stop: keep enough
                        .setServerConfig("wal_keep_size", "1GB")
                        .setServerConfig("shared_buffers", "256MB");
                if (properties.port() > 0) {
                    builder.setPort(properties.port());
                }
                EmbeddedPostgres started = builder.start();
                createDatabaseIfMissing(started.getPostgresDatabase(), properties.database());
                // after every application context has closed (and let go of its connections)
                SpringApplication.getShutdownHandlers().add(() -> closeQuietly(started));
                log.info(
                        "Embedded PostgreSQL started on port {} with data in {}",
                        started.getPort(),
                        properties.dataDirectory().toAbsolutePath());
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
            }
        }
        return server;
    }

    /**
     * After a {@code kill -9} (or the OOM killer, or a crash of the JVM) the PostgreSQL that JVM started keeps
     * running on its own ({@code pg_ctl} gives it its own session): it holds the data directory, its port and
     * its shared memory, and the next start fails with {@code lock file "postmaster.pid" already exists}. So
     * before starting: a postmaster alive on this data directory whose application is gone is stopped cleanly
     * (fast shutdown: its clients are gone with the dead JVM; committed work is on disk). Whether its
     * application is gone tells zonky's lock file {@code epg-lock}, which the JVM that started the server holds
     * as long as it lives: a server of a live application (another process on the same directory) is left
     * alone, and then zonky refuses to start a second one.
     */
    static void stopVerweesdeServer(Path data) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(data);
        if (postmaster.isEmpty()) {
            return;
        }
        Files.createDirectories(data);
        try (FileChannel kanaal = FileChannel.open(
                        data.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock slot = probeer(kanaal)) {
            if (slot == null) {
                return; // its application lives
            }
            ProcessHandle server = postmaster.get();
            log.warn(
                    "Embedded PostgreSQL (pid {}) was left running on {} by an application that ended without "
                            + "stopping it; stopping it before starting again",
                    server.pid(),
                    data.toAbsolutePath());
            stop(server, data);
        }
    }

    /** The postmaster of {@code postmaster.pid}, if it is alive and a PostgreSQL server (pids are reused). */
    static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidBestand = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidBestand)) {
            return Optional.empty();
        }
        List<String> regels = Files.readAllLines(pidBestand);
        if (regels.size() < 2 || !regels.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        // the second line is the data directory the server runs on: this one, not a copy elsewhere
        if (!Path.of(regels.get(1).strip())
                .toAbsolutePath()
                .normalize()
                .equals(data.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(regels.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private static @Nullable FileLock probeer(FileChannel kanaal) throws IOException {
        try {
            return kanaal.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it: its server is not orphaned
        }
    }

    /**
     * {@code pg_ctl stop -m fast} of the server's own binaries, run as zonky runs them (as root through
     * {@code unshare -U}, which PostgreSQL requires); a plain terminate if that is not possible.
     */
    private static void stop(ProcessHandle server, Path data) throws IOException {
        Path pgCtl = Path.of(server.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            boolean gestopt = false;
            if (Files.isExecutable(pgCtl)) {
                List<String> opdracht = new ArrayList<>();
                if (LinuxUtils.isUnshareAvailable()) {
                    opdracht.addAll(List.of("unshare", "-U"));
                }
                opdracht.addAll(
                        List.of(pgCtl.toString(), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"));
                Process stop = new ProcessBuilder(opdracht)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                gestopt = stop.waitFor(70, TimeUnit.SECONDS) && stop.exitValue() == 0;
            }
            if (!gestopt) {
                // SIGTERM, PostgreSQL's smart shutdown: the clients it waits for died with their JVM
                server.destroy();
            }
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL " + server.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "the orphaned PostgreSQL " + server.pid() + " on " + data
                            + " did not stop; stop it by hand (pg_ctl stop -D " + data + ")",
                    e);
        }
    }

    private static void createDatabaseIfMissing(DataSource postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (Connection connection = postgres.getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " could not be created", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
