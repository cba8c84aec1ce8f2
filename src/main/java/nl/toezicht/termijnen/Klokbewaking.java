package nl.toezicht.termijnen;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One overdue job for all clocks: marks the running clocks past their deadline, once per clock, in one
 * set-based statement that also appends their history line, and announces each with {@link KlokVerstreken}.
 * Runs daily through db-scheduler, which picks each execution once even with several application instances;
 * two runs at once still mark a clock once (the second waits for the first's row locks and then finds
 * {@code te_laat} set).
 */
@Service
class Klokbewaking {

    static final String DOOR = "systeem:klokbewaking";
    private static final Logger log = LoggerFactory.getLogger(Klokbewaking.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Klokbewaking(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks the running clocks whose deadline lies before {@code vandaag} (the deadline day itself is on
     * time); suspended and stopped clocks and clocks already marked are left alone. The history line is dated
     * when the deadline passed (midnight after it, Dutch time; later only if the clock's last line is), not
     * when the job ran, so a run that catches up after a standstill tells the same story.
     */
    @Transactional
    List<KlokVerstreken> markeerVerstreken(LocalDate vandaag) {
        List<KlokVerstreken> verstreken = jdbc.sql("""
                        with verstreken as (
                            update termijnen.klok
                            set te_laat = true, volgnummer = volgnummer + 1,
                                laatste_op = greatest(laatste_op, (uiterlijk + 1)::timestamp at time zone :zone)
                            where status = 'LOPEND' and not te_laat and uiterlijk < :vandaag
                            returning id, soort, object_type, object_id, afdeling, behandelaar, uiterlijk, volgnummer,
                                laatste_op
                        ), geschiedenis as (
                            insert into termijnen.klokgebeurtenis (klok, volgnummer, soort, door, op, uiterlijk_voor,
                                uiterlijk_na)
                            select id, volgnummer, 'VERSTREKEN', :door, laatste_op, uiterlijk, uiterlijk from verstreken
                        )
                        select id, soort, object_type, object_id, afdeling, behandelaar, uiterlijk from verstreken
                        """)
                .param("vandaag", vandaag)
                .param("zone", Tijdzone.NEDERLAND.getId())
                .param("door", DOOR)
                .query((rs, i) -> new KlokVerstreken(
                        new KlokId(rs.getObject("id", UUID.class)),
                        rs.getString("soort"),
                        new Objectverwijzing(rs.getString("object_type"), rs.getObject("object_id", UUID.class)),
                        rs.getString("afdeling"),
                        rs.getString("behandelaar"),
                        rs.getObject("uiterlijk", LocalDate.class)))
                .list();
        verstreken.forEach(events::publishEvent);
        log.info("Marked {} clocks overdue on {}", verstreken.size(), vandaag);
        return verstreken;
    }

    @Configuration(proxyBeanMethods = false)
    static class Planning {

        /**
         * 01:10 Dutch time: after midnight, so yesterday's deadlines have passed, before anyone starts; ten
         * minutes after the case job of module zaken, so the two do not compete.
         */
        @Bean
        RecurringTask<Void> klokkenBewaken(Klokbewaking bewaking, Termijnen termijnen) {
            return Tasks.recurring("klokken-bewaken", Schedules.daily(Tijdzone.NEDERLAND, LocalTime.of(1, 10)))
                    .execute((instance, context) -> bewaking.markeerVerstreken(termijnen.vandaag()));
        }
    }
}
