package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joining moves a notification's link row (an UPDATE of {@code zaken.zaak_melding}, decision 0033) instead of
 * deleting and re-inserting the case's links: the owner's trigger on that table still journals the day on
 * which the notification had been counted as closed, so the annual counts follow.
 */
@IntegratieTest
class SamenvoegenTellingIT {

    private static final int JAAR = 2004;
    private static final Zorgsector SECTOR = Zorgsector.PREVENTIE;
    private static final String SOORT = "KLACHT_OF_SIGNAAL";
    private static final LocalDate DAG = LocalDate.of(JAAR, 6, 15);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferaggregaten aggregaten;

    @Autowired
    Cijferdata cijferdata;

    private long geslotenOp(LocalDate dag) {
        return jdbc.sql("select coalesce(sum(aantal), 0) from cijfers.telling_gesloten"
                        + " where dag = ? and sector = ? and soort = ?")
                .params(dag, SECTOR.name(), SOORT)
                .query(Long.class)
                .single();
    }

    private long telwijzigingenOp(LocalDate dag) {
        return jdbc.sql("select count(*) from zaken.telwijziging where dag = ?")
                .param(dag)
                .query(Long.class)
                .single();
    }

    @Test
    void aNotificationJoinedOutOfACaseClosedLongAgoLeavesThatDaysClosedCount() {
        // one notification of 2004 whose case was closed on 15 June, counted in the daily counts
        List<UUID> meldingen =
                cijferdata.groep(JAAR, new Gouden.Groep(SECTOR, SOORT, "WEBFORMULIER", false, false, null, 3, 1, 6));
        aggregaten.ververs();
        long voor = geslotenOp(DAG);
        assertThat(voor).isPositive();

        long wijzigingen = telwijzigingenOp(DAG);
        UUID doel = cijferdata.openZaak(SECTOR, SOORT, Instant.parse("2025-12-01T10:00:00Z"));
        Api.Antwoord samengevoegd = Api.op(port)
                .als("intake")
                .postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + meldingen.get(0) + "\"}");
        assertThat(samengevoegd.status()).as(samengevoegd.toString()).isEqualTo(200);

        // the owner of the link rows keeps the late change to that closing day (decision 0031)
        assertThat(telwijzigingenOp(DAG)).isEqualTo(wijzigingen + 1);
        aggregaten.ververs();
        assertThat(geslotenOp(DAG)).isEqualTo(voor - 1);
    }
}
