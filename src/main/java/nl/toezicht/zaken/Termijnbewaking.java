package nl.toezicht.zaken;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks open cases past their deadline as overdue, once per deadline, in one set-based statement, and
 * tells the rest of the system which ones. Runs daily through db-scheduler, which picks each execution
 * once even with several application instances.
 */
@Service
class Termijnbewaking {

    private static final Logger log = LoggerFactory.getLogger(Termijnbewaking.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Termijnbewaking(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Marks the open cases whose deadline lies before {@code vandaag}; already marked ones are left alone,
     * so running twice on a day marks and announces nothing new. The version is raised so that a user
     * holding the case open cannot overwrite the mark unnoticed.
     */
    @Transactional
    public List<TermijnVerstreken> markeerVerstreken(LocalDate vandaag) {
        List<TermijnVerstreken> verstreken = jdbc.sql("""
                        update zaken.zaak set te_laat = true, version = version + 1
                        where status <> 'GESLOTEN' and not te_laat and termijn_datum < :vandaag
                        returning id, referentie, afdeling, termijn_soort, termijn_datum
                        """)
                .param("vandaag", vandaag)
                .query((rs, i) -> new TermijnVerstreken(
                        new ZaakId(rs.getObject("id", UUID.class)),
                        rs.getString("referentie"),
                        Zorgsector.valueOf(rs.getString("afdeling")),
                        Termijnsoort.valueOf(rs.getString("termijn_soort")),
                        rs.getObject("termijn_datum", LocalDate.class)))
                .list();
        verstreken.forEach(events::publishEvent);
        log.info("Marked {} cases overdue on {}", verstreken.size(), vandaag);
        return verstreken;
    }

    @Configuration(proxyBeanMethods = false)
    static class Planning {

        /** 01:00 Dutch time: after midnight, so yesterday's deadlines have passed, before anyone starts. */
        @Bean
        RecurringTask<Void> termijnenBewaken(Termijnbewaking bewaking, Termijnen termijnen) {
            return Tasks.recurring("termijnen-bewaken", Schedules.daily(Tijdzone.NEDERLAND, LocalTime.of(1, 0)))
                    .execute((instance, context) -> bewaking.markeerVerstreken(termijnen.vandaag()));
        }
    }
}
