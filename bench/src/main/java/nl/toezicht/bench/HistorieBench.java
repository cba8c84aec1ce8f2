package nl.toezicht.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The history import against a plain PostgreSQL COPY of the same rows into the same tables, in the same run
 * (docs/PERFORMANCE.md, section "Historie-import"). Per round:
 * <ol>
 *   <li>empties the tables the import writes, then CHECKPOINT;
 *   <li>runs the application's command {@code import <file>} in its own JVM with a small heap
 *       ({@code -Xmx}), under {@code /usr/bin/time} for its peak resident memory; takes the import's own
 *       duration from its report (reading, judging, COPY, reconciliation, commit; not the JVM start);
 *   <li>copies the rows the import wrote out to files (not timed), empties the tables, CHECKPOINT, and
 *       times one transaction that COPYs those files back into the same tables (same indexes and
 *       constraints), with and without {@code historie.herkomst} (the import's own bookkeeping).
 * </ol>
 * Prints one line per round: {@code HISTORIE regels=... import_ms=... copy_ms=... copy_domein_ms=... rss_kb=...}.
 *
 * <p>-Durl=... -Dbestand=export.jsonl -Djar=target/toezicht.jar -Drondes=3 -Dheap=256m -Dmap=bench/target/historie
 */
public final class HistorieBench {

    /** In the order of their foreign keys. */
    static final List<String> DOMEIN = List.of(
            "register.zorgaanbieder",
            "register.locatie",
            "meldingen.melding",
            "zaken.zaak",
            "zaken.zaak_melding",
            "zaken.statuswijziging");

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55432/toezicht");
        String user = System.getProperty("user", "postgres");
        Path bestand = Path.of(System.getProperty("bestand"));
        Path jar = Path.of(System.getProperty("jar", "target/toezicht.jar"));
        int rondes = Integer.getInteger("rondes", 3);
        String heap = System.getProperty("heap", "256m");
        Path map = Files.createDirectories(Path.of(System.getProperty("map", "bench/target/historie")));
        try (Connection c = DriverManager.getConnection(url, user, System.getProperty("password", ""))) {
            for (int ronde = 1; ronde <= rondes; ronde++) {
                leeg(c);
                long[] imp = importeer(url, user, jar, bestand, heap, map.resolve("import-" + ronde + ".log"));
                long regels = imp[0];
                long importMs = imp[1];
                long rss = imp[2];
                long[] aantallen = new long[DOMEIN.size() + 1];
                List<String> tabellen = new ArrayList<>(DOMEIN);
                tabellen.add("historie.herkomst");
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (int t = 0; t < tabellen.size(); t++) {
                    try (OutputStream uit = new BufferedOutputStream(
                            Files.newOutputStream(map.resolve(tabellen.get(t) + ".copy")), 1 << 20)) {
                        aantallen[t] = copy.copyOut("copy " + tabellen.get(t) + " to stdout", uit);
                    }
                }
                long copyDomeinMs = kopieerTerug(c, copy, DOMEIN, map);
                long copyMs = kopieerTerug(c, copy, tabellen, map);
                System.out.printf(
                        "HISTORIE ronde=%d regels=%d import_ms=%d import_per_s=%d copy_ms=%d copy_per_s=%d"
                                + " copy_domein_ms=%d copy_domein_per_s=%d rss_kb=%d rijen=%s%n",
                        ronde,
                        regels,
                        importMs,
                        regels * 1000 / Math.max(1, importMs),
                        copyMs,
                        regels * 1000 / Math.max(1, copyMs),
                        copyDomeinMs,
                        regels * 1000 / Math.max(1, copyDomeinMs),
                        rss,
                        java.util.Arrays.toString(aantallen));
            }
            leeg(c);
        }
    }

    private static void leeg(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            // the case timeline refuses TRUNCATE (V36, decision 0033); the bench empties its own database as
            // the superuser it connects as, with the tables' own triggers off for this one statement
            s.execute("set session_replication_role = replica");
            s.execute("truncate historie.herkomst, historie.importrun, zaken.statuswijziging, zaken.zaak_melding,"
                    + " zaken.zaak, meldingen.idempotentie_sleutel, meldingen.bijlage, meldingen.melding,"
                    + " register.locatie, register.zorgaanbieder");
            s.execute("set session_replication_role = default");
            s.execute("vacuum analyze historie.herkomst, zaken.zaak, meldingen.melding, register.zorgaanbieder");
            s.execute("checkpoint");
        }
    }

    /** Empties the tables, then COPYs the files back in one transaction; returns its milliseconds. */
    private static long kopieerTerug(Connection c, CopyManager copy, List<String> tabellen, Path map)
            throws Exception {
        leeg(c);
        long begin = System.nanoTime();
        c.setAutoCommit(false);
        for (String tabel : tabellen) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(map.resolve(tabel + ".copy")), 1 << 20)) {
                copy.copyIn("copy " + tabel + " from stdin", in);
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static final Pattern VERSLAG = Pattern.compile("Regels: (\\d+) .*?, (\\d+) ms");

    /** Runs the import command; returns lines, the import's own milliseconds and the peak RSS (kB). */
    private static long[] importeer(String url, String user, Path jar, Path bestand, String heap, Path log)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        "/usr/bin/time",
                        "-f",
                        "MAXRSS_KB=%M",
                        "java",
                        "-Xms" + heap,
                        "-Xmx" + heap,
                        "-jar",
                        jar.toString(),
                        "import",
                        bestand.toString(),
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        // the demo profile for its configuration (patient-data keys); it generates nothing here
                        "--spring.profiles.active=demo",
                        "--logging.level.root=warn",
                        "--logging.level.nl.toezicht.historie=info")
                .redirectErrorStream(true);
        Process p = pb.start();
        long regels = -1;
        long ms = -1;
        long rss = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                OutputStream uit = Files.newOutputStream(log)) {
            String regel;
            while ((regel = r.readLine()) != null) {
                uit.write((regel + "\n").getBytes(StandardCharsets.UTF_8));
                Matcher m = VERSLAG.matcher(regel);
                if (m.find()) {
                    regels = Long.parseLong(m.group(1));
                    ms = Long.parseLong(m.group(2));
                }
                if (regel.startsWith("MAXRSS_KB=")) {
                    rss = Long.parseLong(regel.substring("MAXRSS_KB=".length()).trim());
                }
                if (regel.startsWith("Import ") || regel.startsWith("Regels:") || regel.startsWith("Nieuw:")
                        || regel.startsWith("Geheugen") || regel.startsWith("Aansluiting")) {
                    System.out.println("  " + regel);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || ms < 0) {
            throw new IllegalStateException("import failed (exit " + code + "); see " + log);
        }
        return new long[] {regels, ms, rss};
    }

    static long tel(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
