package nl.toezicht.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * What a rate-limit check costs per public request, now that the buckets are in PostgreSQL
 * (kern.Emmers, docs/decisions/0026): the same Bucket4j proxy manager on the application's table and
 * database, through a Hikari pool, against the former in-memory bucket and against the cheapest database
 * round trip ({@code select 1} on a pooled connection), in the same run. Each of {@code gebruikers}
 * threads is its own client (its own key), as at the public doors; with {@code -Deen-client=true} all
 * share one key (the worst case: one row locked by all). Per kind: takes per second and the p50/p99
 * latency of one take; medians of the rounds. Removes its buckets afterwards.
 *
 * <p>-Durl=jdbc:postgresql://127.0.0.1:55490/toezicht -Dgebruikers=8 -Dduur=10 -Drondes=3
 */
public final class SnelheidslimietBench {

    private static final String PREFIX = "bench/";

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55490/toezicht");
        int gebruikers = Integer.getInteger("gebruikers", 8);
        int duur = Integer.getInteger("duur", 10);
        int rondes = Integer.getInteger("rondes", 3);
        boolean eenClient = Boolean.getBoolean("een-client");

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("user", "postgres"));
        config.setPassword(System.getProperty("password", ""));
        config.setMaximumPoolSize(10); // the application's default pool size
        try (HikariDataSource pool = new HikariDataSource(config)) {
            PostgreSQLSelectForUpdateBasedProxyManager<String> emmers = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
                            pool)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("public.snelheidslimiet_emmer")
                    .idColumn("sleutel")
                    .stateColumn("toestand")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    .build();
            // so large that nobody is ever refused: what is measured is the check, not the refusal
            BucketConfiguration limiet = BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(1_000_000_000L).refillGreedy(1_000_000_000L, Duration.ofSeconds(1)))
                    .build();
            ConcurrentHashMap<String, Bucket> geheugen = new ConcurrentHashMap<>();

            IntConsumer jdbc = client -> emmers.builder()
                    .build(PREFIX + (eenClient ? 0 : client), () -> limiet)
                    .tryConsumeAndReturnRemaining(1);
            IntConsumer inGeheugen = client -> geheugen.computeIfAbsent(
                            PREFIX + (eenClient ? 0 : client),
                            k -> Bucket.builder()
                                    .addLimit(l -> l.capacity(1_000_000_000L)
                                            .refillGreedy(1_000_000_000L, Duration.ofSeconds(1)))
                                    .build())
                    .tryConsumeAndReturnRemaining(1);
            IntConsumer selectEen = client -> {
                try (Connection c = pool.getConnection();
                        PreparedStatement s = c.prepareStatement("select 1");
                        ResultSet rs = s.executeQuery()) {
                    rs.next();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };

            System.out.printf(
                    "Rate-limit check, %d clients%s, %d s x %d rounds (medians)%n",
                    gebruikers, eenClient ? " on ONE key" : " with a key each", duur, rondes);
            Meting geheugenMeting = meet("in memory (before)", inGeheugen, gebruikers, duur, rondes);
            Meting selectMeting = meet("select 1 (pooled round trip)", selectEen, gebruikers, duur, rondes);
            Meting jdbcMeting = meet("Bucket4j PostgreSQL (now)", jdbc, gebruikers, duur, rondes);
            System.out.printf(
                    Locale.ROOT,
                    "PostgreSQL bucket / select 1: p50 %.1fx, throughput %.2fx; in memory p50 %.1f us%n",
                    jdbcMeting.p50us / selectMeting.p50us,
                    jdbcMeting.perSeconde / selectMeting.perSeconde,
                    geheugenMeting.p50us);

            try (Connection c = pool.getConnection();
                    PreparedStatement s =
                            c.prepareStatement("delete from public.snelheidslimiet_emmer where sleutel like 'bench/%'")) {
                s.executeUpdate();
            }
        }
    }

    record Meting(double perSeconde, double p50us, double p99us) {}

    private static Meting meet(String naam, IntConsumer neem, int gebruikers, int duur, int rondes)
            throws InterruptedException {
        ronde(neem, gebruikers, Math.max(2, duur / 2)); // warm up
        List<Meting> metingen = new ArrayList<>();
        for (int r = 0; r < rondes; r++) {
            Meting m = ronde(neem, gebruikers, duur);
            metingen.add(m);
            System.out.printf(
                    Locale.ROOT,
                    "  %-30s round %d: %,10.0f /s  p50 %8.1f us  p99 %8.1f us%n",
                    naam,
                    r + 1,
                    m.perSeconde,
                    m.p50us,
                    m.p99us);
        }
        Meting mediaan = new Meting(
                mediaan(metingen.stream().mapToDouble(Meting::perSeconde).toArray()),
                mediaan(metingen.stream().mapToDouble(Meting::p50us).toArray()),
                mediaan(metingen.stream().mapToDouble(Meting::p99us).toArray()));
        System.out.printf(
                Locale.ROOT,
                "%-32s median: %,10.0f /s  p50 %8.1f us  p99 %8.1f us%n",
                naam,
                mediaan.perSeconde,
                mediaan.p50us,
                mediaan.p99us);
        return mediaan;
    }

    private static Meting ronde(IntConsumer neem, int gebruikers, int duur) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(duur).toNanos();
        AtomicLong aantal = new AtomicLong();
        List<long[]> tijden = new ArrayList<>();
        CountDownLatch klaar = new CountDownLatch(gebruikers);
        long begin = System.nanoTime();
        for (int g = 0; g < gebruikers; g++) {
            int client = g;
            long[] eigen = new long[2_000_000];
            tijden.add(eigen);
            new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < tot && n < eigen.length) {
                    long t0 = System.nanoTime();
                    neem.accept(client);
                    eigen[n++] = System.nanoTime() - t0;
                }
                eigen[eigen.length - 1] = n; // the count, in the last slot (never reached by a 10 s round)
                aantal.addAndGet(n);
                klaar.countDown();
            }).start();
        }
        klaar.await();
        double seconden = (System.nanoTime() - begin) / 1e9;
        long totaal = aantal.get();
        long[] alle = new long[(int) totaal];
        int i = 0;
        for (long[] eigen : tijden) {
            int n = (int) eigen[eigen.length - 1];
            System.arraycopy(eigen, 0, alle, i, n);
            i += n;
        }
        Arrays.sort(alle);
        return new Meting(
                totaal / seconden, alle[(int) (alle.length * 0.50)] / 1e3, alle[(int) (alle.length * 0.99)] / 1e3);
    }

    private static double mediaan(double[] waarden) {
        double[] kopie = waarden.clone();
        Arrays.sort(kopie);
        return kopie[kopie.length / 2];
    }
}
