package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingenInBulkGeladen;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingtestdata;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakstatus;
import nl.toezicht.zaken.ZakenInBulkGeladen;
import nl.toezicht.zaken.Zakenlader;
import nl.toezicht.zaken.Zakenlader.Bulkzaak;
import nl.toezicht.zaken.Zakenlader.Koppeling;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a bulk load of notifications or cases is announced, the figures' daily counts are refreshed: the
 * loaded past days, counted live until then from the owners' journals, are in the daily counts afterwards.
 * The loads here are written without their announcement; the scenario publishes it.
 */
@IntegratieTest
@EnableScenarios
class NaBulkladingIT {

    @Autowired
    Meldingenlader meldingenlader;

    @Autowired
    Zakenlader zakenlader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferaggregaten aggregaten;

    /** A day of its own, long ago: no other test writes it. */
    private static LocalDate eigenDag() {
        return LocalDate.of(2009, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3 * 365));
    }

    private long ontvangenGeteld(LocalDate dag) {
        return jdbc.sql("select coalesce(sum(aantal), 0) from cijfers.telling_ontvangen where dag = ?")
                .param(dag)
                .query(Long.class)
                .single();
    }

    private long geslotenGeteld(LocalDate dag) {
        return jdbc.sql("select coalesce(sum(aantal), 0) from cijfers.telling_gesloten where dag = ?")
                .param(dag)
                .query(Long.class)
                .single();
    }

    private List<LocalDate> vuil() {
        Cijferaggregaten.Stand stand = Cijferaggregaten.stand(jdbc);
        List<LocalDate> dagen =
                new java.util.ArrayList<>(Telwijzigingen.ontvangstdagen(jdbc, stand.gelezen(), stand.tot()));
        dagen.addAll(Telwijzigingen.sluitdagen(jdbc, stand.gelezen(), stand.tot()));
        return dagen;
    }

    static Bulkmelding melding(Instant ontvangen) {
        return Meldingtestdata.bulkmelding(
                Meldingsoort.KLACHT_OF_SIGNAAL, Zorgsector.PREVENTIE, "Geladen in bulk", ontvangen);
    }

    static Bulkzaak geslotenZaak(Bulkmelding m, Instant gesloten) {
        Instant open = m.ontvangenOp().plusSeconds(1);
        return new Bulkzaak(
                ZaakId.nieuw(),
                Zaakstatus.GESLOTEN,
                Meldingsoort.KLACHT_OF_SIGNAAL,
                Zorgsector.PREVENTIE,
                Zorgsector.PREVENTIE,
                null,
                null,
                null,
                false,
                false,
                m.ontvangenOp(),
                Sluitreden.GEEN_VERVOLG,
                List.of(
                        new Statuswijziging(null, Zaakstatus.ONTVANGEN, Transitie.OPENEN, "systeem", open, null),
                        new Statuswijziging(
                                Zaakstatus.ONTVANGEN,
                                Zaakstatus.IN_TRIAGE,
                                Transitie.START_TRIAGE,
                                "intake",
                                open.plusSeconds(600),
                                null),
                        new Statuswijziging(
                                Zaakstatus.IN_TRIAGE,
                                Zaakstatus.GESLOTEN,
                                Transitie.SLUIT,
                                "intake",
                                gesloten,
                                "Geen vervolg")),
                List.of(new Koppeling(m.id(), open, "systeem")));
    }

    @Test
    void whenNotificationsAndThenTheirCasesAreLoadedInBulkTheDailyCountsAreRefreshed(Scenario scenario) {
        LocalDate dag = eigenDag();
        LocalDate sluitdag = dag.plusDays(1);
        Instant ontvangen = dag.atTime(10, 0).atZone(Tijdzone.NEDERLAND).toInstant();
        Instant gesloten = sluitdag.atTime(15, 0).atZone(Tijdzone.NEDERLAND).toInstant();
        List<Bulkmelding> meldingen = List.of(melding(ontvangen), melding(ontvangen.plusSeconds(60)));
        aggregaten.ververs(); // the stand at today: what is loaded now is a change to counted days
        // each load written without its announcement (no rondAf()): the announcement is the stimulus
        transacties.executeWithoutResult(t -> meldingenlader.begin().schrijf(meldingen));
        assertThat(ontvangenGeteld(dag)).isZero();
        assertThat(vuil()).contains(dag);

        scenario.publish(new MeldingenInBulkGeladen(2, ontvangen, ontvangen.plusSeconds(60)))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> ontvangenGeteld(dag), n -> n == 2)
                .andVerify(n -> assertThat(vuil()).doesNotContain(dag));

        transacties.executeWithoutResult(t -> zakenlader
                .begin()
                .schrijf(meldingen.stream().map(m -> geslotenZaak(m, gesloten)).toList()));
        assertThat(geslotenGeteld(sluitdag)).isZero();
        assertThat(vuil()).contains(sluitdag);

        scenario.publish(new ZakenInBulkGeladen(2, ontvangen.plusSeconds(1), gesloten))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> geslotenGeteld(sluitdag), n -> n == 2)
                .andVerify(n -> assertThat(vuil()).doesNotContain(sluitdag));
    }
}
