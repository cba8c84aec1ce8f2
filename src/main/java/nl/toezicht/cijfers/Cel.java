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
        NIET_IN_TOEZICHT,
        /**
         * Entered by an analyst with source and note and checked by a second person (issue 12): printed as
         * entered, marked as manual in every output.
         */
        HANDMATIG
    }

    /** Whether the published text is a number (written as a number in spreadsheets and the CSV). */
    public boolean heeftGetal() {
        return markering == Markering.GETAL || markering == Markering.NUL || markering == Markering.HANDMATIG;
    }

    /** The published number (Dutch text without its thousands separators), or null when no number is shown. */
    public @Nullable Long gepubliceerdGetal() {
        return heeftGetal() ? Long.valueOf(tekst.replace(".", "")) : null;
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
