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
 * The ceiling for intake: what PostgreSQL does without the application, for the same writes. For each
 * notification a client commits, durably (synchronous_commit on) and one after the other (no batching,
 * the same concurrency as the Gatling run), the two transactions the application commits:
 * <ol>
 *   <li>intake: the reference number from the same sequence, the meldingen.melding row and the
 *       event_publication row (the outbox entry);
 *   <li>case opening (the application does this after commit, in its listener): the check for an existing
 *       case, the case number, the zaken.zaak row, its first zaken.statuswijziging, the zaken.zaak_melding
 *       link, and marking the outbox entry completed.
 * </ol>
 * With {@code -Dalleen-intake=true} only the first transaction (what the client waits for). Reports inserts per second and the p50/p99 latency of a
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
            boolean alleenIntake = Boolean.getBoolean("alleen-intake");
            try (PreparedStatement nummer = c.prepareStatement("select nextval('meldingen.melding_nummer_seq')");
                    PreparedStatement melding = c.prepareStatement(MELDING);
                    PreparedStatement event = c.prepareStatement(EVENT);
                    PreparedStatement bestaandeZaak =
                            c.prepareStatement("select zaak from zaken.zaak_melding where melding_id = ?");
                    PreparedStatement zaaknummer = c.prepareStatement("select nextval('zaken.zaak_nummer_seq')");
                    PreparedStatement zaak = c.prepareStatement(ZAAK);
                    PreparedStatement wijziging = c.prepareStatement(STATUSWIJZIGING);
                    PreparedStatement koppeling = c.prepareStatement(ZAAK_MELDING);
                    PreparedStatement afgerond = c.prepareStatement(AFGEROND)) {
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
                    UUID eventId = UUID.randomUUID();
                    event.setObject(1, eventId);
                    event.setString(2, MARKERING + "nl.toezicht.zaken.MeldingenListener.opMeldingOntvangen");
                    event.setString(3, "nl.toezicht.meldingen.MeldingOntvangen");
                    event.setString(4, "{\"melding\":{\"waarde\":\"" + id + "\"},\"referentie\":\"" + referentie
                            + "\",\"soort\":\"KLACHT_OF_SIGNAAL\",\"sector\":\"VERZORGING_EN_VERPLEGING\","
                            + "\"ontvangenOp\":\"" + nu.toInstant() + "\"}");
                    event.setTimestamp(5, nu);
                    event.executeUpdate();
                    c.commit();
                    if (!alleenIntake) {
                        bestaandeZaak.setObject(1, id);
                        try (ResultSet rs = bestaandeZaak.executeQuery()) {
                            rs.next();
                        }
                        long zaakVolgnummer;
                        try (ResultSet rs = zaaknummer.executeQuery()) {
                            rs.next();
                            zaakVolgnummer = rs.getLong(1);
                        }
                        UUID zaakId = UUID.randomUUID();
                        zaak.setObject(1, zaakId);
                        zaak.setString(2, "PZ-%d-%06d".formatted(LocalDate.now().getYear(), zaakVolgnummer));
                        zaak.setObject(3, LocalDate.now().plusDays(3));
                        zaak.setTimestamp(4, nu);
                        zaak.setTimestamp(5, nu);
                        zaak.executeUpdate();
                        wijziging.setObject(1, zaakId);
                        wijziging.setTimestamp(2, nu);
                        wijziging.executeUpdate();
                        koppeling.setObject(1, id);
                        koppeling.setObject(2, zaakId);
                        koppeling.setTimestamp(3, nu);
                        koppeling.executeUpdate();
                        afgerond.setTimestamp(1, nu);
                        afgerond.setObject(2, eventId);
                        afgerond.executeUpdate();
                        c.commit();
                    }
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

    private static final String ZAAK = "insert into zaken.zaak (id, referentie, status, soort, sector, afdeling,"
            + " termijn_soort, termijn_datum, ontvangen_op, geopend_op, version) values (?, ?, 'ONTVANGEN',"
            + " 'KLACHT_OF_SIGNAAL', 'VERZORGING_EN_VERPLEGING', 'VERZORGING_EN_VERPLEGING', 'TRIAGE', ?, ?, ?, 1)";

    private static final String STATUSWIJZIGING = "insert into zaken.statuswijziging (zaak, volgnummer, van, naar,"
            + " transitie, door, op) values (?, 0, null, 'ONTVANGEN', 'OPENEN', 'systeem', ?)";

    private static final String ZAAK_MELDING = "insert into zaken.zaak_melding (melding_id, zaak, gekoppeld_op,"
            + " gekoppeld_door) values (?, ?, ?, 'systeem')";

    private static final String AFGEROND = "update event_publication set completion_date = ?, status = 'COMPLETED'"
            + " where id = ?";

    private static void ruimOp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from zaken.zaak where referentie like 'PZ-%'");
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
