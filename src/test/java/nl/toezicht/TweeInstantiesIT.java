package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.toezicht.meldingen.Meldingfixtures;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two application instances against one database and one object store, as behind a load balancer that
 * sends each request wherever it likes: a user logs in on one and works on the other, logging out or
 * an administrator switching the account off ends the session on both, the rate limit counts the
 * requests of both, an attachment taken in by one is served by the other, each case is opened once,
 * each scheduled job exists once, and stopping one instance in the middle of a stream of notifications
 * loses none: what was in flight is retried by the client with its idempotency key on the other, and
 * every acknowledged notification is stored exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TweeInstantiesIT {

    static ConfigurableApplicationContext instantieA;
    static ConfigurableApplicationContext instantieB;
    static int poortA;
    static int poortB;
    static JdbcClient jdbc;

    @BeforeAll
    static void startTweeInstanties() {
        instantieA = start();
        instantieB = start();
        poortA = poort(instantieA);
        poortB = poort(instantieB);
        jdbc = instantieA.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopInstanties() {
        instantieA.close();
        instantieB.close();
    }

    private static ConfigurableApplicationContext start() {
        List<String> eigenschappen = new ArrayList<>(List.of(
                "server.port=0",
                "management.server.port=0",
                "spring.jmx.enabled=false",
                // small enough to reach in a test: 4 requests per API key per hour, for both together
                "toezicht.snelheidslimiet.api-sleutel.aantal=4",
                "toezicht.snelheidslimiet.api-sleutel.per=1h"));
        eigenschappen.addAll(List.of(S3Server.eigenschappen()));
        // as command-line arguments: they override application.yaml, as the environment does in production
        // both on the test clock, ticking from the suite's starting moment: they count deadlines alike
        return new SpringApplicationBuilder(ToezichtApplication.class, Testklok.Configuratie.class)
                .profiles("test")
                .run(eigenschappen.stream().map(e -> "--" + e).toArray(String[]::new));
    }

    private static int poort(ConfigurableApplicationContext instantie) {
        return Integer.parseInt(instantie.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String op(int poort, String pad) {
        return "http://localhost:" + poort + pad;
    }

    @Test
    @Order(1)
    void aNotificationAcceptedByOneInstanceIsServedByTheOtherAndOpensOneCase() throws InterruptedException {
        Api.Antwoord aangenomen = Api.op(poortA)
                .met("Idempotency-Key", "twee-instanties-" + System.nanoTime())
                .postJson("/api/v1/meldingen", melding("Een patiënt is na een val overleden."));
        assertThat(aangenomen.status()).isEqualTo(201);
        String id = aangenomen.json().get("id").asString();

        Api.Antwoord gelezen = Api.op(poortB).als("intake").get("/api/v1/meldingen/" + id);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("referentie").asString())
                .isEqualTo(aangenomen.json().get("referentie").asString());

        // the delivery to case handling, by whichever instance, completed (and was deleted, decision 0096): the
        // case is opened once, and no instance is left with a delivery failed on the other's case
        Publicaties.afgehandeld(jdbc, "MeldingOntvangen", id);
        Thread.sleep(500); // give a second, wrong delivery the chance to happen
        assertThat(Publicaties.onvoltooid(jdbc, "MeldingOntvangen", id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?::uuid")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void eachScheduledJobExistsOnceForBothInstances() {
        assertThat(jdbc.sql("select task_name, count(*) from scheduled_tasks group by task_name having count(*) > 1")
                        .query()
                        .listOfRows())
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'klokken-bewaken'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void aUserLogsInOnOneInstanceWorksOnTheOtherAndLoggingOutOnEitherEndsTheSessionOnBoth() {
        Sessie inspecteur = Sessie.op(poortA).inloggen("inspecteur");

        Api.Antwoord werkbakOpB = inspecteur.get(op(poortB, "/werkbak"));
        assertThat(werkbakOpB.status())
                .as("the session made by A is known to B")
                .isEqualTo(200);
        Api.Antwoord accountOpA = inspecteur.get(op(poortA, "/account"));
        assertThat(accountOpA.status()).isEqualTo(200);
        assertThat(accountOpA.tekst()).contains("inspecteur");

        // the form's CSRF token came from A's page; B checks it against the shared session
        Api.Antwoord uitgelogd = inspecteur.post(op(poortB, "/uitloggen"), Map.of());
        assertThat(uitgelogd.status()).isEqualTo(302);
        assertThat(uitgelogd.header("Location")).endsWith("/inloggen?uitgelogd");

        Api.Antwoord daarnaOpA = inspecteur.get(op(poortA, "/werkbak"));
        assertThat(daarnaOpA.status()).isEqualTo(302);
        assertThat(daarnaOpA.header("Location")).endsWith("/inloggen");
    }

    @Test
    @Order(4)
    void switchingAnAccountOffEndsItsSessionsOnBothInstancesAndRefusesItsNextLogin() {
        String naam = "tijdelijk." + UUID.randomUUID().toString().substring(0, 8);
        Toegangtestdata.zoals(jdbc, "inspecteur", naam, "Tijdelijke Inspecteur");
        Sessie opA = Sessie.op(poortA).inloggen(naam);
        Sessie opB = Sessie.op(poortB).inloggen(naam);
        assertThat(opA.get(op(poortA, "/werkbak")).status()).isEqualTo(200);
        assertThat(opB.get(op(poortB, "/werkbak")).status()).isEqualTo(200);

        Sessie beheerder = Sessie.op(poortA).inloggen("beheerder");
        Api.Antwoord lijst = beheerder.get(op(poortA, "/beheer/accounts"));
        assertThat(lijst.tekst()).contains(naam);
        Api.Antwoord uit = beheerder.post(op(poortA, "/beheer/accounts/" + naam + "/uitschakelen"), Map.of());
        assertThat(uit.status()).isEqualTo(302);
        assertThat(uit.header("Location")).contains("sessies=2");

        assertThat(opB.get(op(poortB, "/werkbak")).status())
                .as("the session made on B ended by the administrator on A")
                .isEqualTo(302);
        assertThat(opA.get(op(poortA, "/werkbak")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from toegang.spring_session where principal_name = ?")
                        .param(naam)
                        .query(Long.class)
                        .single())
                .isZero();
        Sessie opnieuw = Sessie.op(poortB);
        opnieuw.get("/inloggen");
        Api.Antwoord geweigerd = opnieuw.post("/inloggen", Map.of("username", naam, "password", Api.WACHTWOORD));
        assertThat(geweigerd.header("Location")).contains("error");
    }

    @Test
    @Order(5)
    void theRateLimitCountsTheRequestsOfBothInstances() {
        // a key nobody has: its bucket is this test's alone; every try costs a token, right key or not
        String sleutel = "Bearer tzk_" + UUID.randomUUID().toString().replace("-", "");
        List<Integer> statussen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statussen.add(Api.op(i % 2 == 0 ? poortA : poortB)
                    .met("Authorization", sleutel)
                    .postJson("/api/v1/meldingen", melding("Snelheidslimiet over twee instanties."))
                    .status());
        }
        assertThat(statussen)
                .as("4 per hour in total, not 4 per instance")
                .containsExactly(401, 401, 401, 401, 429, 429);
    }

    @Test
    @Order(6)
    void anAttachmentTakenInByOneInstanceIsServedByTheOtherFromTheObjectStore() {
        byte[] pdf = Meldingfixtures.eenPdf();
        Multipart multipart = new Multipart()
                .json("melding", melding("Met een bijlage, over twee instanties."))
                .bestand("bijlagen", "verslag.pdf", "application/pdf", pdf);
        Api.Antwoord aangenomen = Api.op(poortA).post("/api/v1/meldingen", multipart.contentType(), multipart.bytes());
        assertThat(aangenomen.status()).isEqualTo(201);
        String id = aangenomen.json().get("id").asString();
        String sleutel = jdbc.sql("select opslag_sleutel from meldingen.bijlage where melding_id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        String bijlageId = jdbc.sql("select id::text from meldingen.bijlage where melding_id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();

        Api.Antwoord gedownload =
                Api.op(poortB).als("intake").get("/api/v1/meldingen/" + id + "/bijlagen/" + bijlageId);
        assertThat(gedownload.status()).isEqualTo(200);
        assertThat(gedownload.bytes()).isEqualTo(pdf);
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(S3Server.adres())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            assertThat(s3.headObject(h -> h.bucket(S3Server.BUCKET).key(sleutel))
                            .contentLength())
                    .as("the object store holds it, not a directory of either instance")
                    .isEqualTo(pdf.length);
        }
    }

    /**
     * Last: stops instance B. Eight clients send 80 notifications with idempotency keys, alternating
     * between the instances as a round-robin balancer would; after the first 20 answers B is stopped
     * (gracefully, as at a rolling update). A request that fails (connection refused or reset, 503) is
     * sent again with the same key to the other instance.
     */
    @Test
    @Order(7)
    void stoppingOneInstanceUnderLoadLosesNoNotificationAndStoresNoneTwice() throws Exception {
        int aantal = 80;
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger beantwoord = new AtomicInteger();
        AtomicInteger herhaald = new AtomicInteger();
        CountDownLatch stopB = new CountDownLatch(1);
        Map<Integer, String> erkend = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> klaar = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            klaar.add(clients.submit(() -> {
                for (int i = volgende.getAndIncrement(); i < aantal; i = volgende.getAndIncrement()) {
                    String body = melding("Last " + run + " nummer " + i);
                    String sleutel = "last-" + run + "-" + i;
                    int poging = 0;
                    while (true) {
                        int poort = (i + poging) % 2 == 0 ? poortA : poortB;
                        try {
                            HttpResponse<String> antwoord = http.send(
                                    HttpRequest.newBuilder(URI.create(op(poort, "/api/v1/meldingen")))
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Content-Type", "application/json")
                                            .header("Idempotency-Key", sleutel)
                                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (antwoord.statusCode() == 201) {
                                erkend.put(i, antwoord.body());
                                break;
                            }
                            assertThat(antwoord.statusCode())
                                    .as("only an instance going away may refuse")
                                    .isEqualTo(503);
                        } catch (IOException e) {
                            // connection refused or reset by the instance going away: try the other
                        }
                        herhaald.incrementAndGet();
                        assertThat(++poging).as("retries of one notification").isLessThan(10);
                    }
                    if (beantwoord.incrementAndGet() == 20) {
                        stopB.countDown();
                    }
                }
                return null;
            }));
        }
        assertThat(stopB.await(60, TimeUnit.SECONDS)).isTrue();
        instantieB.close();
        for (Future<?> f : klaar) {
            f.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(erkend).hasSize(aantal);
        for (int i = 0; i < aantal; i++) {
            List<String> ids = jdbc.sql("select id::text from meldingen.melding where omschrijving = ?")
                    .param("Last " + run + " nummer " + i)
                    .query(String.class)
                    .list();
            assertThat(ids).as("notification %d stored exactly once", i).hasSize(1);
            assertThat(erkend.get(i))
                    .as("the acknowledgement names the stored one")
                    .contains(ids.get(0));
        }
        System.out.printf(
                "Stopped instance B under load: %d notifications, %d requests retried%n", aantal, herhaald.get());
    }

    /**
     * A calamity in a sector the work-queue tests do not read: the 80 cases of the load test would
     * otherwise change the planner's choices for the departments those tests look at.
     */
    private static String melding(String omschrijving) {
        return """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "SECTOROVERSTIJGEND",
                 "zorgaanbiederOmschrijving": "GGZ-instelling De Brug",
                 "omschrijving": "%s"}
                """.formatted(omschrijving);
    }
}
