package nl.toezicht.koppelingen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;

/**
 * Events for partners end to end: an administrator subscribes a receiver that runs inside this test; the
 * receiver answers, then fails, then times out, then recovers; nothing is lost (the failed event goes to the
 * dead-letter list and is delivered when the administrator offers it again), every delivery is signed, and the
 * partner pages the event log with its key to catch up.
 */
@IntegratieTest
class KoppelingenIT {

    private static final String TYPE = "nl.toezicht.melding.ontvangen";

    @LocalServerPort
    int port;

    @Autowired
    Bezorging bezorging;

    @Autowired
    Testklok klok;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionOperations transacties;

    enum Gedrag {
        AANNEMEN,
        FALEN,
        TRAAG
    }

    record Ontvangen(String id, String tijdstip, String handtekening, String mediatype, byte[] inhoud) {}

    private HttpServer ontvanger;
    private final AtomicReference<Gedrag> gedrag = new AtomicReference<>(Gedrag.AANNEMEN);
    private final List<Ontvangen> aangenomen = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pogingen = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void ontvangerStart() throws IOException {
        ontvanger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ontvanger.createContext("/hook", uitwisseling -> {
            byte[] inhoud = uitwisseling.getRequestBody().readAllBytes();
            String id = uitwisseling.getRequestHeaders().getFirst("webhook-id");
            pogingen.add(id);
            switch (gedrag.get()) {
                case AANNEMEN -> {
                    aangenomen.add(new Ontvangen(
                            id,
                            uitwisseling.getRequestHeaders().getFirst("webhook-timestamp"),
                            uitwisseling.getRequestHeaders().getFirst("webhook-signature"),
                            uitwisseling.getRequestHeaders().getFirst("Content-Type"),
                            inhoud));
                    uitwisseling.sendResponseHeaders(204, -1);
                }
                case FALEN -> uitwisseling.sendResponseHeaders(503, -1);
                case TRAAG -> {
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    uitwisseling.sendResponseHeaders(204, -1);
                }
            }
            uitwisseling.close();
        });
        ontvanger.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        ontvanger.start();
    }

    @AfterEach
    void ontvangerStop() {
        ontvanger.stop(0);
        // other tests' events are not for this test's subscriptions
        jdbc.sql("update koppelingen.abonnement set beeindigd = now() where beeindigd is null")
                .update();
    }

    @Test
    void deliversSignedCloudEventsAtLeastOnceThroughFailureTimeOutAndRecovery() throws Exception {
        Api beheerder = Api.op(port).als("beheerder");
        Api.Antwoord gemaakt = beheerder.postJson(
                "/api/v1/abonnementen", """
                {"naam": "Dashboard ministerie", "soort": "LANDELIJK",
                 "url": "http://127.0.0.1:%d/hook", "typen": ["%s"]}
                """.formatted(ontvanger.getAddress().getPort(), TYPE));
        assertThat(gemaakt.status()).as(gemaakt.toString()).isEqualTo(201);
        String geheim = gemaakt.json().get("geheim").asString();
        String sleutel = gemaakt.json().get("sleutel").asString();
        UUID abonnement =
                UUID.fromString(gemaakt.json().get("abonnement").get("id").asString());
        assertThat(geheim).startsWith("whsec_");
        assertThat(sleutel).startsWith("tzp_");
        assertThat(jdbc.sql("select count(*) from koppelingen.abonnement where geheim like '%' || ? || '%'"
                                + " or sleutel_hash = ?")
                        .params(geheim.substring(6), sleutel)
                        .query(Long.class)
                        .single())
                .as("the secret is stored encrypted, the key only as a hash")
                .isZero();
        assertThat(logregels("AANMAKEN", abonnement)).isOne();

        // 1: delivered at once, signed, a CloudEvent without personal data
        String eerste = meld("MLD-1");
        bezorgTot(() -> aangenomen.size() == 1);
        Ontvangen ontvangen = aangenomen.get(0);
        assertThat(ontvangen.mediatype()).startsWith("application/cloudevents+json");
        assertThat(ontvangen.handtekening())
                .as("HMAC-SHA256 over id.timestamp.body with the subscription's secret")
                .isEqualTo(handtekening(geheim, ontvangen));
        CloudEvent event = new JsonFormat().deserialize(ontvangen.inhoud());
        assertThat(event.getId()).isEqualTo(ontvangen.id());
        assertThat(event.getType()).isEqualTo(TYPE);
        assertThat(event.getSubject()).isEqualTo("MLD-1");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .contains(eerste)
                .contains("GGZ");

        // 2: the endpoint fails, then times out; after three attempts the event goes to the dead-letter list
        gedrag.set(Gedrag.FALEN);
        meld("MLD-2");
        assertThat(bezorging.ronde().mislukt()).isEqualTo(1);
        assertThat(bezorging.ronde().mislukt())
                .as("no new attempt before the back-off")
                .isZero();
        klok.verzet(Duration.ofSeconds(11));
        assertThat(bezorging.ronde().mislukt()).isEqualTo(1);
        gedrag.set(Gedrag.TRAAG);
        klok.verzet(Duration.ofSeconds(21));
        Bezorging.Ronde derde = bezorging.ronde();
        assertThat(derde.dood()).isEqualTo(1);
        JsonNode dodeLetters = beheerder
                .get("/api/v1/abonnementen/" + abonnement + "/dode-letters")
                .json();
        assertThat(dodeLetters).hasSize(1);
        assertThat(dodeLetters.get(0).get("onderwerp").asString()).isEqualTo("MLD-2");
        assertThat(dodeLetters.get(0).get("laatsteFout").asString()).startsWith("time-out");
        assertThat(dodeLetters.get(0).get("pogingen").asInt()).isEqualTo(3);

        // 3: the endpoint recovers; the next event goes through, the dead letter when offered again
        gedrag.set(Gedrag.AANNEMEN);
        meld("MLD-3");
        klok.verzet(Duration.ofMinutes(2));
        bezorgTot(() -> onderwerpen().contains("MLD-3"));
        assertThat(onderwerpen()).doesNotContain("MLD-2");
        assertThat(beheerder
                        .postJson("/api/v1/abonnementen/" + abonnement + "/dode-letters/aanbieding", "")
                        .status())
                .isEqualTo(202);
        bezorgTot(() -> onderwerpen().contains("MLD-2"));
        assertThat(beheerder
                        .get("/api/v1/abonnementen/" + abonnement + "/dode-letters")
                        .json())
                .isEmpty();
        assertThat(beheerder
                        .get("/api/v1/abonnementen/" + abonnement)
                        .json()
                        .get("bezorgd")
                        .asLong())
                .isEqualTo(3);
        assertThat(logregels("INZIEN", abonnement))
                .as("every look is in the access log: the dead letters twice, the subscription once")
                .isEqualTo(3);
        assertThat(logregels("WIJZIGEN", abonnement)).isOne();
        for (Ontvangen o : List.copyOf(aangenomen)) {
            assertThat(o.handtekening()).isEqualTo(handtekening(geheim, o));
        }

        // the partner pages the event log with its key: everything, in order, twice over the same cursor
        Api partner = Api.op(port).met("Authorization", "Bearer " + sleutel);
        Api.Antwoord pagina1 = partner.get("/api/v1/gebeurtenissen?limiet=2");
        assertThat(pagina1.status()).as(pagina1.toString()).isEqualTo(200);
        assertThat(onderwerpen(pagina1.json())).containsExactly("MLD-1", "MLD-2");
        Api.Antwoord pagina2 = partner.get("/api/v1/gebeurtenissen?limiet=2&na="
                + pagina1.json().get("volgende").asString());
        assertThat(onderwerpen(pagina2.json())).containsExactly("MLD-3");
        Api.Antwoord leeg = partner.get(
                "/api/v1/gebeurtenissen?na=" + pagina2.json().get("volgende").asString());
        assertThat(onderwerpen(leeg.json())).isEmpty();
        assertThat(leeg.json().get("volgende").asString())
                .isEqualTo(pagina2.json().get("volgende").asString());

        // ended: nothing more is delivered, and the key no longer opens the log
        assertThat(beheerder
                        .send(java.net.http.HttpRequest.newBuilder(beheerder.uri("/api/v1/abonnementen/" + abonnement))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(partner.get("/api/v1/gebeurtenissen").status()).isEqualTo(401);
        assertThat(logregels("VERWIJDEREN", abonnement)).isOne();
        int voor = pogingen.size();
        meld("MLD-4");
        klok.verzet(Duration.ofMinutes(2));
        bezorging.ronde();
        assertThat(pogingen).hasSize(voor);
    }

    @Test
    void refusesBadSubscriptionsInDutchAndStoresNothing() {
        Api beheerder = Api.op(port).als("beheerder");
        long voor = aantalAbonnementen();
        String goed = """
                {"naam": "Partner", "soort": "LANDELIJK", "url": "https://partner.example/hook",
                 "typen": ["%s"]}""".formatted(TYPE);

        assertVeld(beheerder.postJson("/api/v1/abonnementen", goed.replace("https://partner", "ftp://partner")), "url");
        assertVeld(
                beheerder.postJson("/api/v1/abonnementen", goed.replace("https://partner", "https://wie@partner")),
                "url");
        assertVeld(
                beheerder.postJson(
                        "/api/v1/abonnementen", goed.replace("\"typen\"", "\"geheim\": \"whsec_kort\", \"typen\"")),
                "geheim");
        assertVeld(
                beheerder.postJson(
                        "/api/v1/abonnementen", goed.replace("\"typen\"", "\"geheim\": \"geheim123\", \"typen\"")),
                "geheim");
        assertVeld(beheerder.postJson("/api/v1/abonnementen", goed.replace(TYPE, "nl.toezicht.bestaat.niet")), "typen");
        // a case's inner steps are not for a provider's own system
        assertVeld(
                beheerder.postJson(
                        "/api/v1/abonnementen",
                        goed.replace("LANDELIJK", "ZORGAANBIEDER")
                                .replace(TYPE, "nl.toezicht.zaak.status-gewijzigd")
                                .replace("\"typen\"", "\"kvkNummer\": \"1234567\", \"typen\"")),
                "kvkNummer");
        assertThat(aantalAbonnementen()).isEqualTo(voor);

        // a secret of the partner's own making is taken when it is a real one
        String eigen = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        Api.Antwoord metEigen = beheerder.postJson(
                "/api/v1/abonnementen", goed.replace("\"typen\"", "\"geheim\": \"" + eigen + "\", \"typen\""));
        assertThat(metEigen.status()).isEqualTo(201);
        assertThat(metEigen.json().get("geheim").asString()).isEqualTo(eigen);
    }

    @Test
    void onlyAnAdministratorManagesSubscriptions() {
        Api inspecteur = Api.op(port).als("inspecteur");
        String id = UUID.randomUUID().toString();
        assertThat(inspecteur.get("/api/v1/abonnementen").status()).isEqualTo(403);
        assertThat(inspecteur.get("/api/v1/abonnementen/" + id).status()).isEqualTo(403);
        assertThat(inspecteur
                        .postJson("/api/v1/abonnementen/" + id + "/dode-letters/aanbieding", "")
                        .status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .get("/api/v1/abonnementen/" + id)
                        .status())
                .isEqualTo(404);

        // no key, a wrong key, a staff member: the event log answers 401
        assertThat(Api.op(port).get("/api/v1/gebeurtenissen").status()).isEqualTo(401);
        Api.Antwoord fout =
                Api.op(port).met("Authorization", "Bearer tzp_onbekend").get("/api/v1/gebeurtenissen");
        assertThat(fout.status()).isEqualTo(401);
        assertThat(fout.header("Content-Type")).startsWith("application/problem+json");
        assertThat(inspecteur.get("/api/v1/gebeurtenissen").status()).isEqualTo(401);

        // a partner's key opens the event log and nothing else
        Api.Antwoord gemaakt = Api.op(port).als("beheerder").postJson("/api/v1/abonnementen", """
                {"naam": "Partner", "soort": "LANDELIJK", "url": "https://partner.example/hook",
                 "typen": ["%s"]}""".formatted(TYPE));
        Api partner = Api.op(port)
                .met("Authorization", "Bearer " + gemaakt.json().get("sleutel").asString());
        assertThat(partner.get("/api/v1/gebeurtenissen").status()).isEqualTo(200);
        assertThat(partner.get("/api/v1/abonnementen").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/zaken").status()).isIn(403, 404);
        Api.Antwoord cursor = partner.get("/api/v1/gebeurtenissen?na=gisteren");
        assertThat(cursor.status()).isEqualTo(422);
        assertThat(cursor.tekst()).contains("na").contains("cursor");
    }

    private String meld(String referentie) {
        MeldingId id = MeldingId.nieuw();
        transacties.executeWithoutResult(s -> events.publishEvent(new MeldingOntvangen(
                id, referentie, Meldingsoort.CALAMITEIT, Zorgsector.GGZ, null, klok.instant(), null)));
        return id.waarde().toString();
    }

    private void bezorgTot(java.util.function.BooleanSupplier klaar) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!klaar.getAsBoolean()) {
            assertThat(System.nanoTime()).as("delivered within 20 s").isLessThan(tot);
            bezorging.ronde();
            if (!klaar.getAsBoolean()) {
                Thread.sleep(100);
            }
        }
    }

    private List<String> onderwerpen() {
        return List.copyOf(aangenomen).stream()
                .map(o -> new JsonFormat().deserialize(o.inhoud()).getSubject())
                .toList();
    }

    private static List<String> onderwerpen(JsonNode pagina) {
        List<String> uit = new ArrayList<>();
        pagina.get("gebeurtenissen").forEach(e -> uit.add(e.get("subject").asString()));
        return uit;
    }

    private static String handtekening(String geheim, Ontvangen o) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring(6)), "HmacSHA256"));
        mac.update((o.id() + "." + o.tijdstip() + ".").getBytes(StandardCharsets.UTF_8));
        byte[] verwacht = mac.doFinal(o.inhoud());
        String gekregen = o.handtekening();
        assertThat(gekregen).startsWith("v1,");
        return MessageDigest.isEqual(Base64.getDecoder().decode(gekregen.substring(3)), verwacht)
                ? gekregen
                : "v1," + Base64.getEncoder().encodeToString(verwacht);
    }

    private long logregels(String handeling, UUID abonnement) {
        return jdbc.sql("select count(*) from logboek.toegangslog where handeling = ? and toegestaan"
                        + " and objecten_json @> ?::jsonb")
                .params(handeling, "[{\"type\":\"ABONNEMENT\",\"id\":\"" + abonnement + "\"}]")
                .query(Long.class)
                .single();
    }

    private long aantalAbonnementen() {
        return jdbc.sql("select count(*) from koppelingen.abonnement")
                .query(Long.class)
                .single();
    }

    private static void assertVeld(Api.Antwoord antwoord, String veld) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(422);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.tekst()).contains("\"" + veld + "\"");
        assertThat(antwoord.tekst()).doesNotContainIgnoringCase("exception");
    }
}
