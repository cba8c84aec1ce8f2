package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The SQL that yields counted rows of a date range: the daily counts for the days before the stand that
 * are not dirty, and the notifications and cases themselves for the days after the stand and the dirty
 * days. Correct at every moment, whether or not the counts were refreshed; fast when they were.
 */
final class Bronrijen {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String STAND = """
            (select tot, (tot::timestamp at time zone 'Europe/Amsterdam') as tot_ts from cijfers.stand)""";

    private static final String DAGBEREIK = """
            >= (v.dag::timestamp at time zone 'Europe/Amsterdam') and %s < ((v.dag + 1)::timestamp at time zone 'Europe/Amsterdam')""";

    private static final String ONTVANGEN_KOLOMMEN =
            "m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide, m.suicidepoging,"
                    + " m.gesloten_jeugdinstelling, m.sgg_soort";

    private Bronrijen() {}

    /**
     * Rows (dag, sector, soort, kanaal, overleden, suicide, suicidepoging, gesloten_jeugdinstelling,
     * sgg_soort, aantal) of notifications received in [:van, :tot), data up to :peil.
     */
    static String ontvangen() {
        return """
                select a.dag, a.sector, a.soort, a.kanaal, a.overleden, a.suicide, a.suicidepoging,
                       a.gesloten_jeugdinstelling, a.sgg_soort, a.aantal
                from cijfers.telling_ontvangen a, %1$s s
                where a.dag >= :van and a.dag < :tot and a.dag < s.tot
                  and not exists (select 1 from cijfers.vuile_dag v where v.dag = a.dag)
                union all
                select cijfers.dag(m.ontvangen_op), %2$s, 1
                from meldingen.melding m, %1$s s
                where m.ontvangen_op >= greatest(:vanTs, s.tot_ts) and m.ontvangen_op < :totTs and m.ontvangen_op < :peil
                union all
                select v.dag, %2$s, 1
                from cijfers.vuile_dag v cross join %1$s s
                join meldingen.melding m on m.ontvangen_op %3$s
                where v.dag >= :van and v.dag < :tot and v.dag < s.tot and m.ontvangen_op < :peil
                """.formatted(STAND, ONTVANGEN_KOLOMMEN, DAGBEREIK.formatted("m.ontvangen_op"));
    }

    /** Rows (dag, sector, soort, aantal) of notifications whose case was closed in [:van, :tot). */
    static String gesloten() {
        return """
                select a.dag, a.sector, a.soort, a.aantal
                from cijfers.telling_gesloten a, %1$s s
                where a.dag >= :van and a.dag < :tot and a.dag < s.tot
                  and not exists (select 1 from cijfers.vuile_dag v where v.dag = a.dag)
                union all
                select cijfers.dag(z.gesloten_op), m.sector, m.soort, 1
                from zaken.zaak z join zaken.zaak_melding zm on zm.zaak = z.id
                join meldingen.melding m on m.id = zm.melding_id, %1$s s
                where z.gesloten_op >= greatest(:vanTs, s.tot_ts) and z.gesloten_op < :totTs and z.gesloten_op < :peil
                union all
                select v.dag, m.sector, m.soort, 1
                from cijfers.vuile_dag v cross join %1$s s
                join zaken.zaak z on z.gesloten_op %2$s
                join zaken.zaak_melding zm on zm.zaak = z.id
                join meldingen.melding m on m.id = zm.melding_id
                where v.dag >= :van and v.dag < :tot and v.dag < s.tot and z.gesloten_op < :peil
                """.formatted(STAND, DAGBEREIK.formatted("z.gesloten_op"));
    }

    static OffsetDateTime begin(LocalDate dag) {
        return dag.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
