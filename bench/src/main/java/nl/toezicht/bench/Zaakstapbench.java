package nl.toezicht.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case step on a case with a long timeline (issue 10, "Timelines are append-only"; docs/PERFORMANCE.md):
 * the application's {@code POST /api/v1/zaken/{id}/statuswijzigingen} against the same writes by plain JDBC.
 *
 * <ol>
 *   <li>logs in as {@code intake} (all departments) through the form and keeps the session;
 *   <li>takes {@code -Dzaken} open cases of the demo data (by id, so the same cases on the same data) and
 *       steps each through the flow (triage, investigation asked, received, more asked, received, ...) until
 *       its timeline has {@code -Dlengte} entries ({@code -Dvoorbereiders} cases at a time; not measured);
 *   <li>then per case, one after the other: <b>the application</b> takes the next step (timed from request
 *       to response: the step's transaction, its access-log entry, and the case with its timeline as the
 *       answer), and <b>the baseline</b> takes the step after it by plain JDBC: in one durable transaction
 *       the version-checked UPDATE of the case row and the INSERT of one timeline entry, which is what the
 *       step writes when the timeline is append-only.
 * </ol>
 * Prints a line per application: {@code name cases app-p50 app-p95 jdbc-p50 jdbc-p95 entries-before} (ms);
 * {@code rijen name n}: rows the application's step inserted, updated or deleted in the timeline and link
 * tables, on average (PostgreSQL's statistics); with two applications also {@code first/second median-ratio}: the median over the cases of the first
 * application's step time over the second's, each pair taken back to back.
 *
 * <p>-Dnamen=voor,na -Dbasis=http://127.0.0.1:18580,http://127.0.0.1:18590
 * -Durl=jdbc:postgresql://127.0.0.1:55580/toezicht,jdbc:postgresql://127.0.0.1:55590/toezicht -Dzaken=30
 * -Dlengte=50 (one name, one base and one url for a single application)
 */
public final class Zaakstapbench {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern VERSIE = Pattern.compile("\"versie\":(\\d+)");
    private static final Pattern TRANSITIE = Pattern.compile("\"transitie\":\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String basis;

    private Zaakstapbench(String basis) {
        this.basis = basis;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One application under test, with its own database and its own cases. */
    private record Doel(
            String naam,
            Zaakstapbench http,
            Connection db,
            List<UUID> zaken,
            Map<UUID, Antwoord> voorbereid,
            long[] app,
            long[] jdbc) {}

    public static void main(String[] args) throws Exception {
        List<String> namen = List.of(System.getProperty("namen", "na").split(","));
        List<String> bases = List.of(System.getProperty("basis", "http://127.0.0.1:8080").split(","));
        List<String> urls =
                List.of(System.getProperty("url", "jdbc:postgresql://127.0.0.1:55432/toezicht").split(","));
        int aantal = Integer.getInteger("zaken", 30);
        int lengte = Integer.getInteger("lengte", 50);

        List<Doel> doelen = new ArrayList<>();
        for (int d = 0; d < namen.size(); d++) {
            Zaakstapbench http = new Zaakstapbench(bases.get(d));
            http.login("intake", System.getProperty("wachtwoord", "Toezicht-demo-2026"));
            Connection c = DriverManager.getConnection(urls.get(d), System.getProperty("user", "postgres"), "");
            List<UUID> zaken = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select id from zaken.zaak where status <> 'GESLOTEN' order by id limit ?")) {
                s.setInt(1, aantal);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        zaken.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            doelen.add(new Doel(
                    namen.get(d),
                    http,
                    c,
                    zaken,
                    new ConcurrentHashMap<>(),
                    new long[zaken.size()],
                    new long[zaken.size()]));
        }
        int n = doelen.stream().mapToInt(d -> d.zaken().size()).min().orElse(0);

        // bringing the cases to their length is not measured: a few at a time, to spend less of the run
        ExecutorService voorbereiding = Executors.newFixedThreadPool(Integer.getInteger("voorbereiders", 4));
        List<Future<?>> klaar = new ArrayList<>();
        for (Doel doel : doelen) {
            for (UUID id : doel.zaken()) {
                klaar.add(voorbereiding.submit(() -> {
                    Antwoord a = doel.http().lees(id);
                    while (a.lengte < lengte) {
                        a = doel.http().stap(id, a.status);
                    }
                    doel.voorbereid().put(id, a);
                    return null;
                }));
            }
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        voorbereiding.shutdown();

        // the statistics of other connections reach the counters within PostgreSQL's idle interval (10 s)
        Thread.sleep(11_000);
        long[] rijenVoor = new long[doelen.size()];
        for (int d = 0; d < doelen.size(); d++) {
            rijenVoor[d] = kinderrijen(doelen.get(d).db());
        }
        // measured one at a time; with two applications running side by side each case's step is taken on
        // both back to back (which goes first alternates), so both see the machine's load of that moment
        int korste = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            List<Doel> volgorde = new ArrayList<>(doelen);
            if (i % 2 == 1) {
                java.util.Collections.reverse(volgorde);
            }
            List<Antwoord> genomen = new ArrayList<>();
            for (Doel doel : volgorde) {
                UUID id = doel.zaken().get(i);
                Antwoord a = doel.voorbereid().get(id);
                korste = Math.min(korste, a.lengte);
                long begin = System.nanoTime();
                Antwoord na = doel.http().stap(id, a.status);
                doel.app()[i] = System.nanoTime() - begin;
                if (na.lengte != a.lengte + 1) {
                    throw new IllegalStateException("the step added " + (na.lengte - a.lengte) + " entries");
                }
                genomen.add(na);
            }
            for (int d = 0; d < volgorde.size(); d++) {
                Doel doel = volgorde.get(d);
                doel.jdbc()[i] = basislijn(doel.db(), doel.zaken().get(i), genomen.get(d));
            }
        }
        Thread.sleep(11_000);
        long[] rijen = new long[doelen.size()];
        for (int d = 0; d < doelen.size(); d++) {
            rijen[d] = kinderrijen(doelen.get(d).db()) - rijenVoor[d];
        }
        for (int d = 0; d < doelen.size(); d++) {
            // the baseline inserted one entry per case; the rest is what the application's steps wrote
            System.out.printf(
                    java.util.Locale.ROOT,
                    "rijen %s %.1f%n",
                    doelen.get(d).naam(),
                    (rijen[d] - n) / (double) Math.max(1, n));
        }
        for (Doel doel : doelen) {
            long[] app = Arrays.copyOf(doel.app(), n);
            long[] jdbc = Arrays.copyOf(doel.jdbc(), n);
            Arrays.sort(app);
            Arrays.sort(jdbc);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s %d %.2f %.2f %.2f %.2f %d%n",
                    doel.naam(),
                    n,
                    ms(percentiel(app, 50)),
                    ms(percentiel(app, 95)),
                    ms(percentiel(jdbc, 50)),
                    ms(percentiel(jdbc, 95)),
                    korste);
            doel.db().close();
        }
        if (doelen.size() == 2) {
            // per case: the first application's step over the second's, taken at the same moment
            double[] verhouding = new double[n];
            for (int i = 0; i < n; i++) {
                verhouding[i] = (double) doelen.get(0).app()[i] / doelen.get(1).app()[i];
            }
            Arrays.sort(verhouding);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s/%s %.2f%n",
                    doelen.get(0).naam(),
                    doelen.get(1).naam(),
                    verhouding[n / 2]);
        }
    }

    /** Rows inserted, updated and deleted so far in the case's child tables (timeline and links). */
    private static long kinderrijen(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)"
                        + " from pg_stat_user_tables where schemaname = 'zaken'"
                        + " and relname in ('statuswijziging', 'zaak_melding')");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Antwoord(String status, long versie, int lengte) {}

    /** The step the flow allows next, so a case cycles between investigation asked and received. */
    private static String volgende(String status) {
        return switch (status) {
            case "ONTVANGEN" -> "START_TRIAGE";
            case "IN_TRIAGE" -> "VRAAG_ONDERZOEK_AAN";
            case "WACHT_OP_ONDERZOEK_ZORGAANBIEDER" -> "ONTVANG_ONDERZOEK";
            case "IN_BEOORDELING" -> "VRAAG_AANVULLING_AAN";
            default -> throw new IllegalStateException("no next step from " + status);
        };
    }

    private static String naar(String transitie) {
        return switch (transitie) {
            case "START_TRIAGE" -> "IN_TRIAGE";
            case "VRAAG_ONDERZOEK_AAN", "VRAAG_AANVULLING_AAN" -> "WACHT_OP_ONDERZOEK_ZORGAANBIEDER";
            default -> "IN_BEOORDELING";
        };
    }

    /**
     * The same step's writes by plain JDBC, one durable transaction: the case row's version-checked UPDATE
     * (state, the new deadline, overdue cleared, version raised) and one INSERT numbered after the last entry.
     */
    private static long basislijn(Connection c, UUID id, Antwoord voor) throws Exception {
        String transitie = volgende(voor.status);
        long begin = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement update = c.prepareStatement("update zaken.zaak set status = ?, termijn_soort = ?,"
                        + " termijn_datum = ?, te_laat = false, version = version + 1 where id = ? and version = ?");
                PreparedStatement insert = c.prepareStatement("insert into zaken.statuswijziging (zaak, volgnummer,"
                        + " van, naar, transitie, door, op, toelichting) values (?, (select coalesce(max(volgnummer)"
                        + " + 1, 0) from zaken.statuswijziging where zaak = ?), ?, ?, ?, 'bench', now(), null)")) {
            update.setString(1, naar(transitie));
            update.setString(2, transitie.equals("ONTVANG_ONDERZOEK") ? "BEOORDELING" : "AANVULLING_ZORGAANBIEDER");
            update.setDate(3, Date.valueOf(LocalDate.now().plusWeeks(4)));
            update.setObject(4, id);
            update.setLong(5, voor.versie);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("case " + id + " changed under the baseline");
            }
            insert.setObject(1, id);
            insert.setObject(2, id);
            insert.setString(3, voor.status);
            insert.setString(4, naar(transitie));
            insert.setString(5, transitie);
            insert.executeUpdate();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return System.nanoTime() - begin;
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

    private Antwoord lees(UUID id) throws Exception {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/api/v1/zaken/" + id))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return antwoord(antwoord, 200);
    }

    private Antwoord stap(UUID id, String status) throws Exception {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(basis + "/api/v1/zaken/" + id + "/statuswijzigingen"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"transitie\":\"" + volgende(status) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return antwoord(antwoord, 201);
    }

    private static Antwoord antwoord(HttpResponse<String> antwoord, int verwacht) {
        String body = antwoord.body();
        if (antwoord.statusCode() != verwacht) {
            throw new IllegalStateException(antwoord.statusCode() + ": " + body);
        }
        Matcher status = STATUS.matcher(body);
        Matcher versie = VERSIE.matcher(body);
        if (!status.find() || !versie.find()) {
            throw new IllegalStateException("no status or version in " + body);
        }
        int lengte = 0;
        Matcher transitie = TRANSITIE.matcher(body);
        while (transitie.find()) {
            lengte++;
        }
        return new Antwoord(status.group(1), Long.parseLong(versie.group(1)), lengte);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long percentiel(long[] gesorteerd, int p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
