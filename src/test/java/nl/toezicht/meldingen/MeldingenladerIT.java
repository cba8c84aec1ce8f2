package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk writer of notifications: references reserved in blocks beside live intake without a number
 * handed out twice, and one announcement per committed load.
 */
@IntegratieTest
@RecordApplicationEvents
class MeldingenladerIT {

    @LocalServerPort
    int port;

    @Autowired
    Meldingenlader lader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static Bulkmelding melding(String omschrijving) {
        return Meldingtestdata.bulkmelding(
                Meldingsoort.OVERIG, Zorgsector.NETWERKZORG, omschrijving, Instant.parse("2024-06-01T10:00:00Z"));
    }

    private static long nummer(String referentie) {
        return Long.parseLong(referentie.substring(referentie.lastIndexOf('-') + 1));
    }

    @Test
    void aBulkLoadBesideLiveIntakeTakesNoReferenceTwice() throws Exception {
        String omschrijving = "Bulk naast intake " + UUID.randomUUID();
        ConcurrentLinkedQueue<String> live = new ConcurrentLinkedQueue<>();
        AtomicBoolean laden = new AtomicBoolean(true);
        ExecutorService intake = Executors.newFixedThreadPool(3);
        List<Future<?>> melders = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            melders.add(intake.submit(() -> {
                while (laden.get()) {
                    Api.Antwoord a = Api.op(port)
                            .postJson(
                                    "/api/v1/meldingen", eenKlachtVanEenBurger().tekst());
                    assertThat(a.status()).as(a.toString()).isEqualTo(201);
                    live.add(a.json().get("referentie").asString());
                }
                return null;
            }));
        }
        List<String> bulk = new ArrayList<>();
        try {
            // chunks until live intake has taken a number inside the bulk's span: they really ran together
            long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            do {
                List<String> referenties = transacties.execute(t -> {
                    Meldingenlader.Lading lading = lader.begin();
                    List<String> geschreven = new ArrayList<>();
                    for (int brok = 0; brok < 5; brok++) {
                        List<Bulkmelding> rijen = new ArrayList<>();
                        for (int i = 0; i < 200; i++) {
                            rijen.add(melding(omschrijving));
                        }
                        geschreven.addAll(lading.schrijf(rijen));
                    }
                    lading.rondAf();
                    return geschreven;
                });
                bulk.addAll(referenties);
            } while (!doorweven(bulk, live) && System.nanoTime() < tot);
        } finally {
            laden.set(false);
            for (Future<?> f : melders) {
                f.get();
            }
            intake.shutdown();
        }

        assertThat(doorweven(bulk, live))
                .as("live intake took numbers while the bulk load reserved its blocks")
                .isTrue();
        Set<Long> alle = new HashSet<>();
        bulk.forEach(r -> assertThat(alle.add(nummer(r))).as(r).isTrue());
        live.forEach(r -> assertThat(alle.add(nummer(r))).as(r).isTrue());
        assertThat(bulk).allMatch(r -> r.matches("M-2024-\\d{6,}"));
        assertThat(jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                        .param(omschrijving)
                        .query(Long.class)
                        .single())
                .isEqualTo(bulk.size());
        assertThat(events.stream(MeldingenInBulkGeladen.class))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.aantal()).isEqualTo(1_000))
                .allSatisfy(e -> assertThat(e.van()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z")));
    }

    /** Some live number lies between the bulk's lowest and highest. */
    private static boolean doorweven(List<String> bulk, ConcurrentLinkedQueue<String> live) {
        if (bulk.isEmpty()) {
            return false;
        }
        long laagste = bulk.stream().mapToLong(MeldingenladerIT::nummer).min().orElseThrow();
        long hoogste = bulk.stream().mapToLong(MeldingenladerIT::nummer).max().orElseThrow();
        return live.stream().mapToLong(MeldingenladerIT::nummer).anyMatch(n -> n > laagste && n < hoogste);
    }

    @Test
    void aLoadThatIsRolledBackLeavesNothingAndAnnouncesNothing() {
        String omschrijving = "Teruggedraaid " + UUID.randomUUID();
        transacties.executeWithoutResult(t -> {
            Meldingenlader.Lading lading = lader.begin();
            lading.schrijf(List.of(melding(omschrijving), melding(omschrijving)));
            t.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                        .param(omschrijving)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(events.stream(MeldingenInBulkGeladen.class)).isEmpty();
    }

    @Test
    void aBulkWriterRefusesToWriteOutsideATransaction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lader.begin())
                .isInstanceOf(IllegalStateException.class);
    }
}
