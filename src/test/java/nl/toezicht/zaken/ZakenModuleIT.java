package nl.toezicht.zaken;

import static nl.toezicht.Publicaties.nietsOnvoltooid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.toezicht.Moduletest;
import nl.toezicht.Publicaties;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingGekoppeld;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijnsoort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Case handling with the modules it uses and no others: what happens when intake announces a notification,
 * and what a step of a case announces. A delivery counts as done when the outbox marks it completed.
 */
@Moduletest
class ZakenModuleIT {

    private static final Duration GEDULD = Duration.ofSeconds(15);

    @Autowired
    Zaken zaken;

    @Autowired
    Zaakbehandeling behandeling;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Zaakfixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = Zaakfixtures.uit(context);
    }

    @AfterEach
    void afmelden() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whenANotificationIsReceivedACaseIsOpenedInTheDepartmentOfItsSector(
            Scenario scenario, AssertablePublishedEvents gepubliceerd) {
        MeldingOntvangen ontvangen =
                fixtures.eenKlacht().inSector(Zorgsector.JEUGD).vastgelegd();

        scenario.publish(ontvangen)
                .andWaitAtMost(GEDULD)
                .andWaitForStateChange(
                        () -> Publicaties.onvoltooid(jdbc, "MeldingOntvangen", ontvangen.melding()), nietsOnvoltooid())
                .andVerify(onvoltooid -> {
                    Zaak zaak = zaken.vindMet(ontvangen.melding()).orElseThrow();
                    assertThat(zaak.status()).isEqualTo(Zaakstatus.ONTVANGEN);
                    assertThat(zaak.afdeling()).isEqualTo(Zorgsector.JEUGD);
                    assertThat(zaak.meldingen()).containsExactly(ontvangen.melding());
                    assertThat(zaak.termijn()).isNotNull();
                    assertThat(zaak.termijn().soort()).isEqualTo(Termijnsoort.TRIAGE);
                });
        assertThat(gepubliceerd).contains(ZaakGeopend.class).matching(ZaakGeopend::melding, ontvangen.melding());
    }

    /**
     * The outbox delivers again what it has not seen completed (after a restart, a resubmission): the second
     * delivery must complete without opening a second case. A count of the link rows could not tell (the link
     * is keyed by the notification: a second opening fails and is rolled back), the outbox can: a failed delivery
     * stays in it incomplete, a completed one is deleted (decision 0096), so nothing left of either delivery and
     * one case opened, announced once, is "handled twice, opened once".
     */
    @Test
    void aNotificationDeliveredTwiceOpensOneCaseAndBothDeliveriesComplete(
            Scenario scenario, AssertablePublishedEvents gepubliceerd) {
        MeldingOntvangen ontvangen = fixtures.eenCalamiteit().ontvangen();
        ZaakId zaak = fixtures.zaakVan(ontvangen.melding());

        scenario.publish(ontvangen)
                .andWaitAtMost(GEDULD)
                .andWaitForStateChange(
                        () -> Publicaties.onvoltooid(jdbc, "MeldingOntvangen", ontvangen.melding()), nietsOnvoltooid())
                .andVerify(onvoltooid -> {
                    assertThat(Publicaties.rijen(jdbc, "MeldingOntvangen", ontvangen.melding()))
                            .as("both deliveries completed and deleted")
                            .isZero();
                    assertThat(zaken.vindMet(ontvangen.melding()))
                            .get()
                            .extracting(Zaak::id)
                            .isEqualTo(zaak);
                });
        assertThat(gepubliceerd
                        .ofType(ZaakGeopend.class)
                        .matching(g -> g.melding().equals(ontvangen.melding())))
                .hasSize(1);
    }

    @Test
    void whenIntakeLinksTheNotificationToAProviderItsCaseFollows(Scenario scenario) {
        MeldingOntvangen ontvangen = fixtures.eenKlacht().ontvangen();
        ZaakId zaak = fixtures.zaakVan(ontvangen.melding());
        ZorgaanbiederId zorgaanbieder = ZorgaanbiederId.nieuw();
        MeldingGekoppeld gekoppeld = new MeldingGekoppeld(ontvangen.melding(), zorgaanbieder, "intake");

        scenario.publish(gekoppeld)
                .andWaitAtMost(GEDULD)
                .andWaitForStateChange(
                        () -> Publicaties.onvoltooid(jdbc, "MeldingGekoppeld", zorgaanbieder), nietsOnvoltooid())
                .andVerify(
                        onvoltooid -> assertThat(zaken.vind(zaak).orElseThrow().zorgaanbieder())
                                .isEqualTo(zorgaanbieder));
    }

    @Test
    void aStepOfACaseIsAnnouncedAndTheReporterSeesTheCaseInHand(Scenario scenario) {
        MeldingOntvangen ontvangen =
                fixtures.eenKlacht().inSector(Zorgsector.GGZ).ontvangen();
        ZaakId zaak = fixtures.zaakVan(ontvangen.melding());
        assertThat(fixtures.meldingstatus(ontvangen.melding())).isEqualTo("ONTVANGEN");
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("inspecteur", "x", "ROLE_INSPECTEUR"));

        scenario.stimulate(() ->
                        behandeling.voerUit(zaak, Zaakopdracht.Stap.van(Transitie.START_TRIAGE, null, null), null))
                .andWaitAtMost(GEDULD)
                .andWaitForEventOfType(ZaakStatusGewijzigd.class)
                .matching(gewijzigd -> gewijzigd.zaak().equals(zaak))
                .toArriveAndVerify(gewijzigd -> {
                    assertThat(gewijzigd.van()).isEqualTo(Zaakstatus.ONTVANGEN);
                    assertThat(gewijzigd.naar()).isEqualTo(Zaakstatus.IN_TRIAGE);
                    assertThat(gewijzigd.transitie()).isEqualTo(Transitie.START_TRIAGE);
                    assertThat(gewijzigd.meldingen()).containsExactly(ontvangen.melding());
                    assertThat(fixtures.meldingstatus(ontvangen.melding())).isEqualTo("IN_BEHANDELING");
                });
    }

    @Autowired
    Zaakwerk zaakwerk;

    /** The coming alerts listen to these (docs/events.md): a task given names whom it is for and by when. */
    @Test
    void aTaskGivenAndDoneIsAnnounced(Scenario scenario) {
        ZaakId zaak = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("inspecteur.ggz", "x", "ROLE_INSPECTEUR"));
        java.time.LocalDate uiterlijk =
                java.time.LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(5);

        scenario.stimulate(() -> zaakwerk.wijsTaakToe(
                        zaak, new Zaakopdracht.Taaktoewijzing("Zorgaanbieder bellen", "inspecteur", null, uiterlijk)))
                .andWaitAtMost(GEDULD)
                .andWaitForEventOfType(TaakToegewezen.class)
                .matching(t -> t.zaak().equals(zaak))
                .toArriveAndVerify(t -> {
                    assertThat(t.medewerker()).isEqualTo("inspecteur");
                    assertThat(t.taakAfdeling()).isNull();
                    assertThat(t.afdeling()).isEqualTo(Zorgsector.GGZ);
                    assertThat(t.uiterlijk()).isEqualTo(uiterlijk);
                    assertThat(t.door()).isEqualTo("inspecteur.ggz");
                });
        Taak taak = zaakwerk.taken(zaken.vind(zaak).orElseThrow()).get(0);

        // another person: the current user is looked up once per request (the test's mock request)
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("inspecteur", "x", "ROLE_INSPECTEUR"));
        scenario.stimulate(() -> zaakwerk.handelTaakAf(zaak, taak.id(), Taakstatus.AFGEROND))
                .andWaitAtMost(GEDULD)
                .andWaitForEventOfType(TaakAfgehandeld.class)
                .matching(a -> a.taak().equals(taak.id()))
                .toArriveAndVerify(a -> {
                    assertThat(a.status()).isEqualTo(Taakstatus.AFGEROND);
                    assertThat(a.door()).isEqualTo("inspecteur");
                    assertThat(a.gegevenDoor()).isEqualTo("inspecteur.ggz");
                });
    }
}
