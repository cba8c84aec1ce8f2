package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class IdempotentieIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Idempotentie idempotentie;

    @Test
    void keysOlderThanTheRetryWindowAreForgottenAndTheirTokenWithThem() {
        String oud = "oud-" + UUID.randomUUID();
        String vers = "vers-" + UUID.randomUUID();
        Api.op(port)
                .met("Idempotency-Key", oud)
                .postJson("/api/v1/meldingen", eenKlachtVanEenBurger().tekst());
        Api.op(port)
                .met("Idempotency-Key", vers)
                .postJson("/api/v1/meldingen", eenKlachtVanEenBurger().tekst());
        jdbc.sql(
                        "update meldingen.idempotentie_sleutel set aangemaakt_op = now() - interval '2 days' where sleutel = ?")
                .param("api:" + oud)
                .update();

        idempotentie.vergeet(Instant.now(java.time.Clock.systemUTC()).minus(IdempotentieOpruimen.BEWAARTERMIJN));

        assertThat(sleutels("api:" + oud)).isZero();
        assertThat(sleutels("api:" + vers)).isOne();
    }

    private long sleutels(String sleutel) {
        return jdbc.sql("select count(*) from meldingen.idempotentie_sleutel where sleutel = ?")
                .param(sleutel)
                .query(Long.class)
                .single();
    }
}
