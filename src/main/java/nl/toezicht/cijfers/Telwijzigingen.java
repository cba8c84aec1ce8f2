package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dirty days: days before the stand whose notifications or cases changed after they were counted, read
 * from the owners' journals of late changes ({@code meldingen.telwijziging}, {@code zaken.telwijziging};
 * decision 0031). A journal row is new when its writing transaction is not visible in the snapshot in which
 * the last refresh read the journals ({@code cijfers.stand.gelezen}); such a row and the change it records
 * committed together, so a refresh never misses a change and no writer waits for a refresh.
 */
final class Telwijzigingen {

    /** No snapshot read yet: a snapshot in which no transaction is visible, so every row is new. */
    static final String NIETS_GELEZEN = "1:1:";

    private static final String NIEUW = "w.transactie >= pg_snapshot_xmin(cast(:gelezen as pg_snapshot))"
            + " and not pg_visible_in_snapshot(w.transactie, cast(:gelezen as pg_snapshot))";

    private Telwijzigingen() {}

    /** Days of receipt before {@code tot} whose notifications changed since {@code gelezen}. */
    static List<LocalDate> ontvangstdagen(JdbcClient jdbc, String gelezen, LocalDate tot) {
        return jdbc.sql("select distinct w.dag from meldingen.telwijziging w where w.dag < :tot and " + NIEUW
                        + " order by 1")
                .param("tot", tot)
                .param("gelezen", gelezen)
                .query(LocalDate.class)
                .list();
    }

    /**
     * Closing days before {@code tot} whose closed notifications changed since {@code gelezen}: cases closed,
     * reopened or moved (zaken's journal), and the cases of corrected notifications (counted by the
     * notification's sector and kind).
     */
    static List<LocalDate> sluitdagen(JdbcClient jdbc, String gelezen, LocalDate tot) {
        return jdbc.sql("select w.dag from zaken.telwijziging w where w.dag < :tot and " + NIEUW
                        + " union select cijfers.dag(k.gesloten_op) from meldingen.telwijziging w"
                        + " join zaken.zaak_melding_telgegevens k on k.melding_id = w.melding_id"
                        + " where w.melding_id is not null and " + NIEUW
                        + " and k.gesloten_op is not null and cijfers.dag(k.gesloten_op) < :tot order by 1")
                .param("tot", tot)
                .param("gelezen", gelezen)
                .query(LocalDate.class)
                .list();
    }
}
