package nl.toezicht.historie;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import nl.toezicht.historie.Historierecord.Soort;
import nl.toezicht.historie.Importverslag.Fout;
import nl.toezicht.historie.Importverslag.Uitkomst;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zakenlader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs imports of the history: records the run ({@code historie.importrun}) and its progress, logs it in
 * the access log, reads the file in one transaction ({@link Inlezer}; the owners' bulk writers write in it
 * and, when it commits, announce their loads: {@code MeldingenInBulkGeladen}, {@code ZakenInBulkGeladen}),
 * commits or rolls back by the options and what it found, keeps the report, and after a committed run
 * publishes {@link HistorieGeimporteerd}. One import at a time (an advisory lock).
 */
@Service
@EnableConfigurationProperties(HistorieProperties.class)
public class HistorieImport {

    private static final Logger log = LoggerFactory.getLogger(HistorieImport.class);
    private static final long SLOT = 0x6869_7374_6f72_6965L;
    private static final Duration VOORTGANG_OPSLAAN = Duration.ofSeconds(1);
    private static final Duration VOORTGANG_LOGGEN = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource berichten;
    private final Toegangslog toegangslog;
    private final Toegangsbeleid toegangsbeleid;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final TransactionTemplate importTransactie;
    private final TransactionTemplate voortgangTransactie;
    private final Zorgaanbiederlader zorgaanbiederlader;
    private final Meldingenlader meldingenlader;
    private final Zakenlader zakenlader;
    private final Inspectielader inspectielader;
    private final ObjectMapper json;
    private final HistorieProperties properties;
    private final Map<UUID, Connection> levend = new ConcurrentHashMap<>();
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "historie-import");
        t.setDaemon(true);
        return t;
    });

    HistorieImport(
            DataSource dataSource,
            JdbcClient jdbc,
            Clock clock,
            MessageSource berichten,
            Toegangslog toegangslog,
            Toegangsbeleid toegangsbeleid,
            ApplicationEventPublisher events,
            PlatformTransactionManager transacties,
            ObjectMapper json,
            HistorieProperties properties,
            Zorgaanbiederlader zorgaanbiederlader,
            Meldingenlader meldingenlader,
            Zakenlader zakenlader,
            Inspectielader inspectielader) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.berichten = berichten;
        this.toegangslog = toegangslog;
        this.toegangsbeleid = toegangsbeleid;
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
        this.importTransactie = new TransactionTemplate(transacties);
        // progress is stored beside the import's transaction, so any instance's page shows it while it runs
        this.voortgangTransactie = new TransactionTemplate(transacties);
        this.voortgangTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.zorgaanbiederlader = zorgaanbiederlader;
        this.meldingenlader = meldingenlader;
        this.zakenlader = zakenlader;
        this.inspectielader = inspectielader;
        this.json = json;
        this.properties = properties;
    }

    /** A run just registered; {@link #voerUit} does the work (on this thread or another). */
    public record Run(UUID id, Path bestand, String naam, Importopties opties) {}

    /** The administrator's page: registers a run for an uploaded file (kept under the configured map). */
    public Run registreerUpload(InputStream inhoud, String naam, boolean droog, boolean metAfwijzingen) {
        toegangsbeleid.eis(HistorieRechten.IMPORTEREN);
        UUID id = UUID.randomUUID();
        try {
            Path map = Files.createDirectories(properties.map());
            Path bestand = map.resolve(id + ".jsonl");
            Files.copy(inhoud, bestand);
            Path afwijzingen = metAfwijzingen ? map.resolve(id + "-afwijzingen.jsonl") : null;
            return registreer(id, bestand, naam, new Importopties(droog, afwijzingen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line: registers a run for a file on disk. */
    public Run registreer(Path bestand, Importopties opties) {
        if (!Files.isRegularFile(bestand)) {
            throw Weigering.opVeld("bestand", "historie.bestand.niet-gevonden", bestand.toString());
        }
        return registreer(UUID.randomUUID(), bestand, bestand.getFileName().toString(), opties);
    }

    private Run registreer(UUID id, Path bestand, String naam, Importopties opties) {
        long grootte;
        try {
            grootte = Files.size(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the run's lock first, then its row: no other instance can see it BEZIG without its lock held
        houdLevend(id);
        try {
            jdbc.sql("insert into historie.importrun (id, bestand, bestand_grootte, droog, met_afwijzingen,"
                            + " gestart_door, gestart_op, status) values (?, ?, ?, ?, ?, ?, ?, 'BEZIG')")
                    .params(
                            id,
                            naam,
                            grootte,
                            opties.droog(),
                            opties.afwijzingen() != null,
                            wie(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (RuntimeException e) {
            laatLos(id);
            throw e;
        }
        // NEN 7513: who imported which file, dry or not (the run id leads to the file, its lines and the report)
        toegangslog.toegestaan(Handeling.IMPORTEREN, Logobject.van("IMPORT", id.toString()));
        return new Run(id, bestand, naam, opties);
    }

    private static String wie() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a.getName() == null ? "onbekend" : a.getName();
    }

    /** What one run found, whether it committed or not. */
    private record Uitvoering(
            Uitkomst uitkomst,
            Inlezer.@Nullable Resultaat resultaat,
            @Nullable Aansluiting aansluiting,
            @Nullable String bestandHash,
            @Nullable Fout storing) {}

    /** Reads the file of a registered run; never throws for what the file holds: the report says it. */
    public Importverslag voerUit(Run run) {
        try {
            return voerUitEnHoudLevend(run);
        } finally {
            laatLos(run.id());
        }
    }

    private Importverslag voerUitEnHoudLevend(Run run) {
        long begin = System.nanoTime();
        Voortgang voortgang = new Voortgang(run);
        Uitvoering uitvoering;
        try {
            // before the import's transaction, so a dry or refused run does not take the marks back
            markeerOnderbroken();
            uitvoering = importTransactie.execute(status -> lees(run, voortgang, status));
        } catch (RuntimeException e) {
            log.error("History import {} failed", run.id(), e);
            uitvoering = new Uitvoering(
                    Uitkomst.MISLUKT,
                    null,
                    null,
                    null,
                    new Fout(0, null, "bestand", berichten.getMessage("historie.import.storing", null, Inlezer.NL)));
        }
        Uitkomst uitkomst = uitvoering.uitkomst();
        Inlezer.Resultaat resultaat = uitvoering.resultaat();
        long ms = Math.max(1, (System.nanoTime() - begin) / 1_000_000);
        Importverslag verslag = verslag(run, uitkomst, resultaat, uitvoering.aansluiting(), uitvoering.storing(), ms);
        bewaar(run, verslag, uitvoering.bestandHash(), resultaat);
        log.info(
                "History import {} of {}: {} ({} lines, {} new records, {} refused, {} records/s, {} ms)",
                run.id(),
                run.naam(),
                uitkomst,
                verslag.regels(),
                verslag.totaalNieuw(),
                verslag.afgewezen(),
                verslag.recordsPerSeconde(),
                ms);
        return verslag;
    }

    /**
     * The run in the import's transaction: the owners' bulk writers work on its connection. Commits only a
     * real run that may keep what it wrote (with the loads' announcements); everything else is rolled back.
     */
    private Uitvoering lees(Run run, Voortgang voortgang, TransactionStatus status) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (!eerste(c, "select pg_try_advisory_xact_lock(" + SLOT + ")")) {
                throw new Regelfout("bestand", "historie.import.bezig");
            }
            Inlezer.Schrijvers schrijvers = new Inlezer.Schrijvers(
                    zorgaanbiederlader, meldingenlader, meldingenlader.begin(), zakenlader.begin(), inspectielader);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Aansluiting aansluiting;
            Inlezer.Resultaat resultaat;
            try (Regels regels = new Regels(new DigestInputStream(Files.newInputStream(run.bestand()), sha256));
                    Afwijzingsbestand afwijzingen =
                            Afwijzingsbestand.open(run.opties().afwijzingen())) {
                Inlezer inlezer = new Inlezer(
                        c, schrijvers, clock, run.id(), run.naam(), berichten, afwijzingen, voortgang::meld);
                inlezer.lees(regels);
                aansluiting = inlezer.sluitAf();
                resultaat = inlezer.resultaat();
            }
            String bestandHash = HexFormat.of().formatHex(sha256.digest());
            Uitkomst uitkomst;
            if (run.opties().droog()) {
                uitkomst = Uitkomst.GECONTROLEERD;
            } else if (resultaat.afgewezen() > 0 && run.opties().afwijzingen() == null) {
                uitkomst = Uitkomst.AFGEWEZEN;
            } else {
                uitkomst = Uitkomst.GESLAAGD;
            }
            if (uitkomst == Uitkomst.GESLAAGD) {
                schrijvers.meldingenLading().rondAf();
                schrijvers.zakenLading().rondAf();
            } else {
                status.setRollbackOnly();
            }
            return new Uitvoering(uitkomst, resultaat, aansluiting, bestandHash, null);
        } catch (Regelfout f) {
            status.setRollbackOnly();
            return new Uitvoering(
                    Uitkomst.MISLUKT,
                    null,
                    null,
                    null,
                    new Fout(0, null, f.veld(), berichten.getMessage(f.sleutel(), f.argumenten(), Inlezer.NL)));
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static Importverslag verslag(
            Run run,
            Uitkomst uitkomst,
            Inlezer.@Nullable Resultaat r,
            @Nullable Aansluiting aansluiting,
            @Nullable Fout storing,
            long ms) {
        List<Fout> fouten = r == null ? List.of() : r.fouten();
        if (storing != null) {
            fouten = List.of(storing);
        }
        long regels = r == null ? 0 : r.regels();
        return new Importverslag(
                run.id(),
                run.naam(),
                run.opties().droog(),
                run.opties().afwijzingen() != null,
                uitkomst,
                regels,
                r == null ? 0 : r.legeRegels(),
                Inlezer.alsTekst(r == null ? java.util.Map.of() : r.nieuw()),
                Inlezer.alsTekst(r == null ? java.util.Map.of() : r.ongewijzigd()),
                Inlezer.alsTekst(r == null ? java.util.Map.of() : r.gewijzigd()),
                r == null ? 0 : r.afgewezen(),
                storing != null ? 1 : r == null ? 0 : r.aantalFouten(),
                fouten,
                r == null ? List.of() : r.wijzigingen(),
                // a rolled-back run has nothing in the database to reconcile: counts read inside its
                // transaction would report as stored what the rollback took away
                aansluiting == null || uitkomst == Uitkomst.AFGEWEZEN || uitkomst == Uitkomst.MISLUKT
                        ? List.of()
                        : aansluiting.regels(),
                ms,
                regels * 1000 / ms,
                run.opties().afwijzingen() == null
                        ? null
                        : run.opties().afwijzingen().toString());
    }

    private void bewaar(Run run, Importverslag verslag, @Nullable String bestandHash, Inlezer.@Nullable Resultaat r) {
        String status = verslag.uitkomst().name();
        transactie.executeWithoutResult(t -> {
            jdbc.sql("update historie.importrun set status = ?, klaar_op = ?, regels = ?, fouten = ?,"
                            + " bestand_sha256 = ?, gelezen_bytes = bestand_grootte, verslag = ?::jsonb where id = ?")
                    .params(
                            status,
                            Timestamp.from(clock.instant()),
                            verslag.regels(),
                            verslag.aantalFouten(),
                            bestandHash,
                            json.writeValueAsString(verslag),
                            run.id())
                    .update();
            if (verslag.uitkomst() == Uitkomst.GESLAAGD && verslag.totaalNieuw() > 0 && r != null) {
                events.publishEvent(new HistorieGeimporteerd(
                        run.id(),
                        r.nieuw().getOrDefault(Soort.ZORGAANBIEDER, 0L),
                        r.nieuw().getOrDefault(Soort.MELDING, 0L),
                        r.nieuw().getOrDefault(Soort.ZAAK, 0L),
                        r.jaren()));
            }
        });
    }

    /** The report of a finished run. */
    public Optional<Importverslag> verslag(UUID run) {
        toegangsbeleid.eis(HistorieRechten.IMPORTEREN);
        return jdbc.sql("select verslag::text from historie.importrun where id = ? and verslag is not null")
                .param(run)
                .query(String.class)
                .optional()
                .map(tekst -> json.readValue(tekst, Importverslag.class));
    }

    public Optional<Importvoortgang> voortgang(UUID run) {
        toegangsbeleid.eis(HistorieRechten.IMPORTEREN);
        return jdbc.sql("select id, bestand, status, droog, regels, gelezen_bytes, bestand_grootte, fouten, gestart_op,"
                        + " klaar_op from historie.importrun where id = ?")
                .param(run)
                .query((rs, i) -> voortgang(rs))
                .optional();
    }

    /** The latest runs, newest first. */
    public List<Importvoortgang> recent() {
        toegangsbeleid.eis(HistorieRechten.IMPORTEREN);
        return jdbc.sql("select id, bestand, status, droog, regels, gelezen_bytes, bestand_grootte, fouten, gestart_op,"
                        + " klaar_op from historie.importrun order by gestart_op desc limit 20")
                .query((rs, i) -> voortgang(rs))
                .list();
    }

    /** The rejects file of a run with that option, if it has one. */
    public Optional<Path> afwijzingen(UUID run) {
        toegangsbeleid.eis(HistorieRechten.IMPORTEREN);
        Path pad = properties.map().resolve(run + "-afwijzingen.jsonl");
        return Files.isRegularFile(pad) ? Optional.of(pad) : Optional.empty();
    }

    private Importvoortgang voortgang(ResultSet rs) throws SQLException {
        Timestamp klaar = rs.getTimestamp("klaar_op");
        return new Importvoortgang(
                rs.getObject("id", UUID.class),
                rs.getString("bestand"),
                rs.getString("status"),
                rs.getBoolean("droog"),
                rs.getLong("regels"),
                rs.getLong("gelezen_bytes"),
                rs.getLong("bestand_grootte"),
                rs.getLong("fouten"),
                rs.getTimestamp("gestart_op").toInstant(),
                klaar == null ? null : klaar.toInstant(),
                clock.instant());
    }

    private static boolean eerste(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Stores progress now and then (so the page of any instance can show it) and logs it less often. */
    private final class Voortgang {
        private final Run run;
        private final long begin = System.nanoTime();
        private long opgeslagen = begin;
        private long gelogd = begin;
        private final long grootte;

        Voortgang(Run run) {
            this.run = run;
            long g;
            try {
                g = Files.size(run.bestand());
            } catch (IOException e) {
                g = 0;
            }
            this.grootte = g;
        }

        void meld(long regels, long bytes) {
            long nu = System.nanoTime();
            if (nu - opgeslagen >= VOORTGANG_OPSLAAN.toNanos()) {
                opgeslagen = nu;
                voortgangTransactie.executeWithoutResult(
                        t -> jdbc.sql("update historie.importrun set regels = ?, gelezen_bytes = ? where id = ?")
                                .params(regels, bytes, run.id())
                                .update());
            }
            if (nu - gelogd >= VOORTGANG_LOGGEN.toNanos()) {
                gelogd = nu;
                long ms = Math.max(1, (nu - begin) / 1_000_000);
                long resterend = bytes == 0 ? 0 : ms * (grootte - bytes) / bytes / 1000;
                log.info(
                        "History import {}: {} lines, {}% of the file, {} lines/s, about {} s left",
                        run.id(), regels, grootte == 0 ? 100 : bytes * 100 / grootte, regels * 1000 / ms, resterend);
            }
        }
    }

    /** The rejects file and, beside it, {@code <file>.fouten.csv} with the errors per rejected line. */
    private static final class Afwijzingsbestand implements Inlezer.Afwijzingen, AutoCloseable {
        private final OutputStream regels;
        private final OutputStream fouten;
        private long nummer;

        private Afwijzingsbestand(Path pad) throws IOException {
            Path map = pad.toAbsolutePath().getParent();
            if (map != null) {
                Files.createDirectories(map);
            }
            this.regels = new BufferedOutputStream(Files.newOutputStream(pad));
            this.fouten = new BufferedOutputStream(
                    Files.newOutputStream(pad.resolveSibling(pad.getFileName() + ".fouten.csv")));
            fouten.write("regel_in_afwijzingen;regel_in_bestand;id;veld;melding\n".getBytes(StandardCharsets.UTF_8));
        }

        static @Nullable Afwijzingsbestand open(@Nullable Path pad) throws IOException {
            return pad == null ? null : new Afwijzingsbestand(pad);
        }

        @Override
        public void schrijf(Regels.Regel regel, List<Fout> regelfouten) throws IOException {
            nummer++;
            regels.write(regel.bytes());
            regels.write('\n');
            for (Fout f : regelfouten) {
                String csv = nummer + ";" + regel.nummer() + ";" + csv(f.id()) + ";" + csv(f.veld()) + ";"
                        + csv(f.melding()) + "\n";
                fouten.write(csv.getBytes(StandardCharsets.UTF_8));
            }
        }

        private static String csv(@Nullable String waarde) {
            return waarde == null ? "" : "\"" + waarde.replace("\"", "\"\"") + "\"";
        }

        @Override
        public void close() throws IOException {
            try (regels;
                    fouten) {
                regels.flush();
                fouten.flush();
            }
        }
    }

    /**
     * Runs left BEZIG by an instance that is gone (killed, crashed) are marked ONDERBROKEN: at start-up and
     * when a run begins. Whether a run's instance lives tells the database: from registration to its end
     * the instance holds a session advisory lock for the run ({@link #levensslot}) on a connection of its
     * own, and PostgreSQL releases it the moment that session ends, however the JVM ended. So a run that is
     * live on another instance, or queued behind another run there, is never marked, and a killed one is
     * marked at once, without a heartbeat to wait for. Nothing of an interrupted run was stored (a run is
     * one transaction).
     */
    int markeerOnderbroken() {
        List<UUID> bezig = jdbc.sql("select id from historie.importrun where status = 'BEZIG'")
                .query(UUID.class)
                .list();
        int gemarkeerd = 0;
        try (Connection c = dataSource.getConnection()) {
            for (UUID run : bezig) {
                if (levend.containsKey(run) || !eerste(c, "select pg_try_advisory_lock(" + levensslot(run) + ")")) {
                    continue;
                }
                try {
                    gemarkeerd += jdbc.sql("update historie.importrun set status = 'ONDERBROKEN', klaar_op = ?"
                                    + " where id = ? and status = 'BEZIG'")
                            .params(Timestamp.from(clock.instant()), run)
                            .update();
                    log.warn("History import {} was interrupted (its instance stopped while it ran)", run);
                } finally {
                    eerste(c, "select pg_advisory_unlock(" + levensslot(run) + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("interrupted history imports could not be marked", e);
        }
        return gemarkeerd;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        markeerOnderbroken();
    }

    /** The key of a run's lock (a 64-bit advisory lock; a clash with another key is as unlikely as a UUID's). */
    static long levensslot(UUID run) {
        return run.getMostSignificantBits() ^ run.getLeastSignificantBits();
    }

    private void houdLevend(UUID run) {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(true);
                if (!eerste(c, "select pg_try_advisory_lock(" + levensslot(run) + ")")) {
                    throw new IllegalStateException("the lock of history import " + run + " is taken");
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            levend.put(run, c);
        } catch (SQLException e) {
            throw new IllegalStateException("history import " + run + " could not be registered", e);
        }
    }

    /** Lets go of the run's lock; the connection goes back to the pool without it. */
    private void laatLos(UUID run) {
        Connection c = levend.remove(run);
        if (c == null) {
            return;
        }
        try (c) {
            eerste(c, "select pg_advisory_unlock(" + levensslot(run) + ")");
        } catch (SQLException e) {
            log.warn(
                    "The lock of history import {} was not released cleanly ({})",
                    run,
                    e.getClass().getName());
            try {
                c.abort(Runnable::run); // a broken session: its lock went with it, and it must not be reused
            } catch (SQLException ignored) {
                // closed anyway
            }
        }
    }

    /** Runs one import at a time in the background (the page's uploads); the lock keeps it one per database. */
    public void voerUitOpAchtergrond(Run run) {
        achtergrond.submit(() -> voerUit(run));
    }

    @PreDestroy
    void stop() {
        achtergrond.shutdownNow();
        // runs still queued will not run here: without their locks the next start or run marks them
        List.copyOf(levend.keySet()).forEach(this::laatLos);
    }
}
