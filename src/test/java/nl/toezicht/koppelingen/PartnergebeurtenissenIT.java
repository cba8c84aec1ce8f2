package nl.toezicht.koppelingen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.handhaving.MaatregelBekendgemaakt;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.RapportGepubliceerd;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The events of inspections and enforcement that partners receive (issue 16): a published final report and a
 * decision on a measure made known. A national partner and the provider's own system each subscribe a receiver
 * that runs inside this test; the national one receives every report and decision (never the intention or the
 * collection decision of a measure), the provider's system only those about its own provider.
 */
@IntegratieTest
class PartnergebeurtenissenIT {

    @LocalServerPort
    int port;

    @Autowired
    Bezorging bezorging;

    @Autowired
    Testklok klok;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionOperations transacties;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    private HttpServer ontvanger;
    /** Per path (one per subscription): the CloudEvents received. */
    private final Map<String, List<CloudEvent>> ontvangen = new ConcurrentHashMap<>();

    private final List<UUID> abonnementen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ontvangerStart() throws IOException {
        ontvanger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ontvanger.createContext("/", uitwisseling -> {
            byte[] inhoud = uitwisseling.getRequestBody().readAllBytes();
            ontvangen
                    .computeIfAbsent(uitwisseling.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                    .add(new JsonFormat().deserialize(inhoud));
            uitwisseling.sendResponseHeaders(204, -1);
            uitwisseling.close();
        });
        ontvanger.start();
    }

    @AfterEach
    void ontvangerStop() {
        ontvanger.stop(0);
        Api beheerder = Api.op(port).als("beheerder");
        for (UUID id : abonnementen) {
            beheerder.send(java.net.http.HttpRequest.newBuilder(beheerder.uri("/api/v1/abonnementen/" + id))
                    .DELETE());
        }
    }

    @Test
    void reportsPublishedAndMeasuresDecidedReachNationalPartnersAndTheProviderItConcerns() {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        UUID demo = register.metKvkNummers(Set.of(Registertestdata.DEMO_KVK_NUMMER))
                .get(0)
                .waarde();
        UUID ander = UUID.randomUUID();
        String typen = "\"" + Partnergebeurtenissen.RAPPORT_GEPUBLICEERD + "\", \""
                + Partnergebeurtenissen.MAATREGEL_BESLOTEN + "\"";
        abonneer("/landelijk", "\"soort\": \"LANDELIJK\", \"typen\": [" + typen + "]");
        abonneer(
                "/aanbieder",
                "\"soort\": \"ZORGAANBIEDER\", \"kvkNummer\": \"" + Registertestdata.DEMO_KVK_NUMMER
                        + "\", \"typen\": [" + typen + "]");

        String uniek = Long.toString(System.nanoTime() % 1_000_000);
        UUID rapport = UUID.randomUUID();
        publiceer(new RapportGepubliceerd(
                rapport, "TZA-R" + uniek, Activiteitsoort.BEZOEK, Zorgsector.GGZ, demo, klok.instant()));
        publiceer(new RapportGepubliceerd(
                UUID.randomUUID(), "TZA-A" + uniek, Activiteitsoort.BEZOEK, Zorgsector.GGZ, ander, klok.instant()));
        UUID maatregel = UUID.randomUUID();
        for (Maatregelstap stap : List.of(
                Maatregelstap.VOORNEMEN_VERZENDEN,
                Maatregelstap.BESLUIT_VERZENDEN,
                Maatregelstap.INVORDERING_VERZENDEN)) {
            publiceer(maatregel(maatregel, "HHM-D" + uniek, stap, demo));
        }
        publiceer(maatregel(UUID.randomUUID(), "HHM-A" + uniek, Maatregelstap.BESLUIT_VERZENDEN, ander));

        klok.verzet(Duration.ofMinutes(1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    bezorging.ronde();
                    return onderwerpen("/landelijk").size() >= 4
                            && onderwerpen("/aanbieder").size() >= 2;
                });
        bezorging.ronde();

        assertThat(onderwerpen("/landelijk"))
                .as("every report and decision, not the intention nor the collection decision")
                .containsExactlyInAnyOrder("TZA-R" + uniek, "TZA-A" + uniek, "HHM-D" + uniek, "HHM-A" + uniek);
        assertThat(onderwerpen("/aanbieder"))
                .as("the provider's system: only what concerns its provider")
                .containsExactlyInAnyOrder("TZA-R" + uniek, "HHM-D" + uniek);

        CloudEvent rapportEvent = event("/aanbieder", "TZA-R" + uniek);
        assertThat(rapportEvent.getType()).isEqualTo("nl.toezicht.rapport.gepubliceerd");
        assertThat(tekst(rapportEvent))
                .contains("\"activiteit\":\"" + rapport + "\"", "\"soort\":\"BEZOEK\"", "\"afdeling\":\"GGZ\"")
                .contains("\"zorgaanbieder\":\"" + demo + "\"", "gepubliceerdOp");
        CloudEvent besluit = event("/landelijk", "HHM-D" + uniek);
        assertThat(besluit.getType()).isEqualTo("nl.toezicht.maatregel.besloten");
        assertThat(tekst(besluit))
                .contains("\"maatregel\":\"" + maatregel + "\"", "\"soort\":\"AANWIJZING\"")
                .contains("\"bekendgemaaktOp\":\"" + LocalDate.of(2026, 3, 2) + "\"");
    }

    private void abonneer(String pad, String velden) {
        Api.Antwoord gemaakt = Api.op(port).als("beheerder").postJson("/api/v1/abonnementen", """
                {"naam": "Partner %s", "url": "http://127.0.0.1:%d%s", %s}
                """.formatted(
                        pad, ontvanger.getAddress().getPort(), pad, velden));
        assertThat(gemaakt.status()).as(gemaakt.toString()).isEqualTo(201);
        abonnementen.add(
                UUID.fromString(gemaakt.json().get("abonnement").get("id").asString()));
    }

    private static MaatregelBekendgemaakt maatregel(
            UUID id, String referentie, Maatregelstap stap, UUID zorgaanbieder) {
        return new MaatregelBekendgemaakt(
                id,
                referentie,
                Maatregelsoort.AANWIJZING,
                stap,
                Zorgsector.GGZ,
                zorgaanbieder,
                LocalDate.of(2026, 3, 2));
    }

    private void publiceer(Object event) {
        transacties.executeWithoutResult(s -> events.publishEvent(event));
    }

    private List<String> onderwerpen(String pad) {
        return ontvangen.getOrDefault(pad, List.of()).stream()
                .map(CloudEvent::getSubject)
                .toList();
    }

    private CloudEvent event(String pad, String onderwerp) {
        return ontvangen.get(pad).stream()
                .filter(e -> onderwerp.equals(e.getSubject()))
                .findFirst()
                .orElseThrow();
    }

    private static String tekst(CloudEvent event) {
        return new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }
}
