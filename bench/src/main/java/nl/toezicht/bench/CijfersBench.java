package nl.toezicht.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual figures on a large data set: all tables of one year through the application
 * ({@code GET /api/v1/statistieken/voorlopig}, which computes, protects and serialises every table), next
 * to the plain {@code GROUP BY} queries on the same rows in the same run (received per sector with its
 * "of which" columns and flags, closed per sector through the cases), medians of several rounds. First
 * once without the daily counts (everything counted live), then after their refresh (timed too). Heap
 * used by the application is read from its Prometheus endpoint after each round.
 *
 * <p>-Dbasis=http://127.0.0.1:18480 -Dbeheer=http://127.0.0.1:18481 -Durl=jdbc:postgresql://127.0.0.1:55480/toezicht
 * -Djaar=2026 -Drondes=7
 */
public final class CijfersBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String basis = System.getProperty("basis", "http://127.0.0.1:18480");
        String beheer = System.getProperty("beheer", "http://127.0.0.1:18481");
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55480/toezicht");
        int jaar = Integer.getInteger("jaar", LocalDate.now().getYear());
        int rondes = Integer.getInteger("rondes", 7);
        String tabellen = basis + "/api/v1/statistieken/voorlopig?jaar=" + jaar + "&vergelijk=0";
        String vergelijkend = basis + "/api/v1/statistieken/voorlopig?jaar=" + jaar + "&vergelijk=2";

        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            long meldingen = getal(c, "select count(*) from meldingen.melding");
            long inJaar = getal(c, "select count(*) from meldingen.melding where ontvangen_op >= make_date(" + jaar
                    + ",1,1) and ontvangen_op < make_date(" + (jaar + 1) + ",1,1)");
            System.out.printf("DATA meldingen=%d in_jaar=%d jaar=%d%n", meldingen, inJaar, jaar);
            long stand = getal(c, "select count(*) from cijfers.telling_ontvangen");
            System.out.printf("DAGTELLINGEN rijen_voor=%d%n", stand);

            // live counting without the daily counts (the stand lies before all data); slow, so two rounds
            List<Double> live = new ArrayList<>();
            for (int r = 0; r < (Boolean.parseBoolean(System.getProperty("live", "true")) ? 2 : 0); r++) {
                live.add(ms(() -> get(tabellen)));
            }
            if (!live.isEmpty()) {
                System.out.printf("LIVE median_ms=%.0f rounds=%s%n", median(live), live);
            }

            double ververs = ms(() -> post(basis + "/api/v1/statistieken/tellingen/verversing"));
            long rijen = getal(c, "select count(*) from cijfers.telling_ontvangen");
            long rijenGesloten = getal(c, "select count(*) from cijfers.telling_gesloten");
            System.out.printf(
                    "VERVERSING ms=%.0f telling_ontvangen_rijen=%d telling_gesloten_rijen=%d%n",
                    ververs, rijen, rijenGesloten);

            get(tabellen);
            List<Double> app = new ArrayList<>();
            List<Double> app3 = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            List<Double> heap = new ArrayList<>();
            int bytes = 0;
            for (int r = 0; r < rondes; r++) {
                sql.add(ms(() -> groupBy(c, jaar)));
                double[] b = new double[1];
                app.add(ms(() -> b[0] = get(tabellen).length()));
                bytes = (int) b[0];
                app3.add(ms(() -> get(vergelijkend)));
                heap.add(heapMb(beheer));
            }
            System.out.printf("GROUPBY median_ms=%.0f rounds=%s%n", median(sql), sql);
            System.out.printf("APP median_ms=%.0f rounds=%s bytes=%d%n", median(app), app, bytes);
            System.out.printf("APP_VERGELIJK median_ms=%.0f rounds=%s%n", median(app3), app3);
            System.out.printf("HEAP_MB rounds=%s%n", heap);
        }
    }

    /** The plain queries a reporting tool would run for the same tables, straight on the rows. */
    static void groupBy(Connection c, int jaar) throws Exception {
        String van = "(make_date(" + jaar + ",1,1)::timestamp at time zone 'Europe/Amsterdam')";
        String tot = "(make_date(" + (jaar + 1) + ",1,1)::timestamp at time zone 'Europe/Amsterdam')";
        String ontvangen = "select sector, count(*), count(*) filter (where soort = 'CALAMITEIT'),"
                + " count(*) filter (where soort = 'ONTSLAG_WEGENS_DISFUNCTIONEREN'), count(*) filter (where patient_overleden),"
                + " count(*) filter (where door_suicide), count(*) filter (where suicidepoging),"
                + " count(*) filter (where door_suicide and gesloten_jeugdinstelling),"
                + " count(*) filter (where sgg_soort = 'PROFESSIONAL_BETROKKEN'), count(*) filter (where sgg_soort = 'TUSSEN_CLIENTEN'),"
                + " count(*) filter (where sgg_soort = 'OVERIG'), count(*) filter (where kanaal = 'TELEFOON'),"
                + " count(*) filter (where kanaal = 'EMAIL')"
                + " from meldingen.melding where ontvangen_op >= " + van + " and ontvangen_op < " + tot
                + " group by sector";
        String gesloten = "select m.sector, count(*), count(*) filter (where m.soort = 'CALAMITEIT'),"
                + " count(*) filter (where m.soort = 'ONTSLAG_WEGENS_DISFUNCTIONEREN')"
                + " from zaken.zaak z join zaken.zaak_melding zm on zm.zaak = z.id join meldingen.melding m on m.id = zm.melding_id"
                + " where z.gesloten_op >= " + van + " and z.gesloten_op < " + tot + " group by m.sector";
        for (String sql : new String[] {ontvangen, gesloten}) {
            try (PreparedStatement s = c.prepareStatement(sql);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(2);
                }
            }
        }
    }

    interface Werk {
        void doe() throws Exception;
    }

    static double ms(Werk werk) throws Exception {
        long begin = System.nanoTime();
        werk.doe();
        return (System.nanoTime() - begin) / 1e6;
    }

    static double median(List<Double> waarden) {
        List<Double> s = new ArrayList<>(waarden);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static long getal(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String get(String url) throws Exception {
        HttpResponse<String> antwoord = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", basic("analist"))
                        .timeout(Duration.ofMinutes(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + antwoord.statusCode() + " " + antwoord.body());
        }
        return antwoord.body();
    }

    static void post(String url) throws Exception {
        HttpResponse<String> antwoord = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", basic("beheerder"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + antwoord.statusCode() + " " + antwoord.body());
        }
        System.out.println("  " + antwoord.body());
    }

    static double heapMb(String beheer) throws Exception {
        HttpResponse<String> antwoord = HTTP.send(
                HttpRequest.newBuilder(URI.create(beheer + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.E+]+)")
                .matcher(antwoord.body());
        double som = 0;
        while (m.find()) {
            som += Double.parseDouble(m.group(1));
        }
        return Math.round(som / 1024 / 1024);
    }

    static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":Toezicht-demo-2026").getBytes(StandardCharsets.UTF_8));
    }

}
