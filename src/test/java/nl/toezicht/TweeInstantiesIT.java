package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances against one database: what one accepts the other serves, each case is opened
 * once, and each scheduled job exists once for both (db-scheduler picks every execution on one instance).
 */
@IntegratieTest
class TweeInstantiesIT {

    @LocalServerPort
    int poortA;

    @Autowired
    JdbcClient jdbc;

    static ConfigurableApplicationContext instantieB;

    @BeforeAll
    static void startTweedeInstantie() {
        // on the same test clock as instance A: both count deadlines from the same moment
        instantieB = new SpringApplicationBuilder(ToezichtApplication.class, Testklok.Configuratie.class)
                .profiles("test")
                .properties("server.port=0", "management.server.port=0", "spring.jmx.enabled=false")
                .run();
    }

    @AfterAll
    static void stopTweedeInstantie() {
        instantieB.close();
    }

    @Test
    void aNotificationAcceptedByOneInstanceIsServedByTheOtherAndOpensOneCase() throws InterruptedException {
        int poortB = Integer.parseInt(instantieB.getEnvironment().getProperty("local.server.port"));
        Api.Antwoord aangenomen = Api.op(poortA)
                .met("Idempotency-Key", "twee-instanties-" + System.nanoTime())
                .postJson("/api/v1/meldingen", """
                        {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ",
                         "zorgaanbiederOmschrijving": "GGZ-instelling De Brug",
                         "omschrijving": "Een patiënt is na een val overleden."}
                        """);
        assertThat(aangenomen.status()).isEqualTo(201);
        String id = aangenomen.json().get("id").asString();

        Api.Antwoord gelezen = Api.op(poortB).als("intake").get("/api/v1/meldingen/" + id);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().get("referentie").asString())
                .isEqualTo(aangenomen.json().get("referentie").asString());

        Wachten.tot(() -> zakenVan(id) > 0, Duration.ofSeconds(15), "a case for notification " + id);
        Thread.sleep(500); // give a second, wrong opening the chance to happen
        assertThat(zakenVan(id)).isEqualTo(1);
    }

    @Test
    void eachScheduledJobExistsOnceForBothInstances() {
        assertThat(jdbc.sql("select task_name, count(*) from scheduled_tasks group by task_name having count(*) > 1")
                        .query()
                        .listOfRows())
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'termijnen-bewaken'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long zakenVan(String meldingId) {
        return jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?::uuid")
                .param(meldingId)
                .query(Long.class)
                .single();
    }
}
