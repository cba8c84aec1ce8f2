package nl.toezicht.cijfers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.toezicht.kern.Tijdzone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily counts behind the figures ({@code cijfers.telling_*}). Figures are always correct (days not
 * yet counted, and days whose rows changed, are counted live); refreshing makes them fast again. Runs
 * nightly; a bulk import of past notifications or cases calls {@link #ververs()} after its commit (its
 * rows already marked their days dirty through the triggers of V10, COPY included).
 */
@Service
public class Cijferaggregaten {

    private static final Logger log = LoggerFactory.getLogger(Cijferaggregaten.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    Cijferaggregaten(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What one refresh did. */
    public record Verversing(LocalDate van, LocalDate tot, int vuileDagen, long ontvangenRijen, long geslotenRijen) {}

    /**
     * Counts the days from the stand up to today and every dirty day, and moves the stand to today.
     * Takes a SHARE lock on the counted tables for its duration: writers that started earlier finish first
     * (so their rows are seen), writers that start later wait (so they see the new stand and mark what
     * they change). The nightly run counts one day: milliseconds of waiting for intake.
     */
    @Transactional
    public Verversing ververs() {
        jdbc.sql("lock table meldingen.melding, zaken.zaak, zaken.zaak_melding in share mode")
                .update();
        LocalDate oud = jdbc.sql("select tot from cijfers.stand for update")
                .query(LocalDate.class)
                .single();
        LocalDate nieuw = LocalDate.ofInstant(clock.instant(), Tijdzone.NEDERLAND);
        if (nieuw.isBefore(oud)) {
            nieuw = oud;
        }
        List<LocalDate> vuil = jdbc.sql("delete from cijfers.vuile_dag where dag < :tot returning dag")
                .param("tot", nieuw)
                .query(LocalDate.class)
                .list();
        String dagen =
                vuil.stream().map(LocalDate::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        jdbc.sql(
                        "delete from cijfers.telling_ontvangen where (dag >= :van and dag < :tot) or dag = any(cast(:vuil as date[]))")
                .param("van", oud)
                .param("tot", nieuw)
                .param("vuil", dagen)
                .update();
        jdbc.sql(
                        "delete from cijfers.telling_gesloten where (dag >= :van and dag < :tot) or dag = any(cast(:vuil as date[]))")
                .param("van", oud)
                .param("tot", nieuw)
                .param("vuil", dagen)
                .update();
        long ontvangen = jdbc.sql("""
                        insert into cijfers.telling_ontvangen
                        select cijfers.dag(m.ontvangen_op), m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide,
                               m.suicidepoging, m.gesloten_jeugdinstelling, m.sgg_soort, count(*)
                        from meldingen.melding m
                        where m.ontvangen_op >= :vanTs and m.ontvangen_op < :totTs
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                        union all
                        select d, m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide,
                               m.suicidepoging, m.gesloten_jeugdinstelling, m.sgg_soort, count(*)
                        from unnest(cast(:vuil as date[])) d
                        join meldingen.melding m on m.ontvangen_op >= (d::timestamp at time zone 'Europe/Amsterdam')
                                                and m.ontvangen_op < ((d + 1)::timestamp at time zone 'Europe/Amsterdam')
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                        """)
                .param("vanTs", Bronrijen.begin(oud))
                .param("totTs", Bronrijen.begin(nieuw))
                .param("vuil", dagen)
                .update();
        long gesloten = jdbc.sql("""
                        insert into cijfers.telling_gesloten
                        select cijfers.dag(z.gesloten_op), m.sector, m.soort, count(*)
                        from zaken.zaak z join zaken.zaak_melding zm on zm.zaak = z.id
                        join meldingen.melding m on m.id = zm.melding_id
                        where z.gesloten_op >= :vanTs and z.gesloten_op < :totTs
                        group by 1, 2, 3
                        union all
                        select d, m.sector, m.soort, count(*)
                        from unnest(cast(:vuil as date[])) d
                        join zaken.zaak z on z.gesloten_op >= (d::timestamp at time zone 'Europe/Amsterdam')
                                         and z.gesloten_op < ((d + 1)::timestamp at time zone 'Europe/Amsterdam')
                        join zaken.zaak_melding zm on zm.zaak = z.id
                        join meldingen.melding m on m.id = zm.melding_id
                        group by 1, 2, 3
                        """)
                .param("vanTs", Bronrijen.begin(oud))
                .param("totTs", Bronrijen.begin(nieuw))
                .param("vuil", dagen)
                .update();
        jdbc.sql("update cijfers.stand set tot = :tot").param("tot", nieuw).update();
        Verversing verversing = new Verversing(oud, nieuw, vuil.size(), ontvangen, gesloten);
        log.info("Figures' daily counts refreshed: {}", verversing);
        return verversing;
    }

    /** Counts everything again from {@code vanaf} (e.g. after a repair of old data outside the triggers). */
    @Transactional
    public Verversing herbereken(LocalDate vanaf) {
        jdbc.sql("lock table meldingen.melding, zaken.zaak, zaken.zaak_melding in share mode")
                .update();
        jdbc.sql("update cijfers.stand set tot = least(tot, :vanaf)")
                .param("vanaf", vanaf)
                .update();
        jdbc.sql("delete from cijfers.vuile_dag where dag >= :vanaf")
                .param("vanaf", vanaf)
                .update();
        return ververs();
    }

    @Configuration(proxyBeanMethods = false)
    static class Planning {

        /** 02:30 Dutch time: after midnight (yesterday is complete) and after the overdue marking at 01:00. */
        @Bean
        RecurringTask<Void> cijfersVerversen(Cijferaggregaten aggregaten) {
            return Tasks.recurring("cijfers-verversen", Schedules.daily(Tijdzone.NEDERLAND, LocalTime.of(2, 30)))
                    .execute((instance, context) -> aggregaten.ververs());
        }
    }
}
