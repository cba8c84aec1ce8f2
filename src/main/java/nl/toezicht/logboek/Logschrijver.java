package nl.toezicht.logboek;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends access-log entries with group commit: one writer thread takes every entry that is waiting, and
 * writes them in one short transaction of its own (so an entry stays when the caller's transaction rolls
 * back), under an advisory lock that keeps the chain whole across instances, with one durable commit for
 * all of them. A caller's future completes once its entry is committed (decision 0016).
 *
 * <p>The writer also looks up who the users are (name, role, departments) for the whole group in one
 * query, instead of once per entry on the request thread.
 */
@Component
class Logschrijver implements SmartLifecycle {

    static final long KETTING_SLOT = 7513L;
    private static final int GROEP_MAX = 256;
    private static final Logger log = LoggerFactory.getLogger(Logschrijver.class);

    /** What the request thread knows of an entry; the writer adds the user's details and the chain. */
    record Aanvraag(
            UUID id,
            String handeling,
            Instant tijdstip,
            boolean toegestaan,
            String gebruiker,
            @Nullable String namens,
            @Nullable String doel,
            @Nullable String ip,
            @Nullable String userAgent,
            @Nullable String requestId,
            String objecten) {}

    private record Opdracht(Aanvraag aanvraag, CompletableFuture<Long> klaar) {}

    private record Wie(@Nullable String naam, @Nullable String rol, String afdelingen) {
        static final Wie ONBEKEND = new Wie(null, null, "");
    }

    private final JdbcTemplate jdbc;
    private final Logboekgebruikers gebruikers;
    private final TransactionTemplate eigenTransactie;
    private final LinkedBlockingQueue<Opdracht> wachtrij = new LinkedBlockingQueue<>();
    private volatile @Nullable Thread draad;
    private volatile boolean loopt;

    Logschrijver(JdbcTemplate jdbc, Logboekgebruikers gebruikers, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues an entry; the future completes with its sequence number once it is durably committed. */
    CompletableFuture<Long> voegToe(Aanvraag aanvraag) {
        Opdracht opdracht = new Opdracht(aanvraag, new CompletableFuture<>());
        if (loopt) {
            wachtrij.add(opdracht);
        } else {
            // before start or after stop (start-up runners, shutdown): write on the caller's thread
            schrijf(List.of(opdracht));
        }
        return opdracht.klaar();
    }

    private void werk() {
        List<Opdracht> groep = new ArrayList<>(GROEP_MAX);
        while (loopt || !wachtrij.isEmpty()) {
            try {
                Opdracht eerste = wachtrij.poll(200, TimeUnit.MILLISECONDS);
                if (eerste == null) {
                    continue;
                }
                groep.add(eerste);
                wachtrij.drainTo(groep, GROEP_MAX - 1);
                schrijf(groep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                groep.clear();
            }
        }
        // whatever is still queued (interrupted): write it before going
        List<Opdracht> rest = new ArrayList<>();
        wachtrij.drainTo(rest);
        if (!rest.isEmpty()) {
            schrijf(rest);
        }
    }

    private void schrijf(List<Opdracht> groep) {
        try {
            long[] volgnummers = eigenTransactie.execute(status -> schrijfInTransactie(groep));
            for (int i = 0; i < groep.size(); i++) {
                groep.get(i).klaar().complete(volgnummers[i]);
            }
        } catch (DataIntegrityViolationException e) {
            if (groep.size() == 1) {
                log.error(
                        "An access-log entry was refused by the database ({})",
                        e.getClass().getName());
                groep.get(0).klaar().completeExceptionally(e);
                return;
            }
            // one entry the database refuses must not fail the others' requests: the group's transaction
            // rolled back as a whole, so each entry is written again on its own, each taking the chain's lock
            // and its last link afresh (the chain stays whole), and only the bad one fails
            log.warn("An access-log group of {} entries was refused; writing them one by one", groep.size());
            for (Opdracht opdracht : groep) {
                schrijf(List.of(opdracht));
            }
        } catch (RuntimeException e) {
            // the database is unreachable or the like: writing one by one would only take longer to fail
            log.error("Access-log entries could not be written ({} entries)", groep.size(), e);
            groep.forEach(o -> o.klaar().completeExceptionally(e));
        }
    }

    private long[] schrijfInTransactie(List<Opdracht> groep) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, KETTING_SLOT);
        List<Map<String, Object>> laatste =
                jdbc.queryForList("select volgnummer, hash from logboek.toegangslog order by volgnummer desc limit 1");
        long volgnummer = laatste.isEmpty() ? 0 : ((Number) laatste.get(0).get("volgnummer")).longValue();
        String vorige =
                laatste.isEmpty() ? Logregel.BEGIN : (String) laatste.get(0).get("hash");
        Map<String, Wie> wie = wie(groep);
        List<Object[]> rijen = new ArrayList<>(groep.size());
        long[] volgnummers = new long[groep.size()];
        for (int i = 0; i < groep.size(); i++) {
            Aanvraag a = groep.get(i).aanvraag();
            Wie w = wie.getOrDefault(a.gebruiker(), Wie.ONBEKEND);
            Logregel regel = new Logregel(
                    a.id(),
                    a.handeling(),
                    a.tijdstip(),
                    a.toegestaan(),
                    a.gebruiker(),
                    w.naam(),
                    w.rol(),
                    w.afdelingen(),
                    a.namens(),
                    a.doel(),
                    a.ip(),
                    a.userAgent(),
                    a.requestId(),
                    a.objecten());
            volgnummer++;
            String hash = regel.hash(vorige, volgnummer);
            rijen.add(rij(regel, volgnummer, vorige, hash));
            volgnummers[i] = volgnummer;
            vorige = hash;
        }
        jdbc.batchUpdate(invoegen("logboek.toegangslog"), rijen);
        return volgnummers;
    }

    /** The insert of one entry into this table, for {@link #rij}. */
    static String invoegen(String tabel) {
        return "insert into " + tabel + " (volgnummer, id, handeling, tijdstip, toegestaan, gebruiker, "
                + "gebruiker_naam, rol, afdelingen, namens, doel, ip, user_agent, request_id, objecten, "
                + "vorige_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, "
                + "?, ?, ?, ?)";
    }

    /** The parameters of {@link #invoegen} for an entry at its place in the chain. */
    static Object[] rij(Logregel regel, long volgnummer, String vorige, String hash) {
        return new Object[] {
            volgnummer,
            regel.id(),
            regel.handeling(),
            Timestamp.from(regel.tijdstip()),
            regel.toegestaan(),
            regel.gebruiker(),
            regel.gebruikerNaam(),
            regel.rol(),
            regel.afdelingen(),
            regel.namens(),
            regel.doel(),
            regel.ip(),
            regel.userAgent(),
            regel.requestId(),
            regel.objecten(),
            vorige,
            hash
        };
    }

    /** Name, role and departments of the group's users, in one look-up. */
    private Map<String, Wie> wie(List<Opdracht> groep) {
        Set<String> namen = groep.stream().map(o -> o.aanvraag().gebruiker()).collect(Collectors.toSet());
        Map<String, Wie> wie = new HashMap<>();
        gebruikers.vind(namen).forEach((naam, g) -> {
            String[] afdelingen = g.afdelingen().toArray(String[]::new);
            Arrays.sort(afdelingen);
            wie.put(naam, new Wie(g.naam(), g.rol(), String.join(",", afdelingen)));
        });
        return wie;
    }

    @Override
    public void start() {
        loopt = true;
        Thread t = new Thread(this::werk, "toegangslog-schrijver");
        t.setDaemon(true);
        draad = t;
        t.start();
    }

    @Override
    public void stop() {
        loopt = false;
        Thread t = draad;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        draad = null;
    }

    @Override
    public boolean isRunning() {
        return loopt;
    }

    /** Stops after the web server (which stops at a higher phase) has finished its requests. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
