package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of whole months before the stand, kept per instance between requests (decision 0097): the
 * comparison years, the finished months of the running year and the notifications open at a period's start no
 * longer change except by a late change (a history import, a correction, a case closed or reopened on an
 * earlier day), and every late change is in the owners' journals (decision 0031). So an entry is served only
 * when, in the asking transaction's snapshot, the stand is the one it was counted under and no journal row has
 * committed since its snapshot that could touch it; otherwise it is counted again. The figures stay exact at
 * every request, on every instance; the cache only saves recounting what has not changed.
 *
 * <p>Must be called inside the counting transaction (REPEATABLE READ), so that the check and the counts see
 * one snapshot. {@value #AAN}{@code =false} counts everything at every request, as before the cache (the baseline
 * of {@code bench/cijferpagina.sh}; the figures are the same either way).
 */
@Component
class Telgeheugen {

    static final String AAN = "toezicht.cijfers.telgeheugen";

    /** Entries at most: three years of comparisons for a few periods, and their starts. */
    private static final int HOOGSTENS = 64;

    /**
     * A journal row is new for an entry when its transaction is not visible in the entry's snapshot. A
     * correction of a notification (melding_id set) may move a count on its case's closing day, which can lie
     * before the entry's end whatever the day of receipt: any new correction counts.
     */
    private static final String NIEUW_SINDS = "w.transactie >= pg_snapshot_xmin(cast(:snapshot as pg_snapshot))"
            + " and not pg_visible_in_snapshot(w.transactie, cast(:snapshot as pg_snapshot))";

    /** What an entry covers: the counts of {@code soort} over the days from {@code van} up to {@code tot}. */
    record Sleutel(String soort, LocalDate van, LocalDate tot) {}

    private record Ingang(Telling telling, String stand, String snapshot) {}

    private final JdbcClient jdbc;
    private final boolean aan;
    private final Map<Sleutel, Ingang> ingangen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sleutel, Ingang> oudste) {
            return size() > HOOGSTENS;
        }
    };
    private final AtomicLong bediend = new AtomicLong();
    private final AtomicLong geteld = new AtomicLong();

    Telgeheugen(JdbcClient jdbc, Environment omgeving) {
        this.jdbc = jdbc;
        this.aan = omgeving.getProperty(AAN, Boolean.class, true);
    }

    /**
     * The counts for {@code sleutel}: from memory when nothing has changed them since, else from {@code tel}
     * (which must count only days before {@code sleutel.tot()}, all before the stand) and remembered.
     */
    Telling van(Sleutel sleutel, Cijferaggregaten.Stand stand, Supplier<Telling> tel) {
        if (!aan) {
            geteld.incrementAndGet();
            return tel.get();
        }
        Ingang ingang;
        synchronized (ingangen) {
            ingang = ingangen.get(sleutel);
        }
        if (ingang != null && ingang.stand().equals(stand.gelezen()) && !gewijzigd(ingang.snapshot(), sleutel.tot())) {
            bediend.incrementAndGet();
            return ingang.telling();
        }
        String snapshot = jdbc.sql("select cast(pg_current_snapshot() as text)")
                .query(String.class)
                .single();
        Telling telling = tel.get();
        geteld.incrementAndGet();
        synchronized (ingangen) {
            ingangen.put(sleutel, new Ingang(telling, stand.gelezen(), snapshot));
        }
        return telling;
    }

    private boolean gewijzigd(String snapshot, LocalDate tot) {
        return jdbc.sql("select exists (select 1 from meldingen.telwijziging w where (w.dag < :tot"
                        + " or w.melding_id is not null) and " + NIEUW_SINDS + ")"
                        + " or exists (select 1 from zaken.telwijziging w where w.dag < :tot and " + NIEUW_SINDS + ")")
                .param("tot", tot)
                .param("snapshot", snapshot)
                .query(Boolean.class)
                .single();
    }

    /** How many times an entry was served from memory, and how many times counted (for tests and the bench). */
    long[] tellers() {
        return new long[] {bediend.get(), geteld.get()};
    }
}
