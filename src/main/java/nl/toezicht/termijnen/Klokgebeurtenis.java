package nl.toezicht.termijnen;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a clock's history: what happened, who did it, when and why, and the deadline before and after.
 * History is append-only, in the database too (V40).
 *
 * @param grond the suspension ground ({@link Soort#OPGESCHORT}) or extension rule ({@link Soort#VERLENGD})
 * @param lengte the extension, or the clock's length when it started
 * @param verantwoordelijke who answers for the clock from now on ({@link Soort#GESTART}, {@link Soort#TOEGEWEZEN})
 */
public record Klokgebeurtenis(
        int volgnummer,
        Soort soort,
        String door,
        Instant op,
        @Nullable String grond,
        @Nullable Lengte lengte,
        @Nullable LocalDate uiterlijkVoor,
        LocalDate uiterlijkNa,
        @Nullable Verantwoordelijke verantwoordelijke,
        @Nullable String toelichting) {

    public enum Soort {
        GESTART,
        OPGESCHORT,
        HERVAT,
        VERLENGD,
        TOEGEWEZEN,
        GESTOPT,
        /** The daily job found the clock past its deadline (once per clock). */
        VERSTREKEN;

        public String berichtSleutel() {
            return "klokgebeurtenis." + name();
        }
    }

    public boolean verschuift() {
        return uiterlijkVoor != null && !uiterlijkVoor.equals(uiterlijkNa);
    }
}
