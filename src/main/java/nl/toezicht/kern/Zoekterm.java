package nl.toezicht.kern;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What someone typed in the search box, read once for every module's search (decision 0068): either a reference
 * typed loosely ({@code Z-2026-004711}, {@code z4711}, {@code Z-0004711}, {@code 2026-4711}, {@code 4711}) or
 * free text. A reference number is unique per letter whatever the year (it comes from one sequence, decision
 * 0030), so the number alone finds it; a letter or a year typed with it narrows the search.
 *
 * @param tekst the text as typed, trimmed
 * @param letter {@code Z} or {@code M} when typed, else null
 * @param jaar the year of a reference when typed, else null
 * @param nummer the reference number, when the text is shaped like a reference; null for free text
 */
public record Zoekterm(
        String tekst,
        @Nullable Character letter,
        @Nullable Integer jaar,
        @Nullable Long nummer) {

    public static final int MINIMUM = 2;
    public static final int MAXIMUM = 200;

    private static final Pattern REFERENTIE = Pattern.compile("(?i)([zm])?\\s*-?\\s*(?:(\\d{4})\\s*-\\s*)?(\\d{1,12})");

    /**
     * Part of a name or place as a pattern for {@code ilike '%' || :deel || '%' escape '\'} (the public searches of
     * reports and measures): stripped, with LIKE's own characters taken literally; null when blank (no condition).
     */
    public static @Nullable String deelpatroon(@Nullable String tekst) {
        return tekst == null || tekst.isBlank()
                ? null
                : tekst.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Reads the text; refuses (422 on field {@code q}) what is too short or too long to search for. */
    public static Zoekterm lees(@Nullable String invoer) {
        if (Stuurtekens.bevat(invoer)) {
            throw Weigering.opVeld("q", "zoeken.term.ongeldig");
        }
        String tekst = invoer == null ? "" : invoer.strip();
        // one digit is a reference number (Z-2026-000007): the only search that short
        if (tekst.length() < MINIMUM && !(tekst.length() == 1 && Character.isDigit(tekst.charAt(0)))) {
            throw Weigering.opVeld("q", "zoeken.term.kort", MINIMUM);
        }
        if (tekst.length() > MAXIMUM) {
            throw Weigering.opVeld("q", "zoeken.term.lang", MAXIMUM);
        }
        Matcher m = REFERENTIE.matcher(tekst);
        if (!m.matches()) {
            return new Zoekterm(tekst, null, null, null);
        }
        Character letter =
                m.group(1) == null ? null : m.group(1).toUpperCase(Locale.ROOT).charAt(0);
        Integer jaar = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new Zoekterm(tekst, letter, jaar, Long.valueOf(m.group(3)));
    }

    /** Whether this is a reference, not free text. */
    public boolean isReferentie() {
        return nummer != null;
    }

    /** Whether a reference typed like this may be one with this letter ({@code Z} for cases, {@code M} ...). */
    public boolean kanZijnVan(char soort) {
        return isReferentie() && (letter == null || letter == soort);
    }

    /** The start of references of the typed year ({@code Z-2026-}), for a LIKE; null without a year. */
    public @Nullable String jaarvoorvoegsel(char soort) {
        return jaar == null ? null : soort + "-" + jaar + "-";
    }
}
