package nl.toezicht.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk process for annual accounts not deposited (docs/PERFORMANCE.md, "Jaarrekeningen"), against a running
 * application: N providers registered in the reporting year (written straight into the register's tables), a
 * deposit file with D of them, then the phases through the API as the legal officer does them, each polled until
 * done: intentions, orders under penalty (letters merged and rendered to PDF), L deposits later, the collection
 * decisions for the rest. Between phases the dates are moved back by SQL (the view period and the grace period have
 * to pass; the application reads the real clock). Per phase: wall time, letters, letters per second, and the
 * application's peak heap (its Prometheus endpoint, sampled every 500 ms) and resident memory (/proc). Baseline in
 * the same run: the rows the process wrote (measures, their timeline, letters) inserted again by plain JDBC into
 * scratch tables, in chunks of 100 with a commit each, as the process commits them.
 *
 * <p>Prints one line {@code RESULT key=value ...} for the script's medians.
 */
public final class JaarrekeningBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String basis;
    private final String beheer;
    private final long pid;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrf = "";
    private final AtomicLong piekHeap = new AtomicLong();
    private final AtomicLong piekRss = new AtomicLong();

    private JaarrekeningBench(String basis, String beheer, long pid) {
        this.basis = basis;
        this.beheer = beheer;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        String basis = System.getProperty("basis", "http://127.0.0.1:18180");
        String beheer = System.getProperty("beheer", "http://127.0.0.1:18181");
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55540/toezicht");
        long pid = Long.getLong("pid", 0);
        int jaar = Integer.getInteger("jaar", 2025);
        int aantal = Integer.getInteger("aantal", 5000);
        int gedeponeerd = Integer.getInteger("gedeponeerd", 4000);
        int later = Integer.getInteger("later", 400);
        JaarrekeningBench b = new JaarrekeningBench(basis, beheer, pid);
        b.login("jurist", System.getProperty("wachtwoord", "Toezicht-demo-2026"));
        // the API on a browser session wants the page's CSRF token in a header
        Matcher token = CSRF.matcher(b.pagina("/handhaving/jaarrekeningen"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /handhaving/jaarrekeningen");
        }
        b.csrf = token.group(1);
        Thread meter = new Thread(b::meet, "meter");
        meter.setDaemon(true);
        meter.start();
        StringBuilder resultaat = new StringBuilder("RESULT");
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            List<String> kvks = b.zorgaanbieders(db, jaar, aantal);
            System.out.printf(Locale.ROOT, "%d providers registered in %d%n", aantal, jaar);
            long t = System.nanoTime();
            String geladen = b.deponeer(kvks.subList(0, gedeponeerd), jaar);
            resultaat.append(fmt(" deponeren_s=%.2f", sec(t)));
            System.out.println("deposits: " + geladen + " in " + fmt("%.2f s", sec(t)));
            System.out.println("year: " + b.get("/api/v1/maatregelen/jaarrekeningen/" + jaar));

            resultaat.append(b.fase(jaar, "VOORNEMENS", "voornemens"));
            try (Statement s = db.createStatement()) {
                s.executeUpdate("update handhaving.maatregel m set voornemen_op = voornemen_op - 15"
                        + " from handhaving.jaarrekeninglast j where j.maatregel = m.id and j.verslagjaar = " + jaar);
            }
            resultaat.append(b.fase(jaar, "LASTEN", "lasten"));

            // a share of those with an order deposit after all: loading the file ends their orders as complied
            List<String> metLast = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("select z.kvk_nummer from handhaving.jaarrekeninglast j"
                    + " join register.zorgaanbieder z on z.id = j.zorgaanbieder_id where j.verslagjaar = ?"
                    + " and z.naam like 'Benchzorg %' order by z.kvk_nummer limit ?")) {
                s.setInt(1, jaar);
                s.setInt(2, later);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        metLast.add(rs.getString(1));
                    }
                }
            }
            b.piekHeap.set(0);
            t = System.nanoTime();
            String laat = b.deponeer(metLast, jaar);
            resultaat.append(fmt(" later_s=%.2f", sec(t)));
            System.out.println("late deposits: " + laat + " in " + fmt("%.2f s", sec(t)));

            try (Statement s = db.createStatement()) {
                s.executeUpdate("update handhaving.maatregel m set termijn_tot = current_date - 1"
                        + " from handhaving.jaarrekeninglast j where j.maatregel = m.id and j.verslagjaar = " + jaar
                        + " and m.status = 'OPGELEGD'");
            }
            resultaat.append(b.fase(jaar, "INVORDERING", "invordering"));
            System.out.println("year: " + b.get("/api/v1/maatregelen/jaarrekeningen/" + jaar));
            resultaat.append(basislijn(db, jaar));
        }
        resultaat.append(fmt(" rss_hwm_mb=%.0f", b.vmHwm() / 1024.0));
        System.out.println(resultaat);
    }

    /** N providers with one location each, registered on 1 June of the year, straight into the register. */
    private List<String> zorgaanbieders(Connection db, int jaar, int aantal) throws Exception {
        List<String> kvks = new ArrayList<>(aantal);
        db.setAutoCommit(false);
        try (PreparedStatement z = db.prepareStatement("insert into register.zorgaanbieder (id, naam, kvk_nummer,"
                        + " sectoren, aangemaakt_op, gewijzigd_op) values (?, ?, ?, array['GGZ'],"
                        + " make_timestamptz(?, 6, 1, 10, 0, 0, 'Europe/Amsterdam'),"
                        + " make_timestamptz(?, 6, 1, 10, 0, 0, 'Europe/Amsterdam'))");
                PreparedStatement l = db.prepareStatement("insert into register.locatie (id, zorgaanbieder, volgnummer,"
                        + " naam, adres, postcode, plaats, gemeente) values (?, ?, 0, 'Hoofdlocatie', ?, '3511AB',"
                        + " 'Utrecht', 'Utrecht')")) {
            for (int i = 0; i < aantal; i++) {
                UUID id = UUID.randomUUID();
                String kvk = String.format(Locale.ROOT, "6%07d", i + 1);
                kvks.add(kvk);
                z.setObject(1, id);
                z.setString(2, "Benchzorg " + (i + 1) + " B.V.");
                z.setString(3, kvk);
                z.setInt(4, jaar);
                z.setInt(5, jaar);
                z.addBatch();
                l.setObject(1, UUID.randomUUID());
                l.setObject(2, id);
                l.setString(3, "Stationsstraat " + (i + 1));
                l.addBatch();
                if (i % 500 == 499) {
                    z.executeBatch();
                    l.executeBatch();
                }
            }
            z.executeBatch();
            l.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return kvks;
    }

    /** A deposit file as the external register delivers it, loaded through the API. */
    private String deponeer(List<String> kvks, int jaar) throws Exception {
        StringBuilder csv = new StringBuilder("kvk_nummer;naam;verslagjaar;datum_deponering\n");
        for (String kvk : kvks) {
            csv.append(kvk).append(";Benchzorg;").append(jaar).append(';').append(jaar + 1).append("-05-31\n");
        }
        String grens = "grens" + UUID.randomUUID();
        byte[] body = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"deponeringen.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + grens + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> a = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/api/v1/maatregelen/jaarrekeningen/deponeringen"))
                        .header("Content-Type", "multipart/form-data; boundary=" + grens)
                        .header("X-CSRF-TOKEN", csrf)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 200) {
            throw new IllegalStateException("deposits: " + a.statusCode() + " " + a.body());
        }
        return a.body();
    }

    /** One phase: started, polled every 500 ms until done; its time, letters and peak memory. */
    private String fase(int jaar, String fase, String naam) throws Exception {
        piekHeap.set(0);
        piekRss.set(0);
        long t = System.nanoTime();
        HttpResponse<String> a = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/api/v1/maatregelen/jaarrekeningen/" + jaar + "/rondes"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"fase\": \"" + fase + "\", \"droog\": false}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 202) {
            throw new IllegalStateException(fase + ": " + a.statusCode() + " " + a.body());
        }
        String id = veld(a.body(), "id");
        String ronde;
        do {
            Thread.sleep(500);
            ronde = get("/api/v1/maatregelen/jaarrekeningen/rondes/" + id);
        } while (veld(ronde, "status").equals("BEZIG"));
        double s = sec(t);
        if (!veld(ronde, "status").equals("KLAAR")) {
            throw new IllegalStateException(fase + " ended " + ronde);
        }
        int brieven = Integer.parseInt(veld(ronde, "brieven"));
        int verwerkt = Integer.parseInt(veld(ronde, "verwerkt"));
        double heap = piekHeap.get() / 1048576.0;
        double rss = piekRss.get() / 1024.0;
        System.out.printf(
                Locale.ROOT,
                "%-12s %5d providers, %5d letters in %7.1f s: %6.1f letters/s; peak heap %4.0f MB, peak RSS %4.0f MB%n",
                fase,
                verwerkt,
                brieven,
                s,
                brieven / s,
                heap,
                rss);
        return fmt(
                " %s_s=%.2f %s_brieven=%d %s_brieven_per_s=%.2f %s_heap_mb=%.0f %s_rss_mb=%.0f",
                naam,
                s,
                naam,
                brieven,
                naam,
                brieven / s,
                naam,
                heap,
                naam,
                rss);
    }

    /**
     * The baseline: the process's rows of the year (measures, timeline entries, letters) read, then inserted again
     * by plain JDBC into scratch tables of the same shape, 100 measures' rows per transaction.
     */
    private static String basislijn(Connection db, int jaar) throws Exception {
        String[][] tabellen = {
            {"handhaving.maatregel", "select m.* from handhaving.maatregel m join handhaving.jaarrekeninglast j"
                    + " on j.maatregel = m.id where j.verslagjaar = ? order by m.id"},
            {"handhaving.maatregelstap", "select s.* from handhaving.maatregelstap s join handhaving.jaarrekeninglast j"
                    + " on j.maatregel = s.maatregel where j.verslagjaar = ? order by s.maatregel, s.volgnummer"},
            {"handhaving.brief", "select b.* from handhaving.brief b join handhaving.jaarrekeninglast j"
                    + " on j.maatregel = b.maatregel where j.verslagjaar = ? order by b.maatregel"}
        };
        List<List<Object[]>> rijen = new ArrayList<>();
        List<Integer> kolommen = new ArrayList<>();
        for (String[] t : tabellen) {
            List<Object[]> lijst = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement(t[1])) {
                s.setInt(1, jaar);
                try (ResultSet rs = s.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    kolommen.add(n);
                    while (rs.next()) {
                        Object[] r = new Object[n];
                        for (int k = 0; k < n; k++) {
                            r[k] = rs.getObject(k + 1);
                        }
                        lijst.add(r);
                    }
                }
            }
            rijen.add(lijst);
        }
        try (Statement s = db.createStatement()) {
            for (int i = 0; i < tabellen.length; i++) {
                s.execute("create temp table basis_" + i + " (like " + tabellen[i][0] + " including defaults)");
            }
        }
        long t = System.nanoTime();
        db.setAutoCommit(false);
        int maatregelen = rijen.get(0).size();
        int totaal = 0;
        for (int van = 0; van < maatregelen; van += 100) {
            for (int i = 0; i < tabellen.length; i++) {
                List<Object[]> lijst = rijen.get(i);
                // the same share of each table per chunk
                int a = (int) ((long) lijst.size() * van / Math.max(1, maatregelen));
                int b = (int) ((long) lijst.size() * Math.min(maatregelen, van + 100) / Math.max(1, maatregelen));
                String vraag = "?" + ", ?".repeat(kolommen.get(i) - 1);
                try (PreparedStatement p = db.prepareStatement("insert into basis_" + i + " values (" + vraag + ")")) {
                    for (Object[] r : lijst.subList(a, b)) {
                        for (int k = 0; k < r.length; k++) {
                            p.setObject(k + 1, r[k]);
                        }
                        p.addBatch();
                        totaal++;
                    }
                    p.executeBatch();
                }
            }
            db.commit();
        }
        db.setAutoCommit(true);
        double s = sec(t);
        System.out.printf(Locale.ROOT, "baseline: %d rows (%d measures) inserted by JDBC in %.2f s%n", totaal, maatregelen, s);
        return fmt(" basis_rijen=%d basis_s=%.3f", totaal, s);
    }

    /** Every 500 ms: the application's heap in use (Prometheus) and its resident memory (/proc). */
    private void meet() {
        while (true) {
            try {
                HttpResponse<String> a = http.send(
                        HttpRequest.newBuilder(URI.create(beheer + "/actuator/prometheus")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long heap = 0;
                for (String regel : a.body().split("\n")) {
                    if (regel.startsWith("jvm_memory_used_bytes{") && regel.contains("area=\"heap\"")) {
                        heap += (long) Double.parseDouble(regel.substring(regel.lastIndexOf(' ') + 1));
                    }
                }
                piekHeap.accumulateAndGet(heap, Math::max);
                if (pid > 0) {
                    for (String regel : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (regel.startsWith("VmRSS:")) {
                            piekRss.accumulateAndGet(Long.parseLong(regel.replaceAll("[^0-9]", "")), Math::max);
                        }
                    }
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the next sample
            }
        }
    }

    private long vmHwm() throws Exception {
        if (pid <= 0) {
            return 0;
        }
        for (String regel : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (regel.startsWith("VmHWM:")) {
                return Long.parseLong(regel.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private String get(String pad) throws Exception {
        HttpResponse<String> a = http.send(
                HttpRequest.newBuilder(URI.create(basis + pad))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 200) {
            throw new IllegalStateException(pad + ": " + a.statusCode() + " " + a.body());
        }
        return a.body();
    }

    private String pagina(String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(basis + pad)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String veld(String json, String naam) {
        Matcher m = Pattern.compile("\"" + naam + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + naam + " in " + json);
        }
        return m.group(1);
    }

    private void login(String gebruiker, String wachtwoord) throws Exception {
        HttpResponse<String> formulier = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/inloggen")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(formulier.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/inloggen"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 302
                || antwoord.headers().firstValue("Location").orElse("").contains("fout")) {
            throw new IllegalStateException("login failed: " + antwoord.statusCode() + " " + antwoord.headers());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double sec(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    private static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }
}
