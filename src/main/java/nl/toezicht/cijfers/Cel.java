package nl.toezicht.cijfers;

import org.jspecify.annotations.Nullable;

/**
 * One cell: which figure it is (measure, sector or {@code TOTAAL}, year), the unrounded count (staff with
 * the analyst role only; absent in every published form) and the published text.
 */
public record Cel(
        String grootheid, String sector, int jaar, @Nullable Long waarde, String tekst, Markering markering) {

    public static final String TOTAAL = "TOTAAL";

    /** What the published text is. */
    public enum Markering {
        /** A count, rounded by the rules. */
        GETAL,
        /** Zero, shown as 0. */
        NUL,
        /** 1 to 4: shown as {@code <5} (primary suppression). */
        KLEIN,
        /** Hidden because it could otherwise be recovered by subtraction (secondary suppression). */
        ONDERDRUKT,
        /** Toezicht does not hold this figure. */
        NIET_IN_TOEZICHT
    }

    Cel metTekst(String tekst, Markering markering) {
        return new Cel(grootheid, sector, jaar, waarde, tekst, markering);
    }

    Cel zonderWaarde() {
        return new Cel(grootheid, sector, jaar, null, tekst, markering);
    }

    boolean isVerborgen() {
        return markering == Markering.KLEIN || markering == Markering.ONDERDRUKT;
    }
}
