package nl.toezicht.termijnen;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A clock as it stands after a command: every command of {@link Klokken} answers it, so that the owner can
 * copy the current deadline ({@link #uiterlijk()}) into its own row and keep its list indexes fast.
 *
 * @param lengte the length it started with (extensions and suspensions are in its history)
 * @param uiterlijk the deadline: the last day on which the awaited thing is on time; while suspended, the
 *     deadline as it stood when the clock stopped (it moves on {@link Klokken#hervat})
 * @param teLaat the deadline passed while it ran (marked by the daily job, or stopped too late); stays set
 */
public record KlokStand(
        KlokId id,
        String soort,
        Objectverwijzing object,
        Verantwoordelijke verantwoordelijke,
        Klokstatus status,
        LocalDate startdatum,
        Lengte lengte,
        LocalDate uiterlijk,
        boolean teLaat,
        @Nullable LocalDate opgeschortSinds,
        @Nullable String opschortingsgrond,
        @Nullable Instant gestoptOp) {

    public boolean isLopend() {
        return status == Klokstatus.LOPEND;
    }

    /** Running and past its deadline on this (Dutch) date. */
    public boolean isVerstreken(LocalDate vandaag) {
        return status == Klokstatus.LOPEND && vandaag.isAfter(uiterlijk);
    }

    public String berichtSleutel() {
        return Kloksoort.berichtSleutel(soort);
    }
}
