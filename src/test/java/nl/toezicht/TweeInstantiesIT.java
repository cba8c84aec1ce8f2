package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

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
        instantieB = new SpringApplicationBuilder(ToezichtApplication.class)
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

        // one delivery to case handling, by whichever instance, completed: the case is opened once
        assertThat(Publicaties.afgehandeld(jdbc, "MeldingOntvangen", id, 1))
                .singleElement()
                .satisfies(p -> assertThat(p.listener()).contains("MeldingenListener"));
        Thread.sleep(500); // give a second, wrong delivery the chance to happen
        assertThat(Publicaties.van(jdbc, "MeldingOntvangen", id))
                .singleElement()
                .satisfies(p -> assertThat(p.voltooid()).isTrue());
        assertThat(jdbc.sql("select exists (select 1 from zaken.zaak_melding where melding_id = ?::uuid)")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
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
}
