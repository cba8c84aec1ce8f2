package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toezicht.kern.Tijdzone;

/**
 * The SQL that yields counted rows of a date range: the daily counts for the days before the stand that
 * are not dirty, and the notifications and cases themselves for the days after the stand and the dirty
 * days. Correct at every moment, whether or not the counts were refreshed; fast when they were. The rows
 * are read through the owners' views ({@code meldingen.melding_telgegevens},
 * {@code zaken.zaak_melding_telgegevens}; decision 0030), the dirty days from their journals
 * ({@link Telwijzigingen}).
 */
final class Bronrijen {

    private static final String DAGBEREIK = """
            >= (v.dag::timestamp at time zone 'Europe/Amsterdam') and %s < ((v.dag + 1)::timestamp at time zone 'Europe/Amsterdam')""";

    private static final String ONTVANGEN_KOLOMMEN =
            "m.sector, m.soort, m.kanaal, m.patient_overleden, m.door_suicide, m.suicidepoging,"
                    + " m.gesloten_jeugdinstelling, m.sgg_soort";

    private Bronrijen() {}

    /**
     * Rows (dag, sector, soort, kanaal, overleden, suicide, suicidepoging, gesloten_jeugdinstelling,
     * sgg_soort, aantal) of notifications received in [:van, :tot), data up to :peil. The stand and the
     * dirty days of receipt are parameters read in the same snapshot ({@code :standTot} = the earlier of
     * :tot and the stand, {@code :liveVanTs} = the start of the later of :van and the stand,
     * {@code :vuilOntvangen}), so every part is a plain range on an index.
     */
    static String ontvangen(boolean metVuil) {
        return """
                select a.dag, a.sector, a.soort, a.kanaal, a.overleden, a.suicide, a.suicidepoging,
                       a.gesloten_jeugdinstelling, a.sgg_soort, a.aantal
                from cijfers.telling_ontvangen a
                where a.dag >= :van and a.dag < :standTot and not (a.dag = any(cast(:vuilOntvangen as date[])))
                union all
                select cijfers.dag(m.ontvangen_op), %1$s, 1
                from meldingen.melding_telgegevens m
                where m.ontvangen_op >= :liveVanTs and m.ontvangen_op < :totTs and m.ontvangen_op < :peil
                """.formatted(ONTVANGEN_KOLOMMEN)
                + (metVuil ? """
                        union all
                        select v.dag, %1$s, 1
                        from unnest(cast(:vuilOntvangen as date[])) v (dag)
                        join meldingen.melding_telgegevens m on m.ontvangen_op %2$s
                        where v.dag >= :van and v.dag < :standTot and m.ontvangen_op < :peil
                        """.formatted(ONTVANGEN_KOLOMMEN, DAGBEREIK.formatted("m.ontvangen_op")) : "");
    }

    /**
     * Rows (dag, sector, soort, aantal) of notifications whose case was closed in [:van, :tot), by the
     * notification's sector and kind; dirty closing days in {@code :vuilGesloten}.
     */
    static String gesloten(boolean metVuil) {
        return """
                select a.dag, a.sector, a.soort, a.aantal
                from cijfers.telling_gesloten a
                where a.dag >= :van and a.dag < :standTot and not (a.dag = any(cast(:vuilGesloten as date[])))
                union all
                select cijfers.dag(k.gesloten_op), m.sector, m.soort, 1
                from zaken.zaak_melding_telgegevens k
                join meldingen.melding_telgegevens m on m.id = k.melding_id
                where k.gesloten_op >= :liveVanTs and k.gesloten_op < :totTs and k.gesloten_op < :peil
                """ + (metVuil ? """
                        union all
                        select v.dag, m.sector, m.soort, 1
                        from unnest(cast(:vuilGesloten as date[])) v (dag)
                        join zaken.zaak_melding_telgegevens k on k.gesloten_op %1$s
                        join meldingen.melding_telgegevens m on m.id = k.melding_id
                        where v.dag >= :van and v.dag < :standTot and k.gesloten_op < :peil
                        """.formatted(DAGBEREIK.formatted("k.gesloten_op")) : "");
    }

    /** A list of days as a PostgreSQL array literal ({@code {2026-01-02,2026-01-05}}). */
    static String dagen(java.util.List<LocalDate> dagen) {
        return dagen.stream().map(LocalDate::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static OffsetDateTime begin(LocalDate dag) {
        return dag.atStartOfDay(Tijdzone.NEDERLAND).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
