package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
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
 * deleting and re-inserting the case's links: the figures' trigger on that table still finds the day on which
 * the notification had been counted as closed, so the annual counts follow.
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

    private long geslotenOp(LocalDate dag) {
        return jdbc.sql("select coalesce(sum(aantal), 0) from cijfers.telling_gesloten"
                        + " where dag = ? and sector = ? and soort = ?")
                .params(dag, SECTOR.name(), SOORT)
                .query(Long.class)
                .single();
    }

    @Test
    void aNotificationJoinedOutOfACaseClosedLongAgoLeavesThatDaysClosedCount() {
        // one notification of 2004 whose case was closed on 15 June, counted in the daily counts
        List<UUID> meldingen = new Cijferdata(jdbc)
                .groep(JAAR, new Gouden.Groep(SECTOR, SOORT, "WEBFORMULIER", false, false, null, 3, 1, 6));
        aggregaten.ververs();
        long voor = geslotenOp(DAG);
        assertThat(voor).isPositive();

        UUID doel = UUID.randomUUID();
        jdbc.sql("""
                        insert into zaken.zaak (id, referentie, status, soort, sector, afdeling, termijn_soort,
                            termijn_datum, ontvangen_op, geopend_op)
                        values (?, ?, 'IN_TRIAGE', ?, ?, ?, 'TRIAGE', current_date, ?, ?)
                        """)
                .params(
                        doel,
                        "T-Z-" + doel,
                        SOORT,
                        SECTOR.name(),
                        SECTOR.name(),
                        Timestamp.from(Instant.parse("2025-12-01T10:00:00Z")),
                        Timestamp.from(Instant.parse("2025-12-01T10:00:05Z")))
                .update();
        Api.Antwoord samengevoegd = Api.op(port)
                .als("intake")
                .postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + meldingen.get(0) + "\"}");
        assertThat(samengevoegd.status()).as(samengevoegd.toString()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from cijfers.vuile_dag where dag = ?")
                        .param(DAG)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        aggregaten.ververs();
        assertThat(geslotenOp(DAG)).isEqualTo(voor - 1);
    }
}
