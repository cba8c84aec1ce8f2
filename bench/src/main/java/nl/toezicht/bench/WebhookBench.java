package nl.toezicht.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook delivery rate (docs/PERFORMANCE.md, "Webhook delivery"): per round, a subscription to a receiver
 * in this JVM, N events written into the event log in one transaction, and the time from the first to the
 * last event the receiver took (every one a signed CloudEvent POST from the delivery job). Baseline in the
 * same round: N signed POSTs of an event of the same size, one after the other as delivery sends them, from
 * this JVM to the same receiver. Medians over the rounds.
 */
public final class WebhookBench {

    private static final Pattern ID = Pattern.compile("\"abonnement\":\\{\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String app = System.getProperty("app", "http://127.0.0.1:18492");
        String db = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55492/toezicht");
        int n = Integer.getInteger("aantal", 2000);
        int rondes = Integer.getInteger("rondes", 3);

        Map<String, Teller> tellers = new ConcurrentHashMap<>();
        HttpServer ontvanger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        ontvanger.createContext("/", uitwisseling -> {
            uitwisseling.getRequestBody().readAllBytes();
            tellers.computeIfAbsent(uitwisseling.getRequestURI().getPath(), p -> new Teller())
                    .tel();
            uitwisseling.sendResponseHeaders(204, -1);
            uitwisseling.close();
        });
        ontvanger.setExecutor(Executors.newFixedThreadPool(8));
        ontvanger.start();
        String basis = "http://127.0.0.1:" + ontvanger.getAddress().getPort();
        HttpClient http = HttpClient.newHttpClient();
        String beheerder = "Basic " + Base64.getEncoder()
                .encodeToString("beheerder:Toezicht-demo-2026".getBytes(StandardCharsets.UTF_8));

        List<Double> bezorging = new ArrayList<>();
        List<Double> rauw = new ArrayList<>();
        for (int ronde = 1; ronde <= rondes; ronde++) {
            // baseline: N signed POSTs in sequence, an event of the delivered size
            String pad = "/rauw/" + ronde;
            byte[] geheim = new byte[32];
            long begin = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String id = UUID.randomUUID().toString();
                byte[] inhoud = voorbeeld(id).getBytes(StandardCharsets.UTF_8);
                long ts = Instant.now().getEpochSecond();
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(basis + pad))
                                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                                .header("webhook-id", id)
                                .header("webhook-timestamp", Long.toString(ts))
                                .header("webhook-signature", "v1," + onderteken(geheim, id + "." + ts + ".", inhoud))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 204) {
                    throw new IllegalStateException("receiver answered " + r.statusCode());
                }
            }
            rauw.add(n / ((System.nanoTime() - begin) / 1e9));

            // delivery: a subscription, N events in the log at once, until the receiver has them all
            String hook = "/hook/" + ronde;
            HttpResponse<String> gemaakt = http.send(
                    HttpRequest.newBuilder(URI.create(app + "/api/v1/abonnementen"))
                            .header("Authorization", beheerder)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"naam\": \"Bench " + ronde
                                    + "\", \"soort\": \"LANDELIJK\", \"url\": \"" + basis + hook
                                    + "\", \"typen\": [\"nl.toezicht.melding.ontvangen\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (gemaakt.statusCode() != 201) {
                throw new IllegalStateException("subscription: " + gemaakt.statusCode() + " " + gemaakt.body());
            }
            Matcher m = ID.matcher(gemaakt.body());
            if (!m.find()) {
                throw new IllegalStateException("no id in " + gemaakt.body());
            }
            try (Connection c = DriverManager.getConnection(db, "postgres", "")) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("insert into koppelingen.gebeurtenis"
                        + " (id, type, onderwerp, tijd, gegevens) values (?, 'nl.toezicht.melding.ontvangen', ?, ?,"
                        + " cast(? as jsonb))")) {
                    for (int i = 0; i < n; i++) {
                        UUID id = UUID.randomUUID();
                        s.setObject(1, id);
                        s.setString(2, "M-2026-" + String.format("%06d", i));
                        s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                        s.setString(4, gegevens(id.toString()));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
            }
            Teller teller = tellers.computeIfAbsent(hook, p -> new Teller());
            long tot = System.nanoTime() + 600_000_000_000L;
            while (teller.aantal.get() < n) {
                if (System.nanoTime() > tot) {
                    throw new IllegalStateException("only " + teller.aantal.get() + " of " + n + " delivered");
                }
                Thread.sleep(50);
            }
            double seconden = (teller.laatste.get() - teller.eerste.get()) / 1e9;
            bezorging.add((n - 1) / seconden);
            http.send(
                    HttpRequest.newBuilder(URI.create(app + "/api/v1/abonnementen/" + m.group(1)))
                            .header("Authorization", beheerder)
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            System.out.printf(
                    "ronde %d: %d events; delivery %.0f/s, raw POSTs %.0f/s, ratio %.2f%n",
                    ronde, n, bezorging.get(ronde - 1), rauw.get(ronde - 1), bezorging.get(ronde - 1) / rauw.get(ronde - 1));
        }
        double b = mediaan(bezorging);
        double r = mediaan(rauw);
        System.out.printf(
                "MEDIAN over %d rounds of %d events: delivery %.0f events/s, raw signed POSTs %.0f/s, ratio %.2f%n",
                rondes, n, b, r, b / r);
        ontvanger.stop(0);
        System.exit(0);
    }

    private static final class Teller {
        final AtomicLong aantal = new AtomicLong();
        final AtomicLong eerste = new AtomicLong();
        final AtomicLong laatste = new AtomicLong();

        void tel() {
            long nu = System.nanoTime();
            eerste.compareAndSet(0, nu);
            laatste.set(nu);
            aantal.incrementAndGet();
        }
    }

    private static String gegevens(String id) {
        return "{\"melding\": \"" + id + "\", \"referentie\": \"M-2026-000001\", \"soort\": \"CALAMITEIT\","
                + " \"sector\": \"GGZ\", \"ontvangenOp\": \"2026-12-05T10:00:00Z\"}";
    }

    private static String voorbeeld(String id) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:nl:toezicht\","
                + "\"type\":\"nl.toezicht.melding.ontvangen\",\"datacontenttype\":\"application/json\","
                + "\"subject\":\"M-2026-000001\",\"time\":\"2026-12-05T10:00:00Z\",\"positie\":\"1234-1\",\"data\":"
                + gegevens(id) + "}";
    }

    private static String onderteken(byte[] geheim, String kop, byte[] inhoud) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(geheim, "HmacSHA256"));
        mac.update(kop.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(inhoud));
    }

    private static double mediaan(List<Double> waarden) {
        List<Double> s = new ArrayList<>(waarden);
        Collections.sort(s);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}
