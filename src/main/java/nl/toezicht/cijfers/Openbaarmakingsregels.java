package nl.toezicht.cijfers;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The disclosure rules of one {@link Regelset}, versioned: the version is stated under every table and stored
 * with every approved set. Change a rule, change the version.
 *
 * @param versie versioned name of this set of rules, e.g. {@code afgerond/1}
 * @param afronding counts are rounded (half up) to a multiple of this; 1 means not rounded
 * @param drempel counts from 1 to drempel - 1 are shown as {@code <drempel}
 * @param secundaireOnderdrukking hide a second cell where a hidden cell could be recovered by subtraction
 */
public record Openbaarmakingsregels(String versie, int afronding, int drempel, boolean secundaireOnderdrukking) {

    public static final String ONDERDRUKT = "x";
    public static final String NIET_IN_TOEZICHT = "n.b.";

    public Openbaarmakingsregels {
        if (afronding < 1 || drempel < 1) {
            throw new IllegalArgumentException("toezicht.cijfers.regels: afronding and drempel are at least 1");
        }
    }

    /** The rules of the annual report's notification tables ({@link Regelset#AFGEROND}). */
    public static Openbaarmakingsregels standaard() {
        return Regelset.AFGEROND.regels();
    }

    /** Half up to the rounding base: with base 10, 5 becomes 10, 14 becomes 10, 15 and 25 become 20 and 30. */
    public long rond(long aantal) {
        return (aantal + afronding / 2) / afronding * afronding;
    }

    public boolean isKlein(long aantal) {
        return aantal > 0 && aantal < drempel;
    }

    /** The published value of a count: 0, the small-count mark, or the rounded count (Dutch format). */
    public String tekst(long aantal) {
        if (aantal == 0) {
            return "0";
        }
        if (isKlein(aantal)) {
            return "<" + drempel;
        }
        return formatteer(rond(aantal));
    }

    /** Dutch number format: 15.460. */
    public static String formatteer(long getal) {
        DecimalFormat format =
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return format.format(getal);
    }

    /** The rules in words, printed under every table. */
    public String beschrijving() {
        StringBuilder tekst = new StringBuilder();
        if (afronding == 1 && drempel == 1) {
            tekst.append("Exacte aantallen, niet afgerond. ");
        }
        if (afronding > 1) {
            tekst.append("Afgerond op ")
                    .append(afronding == 10 ? "tientallen" : "veelvouden van " + afronding)
                    .append(
                            " (half naar boven); totalen zijn berekend op niet-afgeronde aantallen en daarna afgerond. ");
        }
        if (drempel > 1) {
            tekst.append("Aantallen van 1 tot en met ")
                    .append(drempel - 1)
                    .append(" staan er als <")
                    .append(drempel)
                    .append(", nul als 0. ");
        }
        if (secundaireOnderdrukking) {
            tekst.append(ONDERDRUKT)
                    .append(": niet getoond omdat een verborgen aantal anders door aftrekken te herleiden is. ");
        }
        tekst.append(NIET_IN_TOEZICHT).append(": dit cijfer wordt niet in Toezicht geregistreerd. ");
        tekst.append("Regels versie ").append(versie).append('.');
        return tekst.toString();
    }
}
