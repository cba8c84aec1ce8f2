package nl.toezicht.kern;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * What a page's form sends as text, read into a value: empty means absent, and what cannot be read is refused
 * on its field ({@link Weigering#opVeld}) with the message key the page gives, so the form comes back with a
 * Dutch error at that field. One place for what the form controllers of every module did alike.
 */
public final class Formulierveld {

    private Formulierveld() {}

    /** The text without surrounding white space, or null when nothing was typed. */
    public static @Nullable String leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** A date as the date input sends it (yyyy-mm-dd), or null when empty. */
    public static @Nullable LocalDate datum(@Nullable String tekst, String veld, String berichtSleutel) {
        String schoon = leeg(tekst);
        if (schoon == null) {
            return null;
        }
        try {
            return LocalDate.parse(schoon);
        } catch (DateTimeParseException e) {
            throw Weigering.opVeld(veld, berichtSleutel);
        }
    }

    /** A whole number, or null when empty. */
    public static @Nullable Integer getal(@Nullable String tekst, String veld, String berichtSleutel) {
        String schoon = leeg(tekst);
        if (schoon == null) {
            return null;
        }
        try {
            return Integer.valueOf(schoon);
        } catch (NumberFormatException e) {
            throw Weigering.opVeld(veld, berichtSleutel);
        }
    }

    /** One of an enum's values by its name, or null when empty. */
    public static <E extends Enum<E>> @Nullable E keuze(
            Class<E> soort, @Nullable String tekst, String veld, String berichtSleutel) {
        String schoon = leeg(tekst);
        if (schoon == null) {
            return null;
        }
        try {
            return Enum.valueOf(soort, schoon);
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, berichtSleutel);
        }
    }
}
