package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingtestdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case timeline is append-only (decision 0033): a step inserts one entry and rewrites none, joining a
 * notification moves only its link row, and the database refuses to change or remove an entry while its case
 * exists. A row's {@code xmin} (the transaction that wrote it) shows whether a save rewrote it.
 */
@IntegratieTest
class ZaakTijdlijnIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;
    Api intake;
    Api inspecteur;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
        intake = Api.op(port).als("intake");
        inspecteur = Api.op(port).als("inspecteur.ggz");
    }

    private void stap(ZaakId id, String transitie) {
        Api.Antwoord antwoord = inspecteur.postJson(
                "/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"" + transitie + "\"}");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
    }

    private List<String> tijdlijnXmin(ZaakId id) {
        return jdbc.sql("select xmin::text from zaken.statuswijziging where zaak = ? order by volgnummer")
                .param(id.waarde())
                .query(String.class)
                .list();
    }

    private String koppelingXmin(MeldingOntvangen melding) {
        return jdbc.sql("select xmin::text from zaken.zaak_melding where melding_id = ?")
                .param(melding.melding().waarde())
                .query(String.class)
                .single();
    }

    @Test
    void aStepAppendsOneEntryAndRewritesNoOtherRow() {
        MeldingOntvangen melding = fixtures.eenCalamiteit().ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        stap(id, "START_TRIAGE");
        List<String> voor = tijdlijnXmin(id);
        String koppeling = koppelingXmin(melding);

        stap(id, "VRAAG_ONDERZOEK_AAN");
        stap(id, "ONTVANG_ONDERZOEK");

        List<String> na = tijdlijnXmin(id);
        assertThat(na).hasSize(4);
        assertThat(na.subList(0, 2)).isEqualTo(voor);
        assertThat(koppelingXmin(melding)).isEqualTo(koppeling);
        assertThat(jdbc.sql("select string_agg(transitie, ',' order by volgnummer) from zaken.statuswijziging"
                                + " where zaak = ?")
                        .param(id.waarde())
                        .query(String.class)
                        .single())
                .isEqualTo("OPENEN,START_TRIAGE,VRAAG_ONDERZOEK_AAN,ONTVANG_ONDERZOEK");
    }

    @Test
    void joiningMovesOnlyTheLinkOfTheJoinedNotification() {
        MeldingOntvangen eigen = fixtures.eenCalamiteit().ontvangen();
        ZaakId doel = fixtures.zaakVan(eigen.melding());
        MeldingOntvangen klacht = fixtures.eenKlacht().ontvangen();
        ZaakId bron = fixtures.zaakVan(klacht.melding());
        String eigenKoppeling = koppelingXmin(eigen);
        String klachtKoppeling = koppelingXmin(klacht);
        List<String> bronTijdlijn = tijdlijnXmin(bron);

        Api.Antwoord samengevoegd =
                intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + klacht.melding() + "\"}");
        assertThat(samengevoegd.status()).as(samengevoegd.toString()).isEqualTo(200);

        assertThat(koppelingXmin(eigen)).isEqualTo(eigenKoppeling);
        assertThat(koppelingXmin(klacht)).isNotEqualTo(klachtKoppeling);
        assertThat(fixtures.zaakVan(klacht.melding())).isEqualTo(doel);
        assertThat(jdbc.sql("select gekoppeld_door from zaken.zaak_melding where melding_id = ?")
                        .param(klacht.melding().waarde())
                        .query(String.class)
                        .single())
                .isEqualTo("intake");
        List<String> na = tijdlijnXmin(bron);
        assertThat(na).hasSize(2);
        assertThat(na.get(0)).isEqualTo(bronTijdlijn.get(0));
    }

    @Test
    void theDatabaseRefusesChangingOrRemovingAnEntryOfAnExistingCase() {
        ZaakId id = fixtures.eenKlacht().opentZaak();
        for (String sql : List.of(
                "update zaken.statuswijziging set door = 'iemand anders' where zaak = ?",
                "update zaken.statuswijziging set zaak = zaak where zaak = ?",
                "delete from zaken.statuswijziging where zaak = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(id.waarde()).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("zaken.statuswijziging is alleen-toevoegen");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate zaken.statuswijziging").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("zaken.statuswijziging is alleen-toevoegen: TRUNCATE geweigerd");
        assertThat(tijdlijnXmin(id)).hasSize(1);
        assertThat(jdbc.sql("select door from zaken.statuswijziging where zaak = ?")
                        .param(id.waarde())
                        .query(String.class)
                        .single())
                .isEqualTo(Zaakbehandeling.SYSTEEM);
    }

    @Test
    void aWholeCaseLeavesWithItsTimeline() {
        MeldingOntvangen melding = fixtures.eenKlacht().ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        stap(id, "START_TRIAGE");

        assertThat(jdbc.sql("delete from zaken.zaak where id = ?")
                        .param(id.waarde())
                        .update())
                .isEqualTo(1);

        assertThat(tijdlijnXmin(id)).isEmpty();
        Meldingtestdata.verwijder(jdbc, melding.melding());
    }
}
