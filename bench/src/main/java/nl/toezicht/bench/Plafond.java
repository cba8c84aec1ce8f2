package nl.toezicht.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceiling for intake: what PostgreSQL does without the application. Each client inserts one
 * notification row into meldingen.melding plus one event_publication row (the outbox entry the
 * application writes in the same transaction), taking the reference number from the same sequence, in
 * one transaction committed durably (synchronous_commit on), one after the other: no batching, the
 * same concurrency as the Gatling run. Reports inserts per second and the p50/p99 latency of a
 * transaction, then removes its rows again (they are marked, and an outbox row left behind would be
 * republished on restart).
 *
 * <p>-Durl=jdbc:postgresql://127.0.0.1:55432/toezicht -Duser=postgres -Dpassword= -Dgebruikers=8 -Dduur=60
 */
public final class Plafond {

    static final String MARKERING = "bench.plafond:";

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55432/toezicht");
        String user = System.getProperty("user", "postgres");
        String password = System.getProperty("password", "");
        int gebruikers = Integer.getInteger("gebruikers", 8);
        int duur = Integer.getInteger("duur", 60);
        int opwarmen = Integer.getInteger("opwarmen", 5);

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            ruimOp(c);
            // durability is the point of the comparison: show what the server does on commit
            for (String instelling : new String[] {"synchronous_commit", "fsync", "wal_sync_method", "server_version"}) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("show " + instelling)) {
                    rs.next();
                    System.out.println(instelling + " = " + rs.getString(1));
                }
            }
        }

        long begin = System.nanoTime() + opwarmen * 1_000_000_000L;
        long einde = begin + duur * 1_000_000_000L;
        Thread[] threads = new Thread[gebruikers];
        long[][] metingen = new long[gebruikers][];
        AtomicReference<Throwable> fout = new AtomicReference<>();
        for (int i = 0; i < gebruikers; i++) {
            int index = i;
            threads[i] = new Thread(
                    () -> {
                        try {
                            metingen[index] = client(url, user, password, begin, einde);
                        } catch (Throwable e) {
                            fout.compareAndSet(null, e);
                        }
                    },
                    "plafond-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            ruimOp(c);
        }
        if (fout.get() != null) {
            throw new IllegalStateException("a client failed", fout.get());
        }
        long[] alle = Arrays.stream(metingen).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                java.util.Locale.ROOT,
                "PLAFOND gebruikers=%d duur_s=%d inserts=%d per_s=%.1f p50_ms=%.2f p99_ms=%.2f%n",
                gebruikers,
                duur,
                alle.length,
                (double) alle.length / duur,
                ms(percentiel(alle, 50)),
                ms(percentiel(alle, 99)));
    }

    /** Commits one notification after the other until the end; returns the latencies after warm-up (ns). */
    private static long[] client(String url, String user, String password, long begin, long einde)
            throws SQLException {
        long[] latenties = new long[1 << 14];
        int n = 0;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = on");
            }
            c.setAutoCommit(false);
            try (PreparedStatement nummer = c.prepareStatement("select nextval('meldingen.melding_nummer_seq')");
                    PreparedStatement melding = c.prepareStatement(MELDING);
                    PreparedStatement event = c.prepareStatement(EVENT)) {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= einde) {
                        break;
                    }
                    UUID id = UUID.randomUUID();
                    long volgnummer;
                    try (ResultSet rs = nummer.executeQuery()) {
                        rs.next();
                        volgnummer = rs.getLong(1);
                    }
                    String referentie = "P-%d-%06d".formatted(LocalDate.now().getYear(), volgnummer);
                    Timestamp nu = new Timestamp(System.currentTimeMillis());
                    melding.setObject(1, id);
                    melding.setString(2, referentie);
                    melding.setString(3, "BURGER");
                    melding.setString(4, "WEBFORMULIER");
                    melding.setString(5, "KLACHT_OF_SIGNAAL");
                    melding.setString(6, "VERZORGING_EN_VERPLEGING");
                    melding.setString(7, "het verpleeghuis aan de Kerkstraat in Zwolle");
                    melding.setObject(8, LocalDate.now());
                    melding.setString(
                            9,
                            "Belastingtest " + id + ": mijn moeder in het verpleeghuis wordt 's ochtends pas om elf uur"
                                    + " geholpen en zit dan al uren nat.");
                    melding.setString(10, hex64());
                    melding.setTimestamp(11, nu);
                    melding.executeUpdate();
                    event.setObject(1, UUID.randomUUID());
                    event.setString(2, MARKERING + "nl.toezicht.zaken.MeldingenListener.opMeldingOntvangen");
                    event.setString(3, "nl.toezicht.meldingen.MeldingOntvangen");
                    event.setString(4, "{\"melding\":{\"waarde\":\"" + id + "\"},\"referentie\":\"" + referentie
                            + "\",\"soort\":\"KLACHT_OF_SIGNAAL\",\"sector\":\"VERZORGING_EN_VERPLEGING\","
                            + "\"ontvangenOp\":\"" + nu.toInstant() + "\"}");
                    event.setTimestamp(5, nu);
                    event.executeUpdate();
                    c.commit();
                    long klaar = System.nanoTime();
                    if (start >= begin && klaar <= einde) {
                        if (n == latenties.length) {
                            latenties = Arrays.copyOf(latenties, n * 2);
                        }
                        latenties[n++] = klaar - start;
                    }
                }
            }
        }
        return Arrays.copyOf(latenties, n);
    }

    private static final String MELDING = "insert into meldingen.melding (id, referentie, status, bron, kanaal, soort,"
            + " sector, zorgaanbieder_omschrijving, datum_gebeurtenis, omschrijving, status_token_hash, ontvangen_op,"
            + " version) values (?, ?, 'ONTVANGEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final String EVENT = "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 0)";

    private static void ruimOp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from event_publication where listener_id like '" + MARKERING + "%'");
            s.executeUpdate("delete from meldingen.melding where referentie like 'P-%'");
        }
    }

    private static String hex64() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static long percentiel(long[] gesorteerd, double p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(i, gesorteerd.length - 1))];
    }

    private static double ms(long ns) {
        return ns / 1_000_000.0;
    }
}
