package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.Termijnen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegratieTest
@RecordApplicationEvents
class TermijnbewakingIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Termijnbewaking bewaking;

    @Autowired
    Termijnen termijnen;

    @Autowired
    Zaakbehandeling behandeling;

    @Autowired
    ApplicationEvents gepubliceerd;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
    }

    private record Stand(boolean teLaat, long versie, LocalDate termijn) {}

    private Stand stand(ZaakId id) {
        return jdbc.sql("select te_laat, version, termijn_datum from zaken.zaak where id = ?")
                .param(id.waarde())
                .query((rs, i) -> new Stand(
                        rs.getBoolean("te_laat"),
                        rs.getLong("version"),
                        rs.getObject("termijn_datum", LocalDate.class)))
                .single();
    }

    private ZaakId zaakOntvangenDagenGeleden(int dagen) {
        return fixtures.eenCalamiteit()
                .inSector(Zorgsector.ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN)
                .ontvangenOp(klok.instant().minus(dagen, ChronoUnit.DAYS))
                .opentZaak();
    }

    @Test
    void marksExactlyTheOpenCasesPastTheirDeadlineOnceAndAnnouncesThem() {
        klok.zet("2026-06-10T10:00");
        ZaakId oud = zaakOntvangenDagenGeleden(40);
        ZaakId grens = zaakOntvangenDagenGeleden(20);
        ZaakId vers = zaakOntvangenDagenGeleden(0);
        ZaakId gesloten = zaakOntvangenDagenGeleden(40);
        sluit(gesloten);
        LocalDate grensdatum = stand(grens).termijn();
        assertThat(stand(oud).termijn()).isBefore(grensdatum);

        // the day of the deadline itself is still on time
        List<TermijnVerstreken> eerste = bewaking.markeerVerstreken(grensdatum);
        assertThat(eerste).extracting(TermijnVerstreken::zaak).contains(oud).doesNotContain(grens, vers, gesloten);
        assertThat(stand(oud).teLaat()).isTrue();
        assertThat(stand(grens).teLaat()).isFalse();
        assertThat(stand(vers).teLaat()).isFalse();
        assertThat(jdbc.sql("select te_laat from zaken.zaak where id = ?")
                        .param(gesloten.waarde())
                        .query(Boolean.class)
                        .single())
                .isFalse();
        TermijnVerstreken verstreken =
                eerste.stream().filter(t -> t.zaak().equals(oud)).findFirst().orElseThrow();
        assertThat(verstreken.afdeling()).isEqualTo(Zorgsector.ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN);
        assertThat(verstreken.termijnDatum()).isEqualTo(stand(oud).termijn());
        assertThat(gepubliceerd.stream(TermijnVerstreken.class)).contains(verstreken);

        long versieNaEerste = stand(oud).versie();
        List<TermijnVerstreken> nogmaals = bewaking.markeerVerstreken(grensdatum);
        assertThat(nogmaals).extracting(TermijnVerstreken::zaak).doesNotContain(oud);
        assertThat(stand(oud).versie()).isEqualTo(versieNaEerste);

        List<TermijnVerstreken> vandaag = bewaking.markeerVerstreken(termijnen.vandaag());
        assertThat(vandaag).extracting(TermijnVerstreken::zaak).contains(grens).doesNotContain(oud, vers);
        assertThat(stand(grens).teLaat()).isTrue();
        assertThat(stand(vers).teLaat()).isFalse();
    }

    @Test
    void theJobIsPlannedDailyAtOneOClockDutchTimeInThePersistentScheduler() {
        Map<String, Object> taak = jdbc.sql(
                        "select task_instance, execution_time from scheduled_tasks where task_name = ?")
                .param("termijnen-bewaken")
                .query()
                .singleRow();
        ZonedDateTime volgende =
                ((java.sql.Timestamp) taak.get("execution_time")).toInstant().atZone(Tijdzone.NEDERLAND);
        assertThat(volgende.toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(Set.of(taak.get("task_instance"))).containsExactly("recurring");
        // db-scheduler plans on the machine's clock, not on the application's: ask the database, whose now()
        // reads the same clock, whether the run lies ahead
        assertThat(jdbc.sql("select execution_time > now() from scheduled_tasks where task_name = ?")
                        .param("termijnen-bewaken")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private void sluit(ZaakId id) {
        jdbc.sql("update zaken.zaak set status = 'GESLOTEN', gesloten_op = ?, sluitreden = 'GEEN_VERVOLG' "
                        + "where id = ?")
                .params(java.sql.Timestamp.from(klok.instant()), id.waarde())
                .update();
    }
}
