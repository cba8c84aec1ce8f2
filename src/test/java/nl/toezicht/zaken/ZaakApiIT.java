package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.termijnen.Termijnen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegratieTest
class ZaakApiIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Termijnen termijnen;

    Zaakfixtures fixtures;
    Api intake;
    Api inspecteurGgz;
    Api inspecteurJeugd;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events);
        intake = Api.op(port).als("intake");
        inspecteurGgz = Api.op(port).als("inspecteur.ggz");
        inspecteurJeugd = Api.op(port).als("inspecteur.jeugd");
    }

    private JsonNode zaak(ZaakId id) {
        Api.Antwoord antwoord = intake.get("/api/v1/zaken/" + id);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    private Api.Antwoord stap(Api als, ZaakId id, String json) {
        return als.postJson("/api/v1/zaken/" + id + "/statuswijzigingen", json);
    }

    private JsonNode doeStap(Api als, ZaakId id, String transitie) {
        Api.Antwoord antwoord =
                stap(als, id, "{\"transitie\":\"" + transitie + "\",\"toelichting\":\"" + transitie + " gedaan\"}");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    @Test
    void aReceivedNotificationOpensOneCaseInItsSectorsDepartmentEvenWhenDeliveredTwice() {
        Instant ontvangen = Instant.parse("2025-04-17T08:00:00Z");
        MeldingOntvangen event = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GEHANDICAPTENZORG)
                .ontvangenOp(ontvangen)
                .ontvangen();
        ZaakId id = fixtures.zaakVan(event.melding());
        fixtures.publiceer(event);
        fixtures.wachtOpAfhandeling(event.melding(), 2);

        assertThat(jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                        .param(event.melding().waarde())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        JsonNode zaak = zaak(id);
        assertThat(zaak.get("referentie").asString()).matches("Z-\\d{4}-\\d{6}");
        assertThat(zaak.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(zaak.get("afdeling").asString()).isEqualTo("GEHANDICAPTENZORG");
        assertThat(zaak.get("soort").asString()).isEqualTo("CALAMITEIT");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("TRIAGE");
        // Thursday before Easter 2025: Good Friday works, Easter Monday does not
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2025-04-23");
        assertThat(zaak.get("teLaat").asBoolean()).isTrue();
        assertThat(zaak.get("meldingen").get(0).asString())
                .isEqualTo(event.melding().toString());
        assertThat(zaak.get("tijdlijn")).hasSize(1);
        assertThat(zaak.get("tijdlijn").get(0).get("transitie").asString()).isEqualTo("OPENEN");
        assertThat(zaak.get("toegestaneTransities").get(0).asString()).isEqualTo("START_TRIAGE");
    }
}
