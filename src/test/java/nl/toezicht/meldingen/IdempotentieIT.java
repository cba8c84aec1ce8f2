package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
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

    @Autowired
    Testklok klok;

    @Test
    void keysOlderThanTheRetryWindowAreForgottenAndTheirTokenWithThem() {
        String oud = "oud-" + UUID.randomUUID();
        String vers = "vers-" + UUID.randomUUID();
        klok.zet("2026-06-10T10:00");
        meldMet(oud);
        klok.verzet(Duration.ofHours(20));
        meldMet(vers);
        klok.verzet(Duration.ofHours(5));

        // what the hourly job does, a day and an hour after the first key
        idempotentie.vergeet(klok.instant().minus(IdempotentieOpruimen.BEWAARTERMIJN));

        assertThat(sleutels("api:" + oud)).isZero();
        assertThat(sleutels("api:" + vers)).isOne();
    }

    private void meldMet(String sleutel) {
        assertThat(Api.op(port)
                        .met("Idempotency-Key", sleutel)
                        .postJson("/api/v1/meldingen", eenKlachtVanEenBurger().tekst())
                        .status())
                .isEqualTo(201);
    }

    private long sleutels(String sleutel) {
        return jdbc.sql("select count(*) from meldingen.idempotentie_sleutel where sleutel = ?")
                .param(sleutel)
                .query(Long.class)
                .single();
    }
}
