package nl.toezicht.cijfers;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.toezicht.kern.Tijdzone;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily counts behind the figures ({@code cijfers.telling_*}). Figures are always correct (days not
 * yet counted, and days whose rows changed, are counted live); refreshing makes them fast again. Runs
 * nightly, and after a bulk load of notifications or cases ({@link NaBulklading}: their rows are in the
 * owners' journals of late changes, so the figures were right already, counted live until now).
 *
 * <p>No lock on anyone's table (decision 0031). The journals are read in a snapshot that is remembered
 * ({@code cijfers.stand.gelezen}): a change committing after it is new at the next read, and it committed
 * together with its journal row, so nothing is missed and no writer waits for a refresh. Only writes to
 * the rows of the current day are not journaled; the stand moves to today only after every transaction in
 * progress when the refresh began has ended, so those have all committed before the days are counted.
 */
@Service
public class Cijferaggregaten {

    private static final Logger log = LoggerFactory.getLogger(Cijferaggregaten.class);
    /** One refresh at a time, whichever instance runs it. */
    private static final long SLOT = 0x6369_6a66_6572_7331L;
    /** How long a refresh waits for transactions older than itself before it leaves the stand where it is. */
    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactie;

    Cijferaggregaten(JdbcClient jdbc, Clock clock, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactie = new TransactionTemplate(transacties);
    }

    /** What one refresh did. */
    public record Verversing(LocalDate van, LocalDate tot, int vuileDagen, long ontvangenRijen, long geslotenRijen) {}

    /** Up to which day the counts go, and the snapshot in which the owners' journals were last read. */
    record Stand(LocalDate tot, String gelezen) {}

    static Stand stand(JdbcClient jdbc) {
        return jdbc.sql("select tot, coalesce(cast(gelezen as text), :niets) from cijfers.stand")
                .param("niets", Telwijzigingen.NIETS_GELEZEN)
                .query((rs, i) -> new Stand(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .single();
    }

    /** Counts the days from the stand up to today and every dirty day, and moves the stand to today. */
    public Verversing ververs() {
        return ververs(null);
    }

    /** Counts everything again from {@code vanaf} (e.g. after a repair of old data outside the journals). */
    public Verversing herbereken(LocalDate vanaf) {
        return ververs(vanaf);
    }

    private Verversing ververs(@Nullable LocalDate vanaf) {
        // the day the stand may move to: today, by the database's clock (its journals use it) and ours
        record Begin(LocalDate vandaag, String snapshot) {}
        Begin begin = jdbc.sql("select cijfers.dag(now()), cast(pg_current_snapshot() as text)")
                .query((rs, i) -> new Begin(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .single();
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), Tijdzone.NEDERLAND);
        if (begin.vandaag().isBefore(vandaag)) {
            vandaag = begin.vandaag();
        }
        boolean ouderenKlaar = wachtOp(begin.snapshot());
        LocalDate totHoogstens = vandaag;
        Verversing verversing = transactie.execute(status -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(" + SLOT + ")")
                    .query(Integer.class)
                    .single();
            Stand stand = stand(jdbc);
            LocalDate oud = vanaf != null && vanaf.isBefore(stand.tot()) ? vanaf : stand.tot();
            LocalDate nieuw = ouderenKlaar && totHoogstens.isAfter(stand.tot()) ? totHoogstens : stand.tot();
            // taken before the journals are read and the rows counted: all it shows is counted below
            String gelezen = jdbc.sql("select cast(pg_current_snapshot() as text)")
                    .query(String.class)
                    .single();
            List<LocalDate> vuilOntvangen = Telwijzigingen.ontvangstdagen(jdbc, stand.gelezen(), oud);
            List<LocalDate> vuilGesloten = Telwijzigingen.sluitdagen(jdbc, stand.gelezen(), oud);
            return tel(oud, nieuw, vuilOntvangen, vuilGesloten, gelezen);
        });
        if (!ouderenKlaar) {
            log.info("Figures' daily counts: a transaction older than the refresh is still running;"
                    + " the stand stays until the next refresh");
        }
        log.info("Figures' daily counts refreshed: {}", verversing);
        return java.util.Objects.requireNonNull(verversing);
    }

    /**
     * Waits until every transaction in progress in {@code snapshot} has ended (committed or rolled back),
     * at most {@link #WACHTTIJD}; false when one still runs.
     */
    private boolean wachtOp(String snapshot) {
        long uiterlijk = System.nanoTime() + WACHTTIJD.toNanos();
        while (true) {
            long lopend = jdbc.sql("select count(*) from pg_snapshot_xip(cast(? as pg_snapshot)) x"
                            + " where pg_xact_status(x) = 'in progress'"
                            + " and x is distinct from pg_current_xact_id_if_assigned()")
                    .param(snapshot)
                    .query(Long.class)
                    .single();
            if (lopend == 0) {
                return true;
            }
            if (System.nanoTime() > uiterlijk) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private Verversing tel(
            LocalDate oud,
            LocalDate nieuw,
            List<LocalDate> vuilOntvangen,
            List<LocalDate> vuilGesloten,
            String gelezen) {
        String ontvangenDagen = Bronrijen.dagen(vuilOntvangen);
        String geslotenDagen = Bronrijen.dagen(vuilGesloten);
        jdbc.sql("delete from cijfers.telling_ontvangen where (dag >= :van and dag < :tot)"
                        + " or dag = any(cast(:vuil as date[]))")
                .param("van", oud)
                .param("tot", nieuw)
                .param("vuil", ontvangenDagen)
                .update();
        jdbc.sql("delete from cijfers.telling_gesloten where (dag >= :van and dag < :tot)"
                        + " or dag = any(cast(:vuil as date[]))")
                .param("van", oud)
                .param("tot", nieuw)
                .param("vuil", geslotenDagen)
                .update();
        long ontvangen = jdbc.sql("""
                        insert into cijfers.telling_ontvangen
                        select cijfers.dag(m.ontvangen_op), m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide,
                               m.suicidepoging, m.gesloten_jeugdinstelling, m.sgg_soort, count(*)
                        from meldingen.melding_telgegevens m
                        where m.ontvangen_op >= :vanTs and m.ontvangen_op < :totTs
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                        union all
                        select d, m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide,
                               m.suicidepoging, m.gesloten_jeugdinstelling, m.sgg_soort, count(*)
                        from unnest(cast(:vuil as date[])) d
                        join meldingen.melding_telgegevens m
                          on m.ontvangen_op >= (d::timestamp at time zone 'Europe/Amsterdam')
                         and m.ontvangen_op < ((d + 1)::timestamp at time zone 'Europe/Amsterdam')
                        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                        """)
                .param("vanTs", Bronrijen.begin(oud))
                .param("totTs", Bronrijen.begin(nieuw))
                .param("vuil", ontvangenDagen)
                .update();
        long gesloten = jdbc.sql("""
                        insert into cijfers.telling_gesloten
                        select cijfers.dag(k.gesloten_op), m.sector, m.soort, count(*)
                        from zaken.zaak_melding_telgegevens k
                        join meldingen.melding_telgegevens m on m.id = k.melding_id
                        where k.gesloten_op >= :vanTs and k.gesloten_op < :totTs
                        group by 1, 2, 3
                        union all
                        select d, m.sector, m.soort, count(*)
                        from unnest(cast(:vuil as date[])) d
                        join zaken.zaak_melding_telgegevens k
                          on k.gesloten_op >= (d::timestamp at time zone 'Europe/Amsterdam')
                         and k.gesloten_op < ((d + 1)::timestamp at time zone 'Europe/Amsterdam')
                        join meldingen.melding_telgegevens m on m.id = k.melding_id
                        group by 1, 2, 3
                        """)
                .param("vanTs", Bronrijen.begin(oud))
                .param("totTs", Bronrijen.begin(nieuw))
                .param("vuil", geslotenDagen)
                .update();
        jdbc.sql("update cijfers.stand set tot = :tot, gelezen = cast(:gelezen as pg_snapshot)")
                .param("tot", nieuw)
                .param("gelezen", gelezen)
                .update();
        java.util.Set<LocalDate> vuil = new java.util.HashSet<>(vuilOntvangen);
        vuil.addAll(vuilGesloten);
        return new Verversing(oud, nieuw, vuil.size(), ontvangen, gesloten);
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
