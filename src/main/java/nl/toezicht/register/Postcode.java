package nl.toezicht.register;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * A Dutch postcode: four digits (the first not 0) and two letters. People type {@code 1234ab} or
 * {@code 1234 AB}; the register keeps one form, {@code 1234AB}, so that equal postcodes compare equal.
 */
public record Postcode(String waarde) {

    /** What a person may type; for Bean Validation at the edge. */
    public static final String INVOER_PATROON = "^\\s*([1-9][0-9]{3})\\s?([A-Za-z]{2})\\s*$";

    private static final Pattern INVOER = Pattern.compile(INVOER_PATROON);
    private static final Pattern GENORMALISEERD = Pattern.compile("^[1-9][0-9]{3}[A-Z]{2}$");

    public Postcode {
        if (waarde == null || !GENORMALISEERD.matcher(waarde).matches()) {
            throw Weigering.opVeld("postcode", "zorgaanbieder.postcode.ongeldig");
        }
    }

    public static Postcode van(@Nullable String tekst) {
        Matcher m = INVOER.matcher(tekst == null ? "" : tekst);
        if (!m.matches()) {
            throw Weigering.opVeld("postcode", "zorgaanbieder.postcode.ongeldig");
        }
        return new Postcode(m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
    }

    public static boolean isGeldig(@Nullable String tekst) {
        return tekst != null && INVOER.matcher(tekst).matches();
    }

    /** As written on an envelope: {@code 1234 AB}. */
    public String weergave() {
        return waarde.substring(0, 4) + " " + waarde.substring(4);
    }

    @Override
    public String toString() {
        return waarde;
    }
}
