package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Related work on the case page (issue 13.8): other cases and notifications about the same provider and location,
 * possible duplicates (same location, within 14 days, descriptions alike by trigrams), each within need-to-know,
 * and joining a duplicate to the case by its reference, which the case flow records on both timelines.
 */
@IntegratieTest
class VerwantIT {

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

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    Zaakfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
    }

    private record Gemeld(MeldingOntvangen melding, ZaakId zaak, String referentie, String zaakReferentie) {}

    private Gemeld meld(Zorgsector sector, String omschrijving, Registertestdata.Opgeslagen aanbieder) {
        MeldingOntvangen m = fixtures.eenCalamiteit()
                .inSector(sector)
                .metOmschrijving(omschrijving)
                .ontvangen();
        ZaakId zaak = fixtures.zaakVan(m.melding());
        Api.Antwoord gekoppeld = Api.op(port)
                .als("intake")
                .postJson(
                        "/api/v1/meldingen/" + m.melding().waarde() + "/zorgaanbieder",
                        "{\"zorgaanbiederId\":\"" + aanbieder.zorgaanbieder().waarde() + "\",\"locatieId\":\""
                                + aanbieder.locatie().waarde() + "\"}");
        assertThat(gekoppeld.status()).as(gekoppeld.tekst()).isEqualTo(200);
        Zaakfixtures.wachtTot(() -> jdbc.sql("select zorgaanbieder_id is not null from zaken.zaak where id = ?")
                .param(zaak.waarde())
                .query(Boolean.class)
                .single());
        String zaakReferentie = jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak.waarde())
                .query(String.class)
                .single();
        return new Gemeld(m, zaak, m.referentie(), zaakReferentie);
    }

    @Test
    void theCasePageShowsRelatedWorkWithinNeedToKnowAndJoinsADuplicateByItsReference() {
        Registertestdata.Opgeslagen aanbieder = new Registertestdata(zorgaanbiederlader, transacties, klok)
                .zorgaanbieder("Zorggroep Verwant", Zorgsector.GGZ);
        Gemeld eerste = meld(
                Zorgsector.GGZ, "De cliënt viel 's nachts uit bed op kamer 12 en brak daarbij de heup.", aanbieder);
        Gemeld dubbel =
                meld(Zorgsector.GGZ, "De client viel vannacht uit bed op kamer 12 en brak haar heup.", aanbieder);
        Gemeld ander = meld(Zorgsector.GGZ, "Medicatie voor drie bewoners verwisseld bij de avondronde.", aanbieder);
        Gemeld buiten = meld(
                Zorgsector.JEUGD, "De cliënt viel 's nachts uit bed op kamer 12 en brak daarbij de heup.", aanbieder);

        String pagina = Sessie.op(port)
                .als("inspecteur.ggz")
                .get("/zaken/" + eerste.zaak())
                .tekst();
        assertThat(pagina).contains("id=\"verwant\"");
        String dubbelen = pagina.substring(pagina.indexOf("id=\"dubbelen\""));
        dubbelen = dubbelen.substring(0, dubbelen.indexOf("</div>"));
        assertThat(dubbelen).contains(dubbel.referentie()).contains("lijkt op " + eerste.referentie());
        assertThat(dubbelen).doesNotContain(ander.referentie());
        assertThat(pagina.substring(pagina.indexOf("id=\"verwante-meldingen\"")))
                .contains(ander.referentie());
        assertThat(pagina.substring(pagina.indexOf("id=\"verwante-zaken\""))).contains(ander.zaakReferentie());
        // the other department's notification and case are not there, not even as a duplicate
        assertThat(pagina).doesNotContain(buiten.referentie()).doesNotContain(buiten.zaakReferentie());
        // the inspector does not join notifications: no button
        assertThat(pagina).doesNotContain("bij deze zaak voegen");

        // the analyst reads no free text: no duplicate suggestions (found by that text), the rest stays
        String analist =
                Sessie.op(port).als("analist").get("/zaken/" + eerste.zaak()).tekst();
        assertThat(analist).doesNotContain("id=\"dubbelen\"").contains(ander.referentie());

        // the intake desk joins the duplicate by its reference from the suggestion
        Sessie intake = Sessie.op(port).als("intake");
        String intakePagina = intake.get("/zaken/" + eerste.zaak()).tekst();
        assertThat(intakePagina).contains(dubbel.referentie() + " bij deze zaak voegen");
        Api.Antwoord samengevoegd = intake.post(
                "/zaken/" + eerste.zaak() + "/meldingen",
                Map.of("meldingId", dubbel.referentie(), "versie", intake.verborgen("versie")));
        assertThat(samengevoegd.status()).isEqualTo(302);
        assertThat(jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                        .param(dubbel.melding().melding().waarde())
                        .query(java.util.UUID.class)
                        .single())
                .isEqualTo(eerste.zaak().waarde());
        assertThat(jdbc.sql("select sluitreden from zaken.zaak where id = ?")
                        .param(dubbel.zaak().waarde())
                        .query(String.class)
                        .single())
                .isEqualTo("SAMENGEVOEGD");
        // the joined case's timeline says where it went; the joined one is no longer suggested
        assertThat(jdbc.sql("select count(*) from zaken.statuswijziging where zaak = ? and transitie = 'SAMENVOEGEN'")
                        .param(dubbel.zaak().waarde())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String na = intake.get("/zaken/" + eerste.zaak()).tekst();
        String overgebleven = na.substring(na.indexOf("id=\"dubbelen\""));
        overgebleven = overgebleven.substring(0, overgebleven.indexOf("</div>"));
        // intake sees every department: the other department's copy is still suggested, the joined one not
        assertThat(overgebleven)
                .doesNotContain("value=\"" + dubbel.referentie() + "\"")
                .contains("value=\"" + buiten.referentie() + "\"");
        // one suggestion per notification, however many of the case's it resembles
        assertThat(overgebleven.split("class=\"dubbel\"")).hasSize(2);
        // the lists shown are in the access log as a search, with the notifications shown
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = 'inspecteur.ggz'"
                                + " and handeling = 'ZOEKEN' and objecten like ?")
                        .param("%" + dubbel.melding().melding().waarde() + "%")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
