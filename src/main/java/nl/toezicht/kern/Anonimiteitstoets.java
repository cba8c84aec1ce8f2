package nl.toezicht.kern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before something is published (an inspection report, decision 0092; a measure's decision, decision 0103): does
 * its text still hold what identifies a person? A citizen service number (nine digits passing the 11-proof, also
 * written with dots or spaces), an e-mail address, a Dutch phone number, or the name of a person the caller knows
 * of (reporter, patient, a professional). Pure: the caller gives the names.
 */
public final class Anonimiteitstoets {

    /** What kind of thing was found. */
    public enum Soort {
        BSN,
        EMAIL,
        TELEFOON,
        NAAM;

        public String berichtSleutel() {
            return "anonimiteit.soort." + name();
        }
    }

    /** One thing found, as it is shown to the staff ({@code tekst} masked for a BSN). */
    public record Vondst(Soort soort, String tekst) {}

    private static final Pattern BSN =
            Pattern.compile("(?<![\\d.-])(\\d{3}[ .]?\\d{3}[ .]?\\d{3}|\\d{4}[ .]?\\d{2}[ .]?\\d{3})(?![\\d-])");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern TELEFOON =
            Pattern.compile("(?<![\\d+])(?:\\+31|0031|0)[ -]?(?:\\(0\\)[ -]?)?\\d(?:[ -]?\\d){8}(?!\\d)");

    private Anonimiteitstoets() {}

    /** Everything found in the texts, each thing once, in the order of the kinds. */
    public static List<Vondst> toets(Collection<String> teksten, Collection<String> namen) {
        Set<Vondst> gevonden = new LinkedHashSet<>();
        for (String tekst : teksten) {
            Matcher m = BSN.matcher(tekst);
            while (m.find()) {
                String cijfers = m.group(1).replaceAll("[ .]", "");
                if (isGeldigBsn(cijfers)) {
                    gevonden.add(new Vondst(Soort.BSN, "*****" + cijfers.substring(5)));
                }
            }
        }
        for (String tekst : teksten) {
            Matcher m = EMAIL.matcher(tekst);
            while (m.find()) {
                gevonden.add(new Vondst(Soort.EMAIL, m.group()));
            }
        }
        for (String tekst : teksten) {
            Matcher m = TELEFOON.matcher(tekst);
            while (m.find()) {
                gevonden.add(new Vondst(Soort.TELEFOON, m.group()));
            }
        }
        for (String naam : namen) {
            String schoon = naam == null ? "" : naam.strip().replaceAll("\\s+", " ");
            if (schoon.length() < 3) {
                continue;
            }
            Pattern p = Pattern.compile(
                    "(?<![\\p{L}])" + Pattern.quote(schoon).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String tekst : teksten) {
                if (p.matcher(tekst).find()) {
                    gevonden.add(new Vondst(Soort.NAAM, schoon));
                    break;
                }
            }
        }
        return new ArrayList<>(gevonden);
    }

    /**
     * Whether the check holds a text back from publication: it found something and nobody overrode it with a
     * reason.
     */
    public static boolean houdtTegen(List<Vondst> vondsten, @org.jspecify.annotations.Nullable String afwijkingReden) {
        return !vondsten.isEmpty() && afwijkingReden == null;
    }

    /**
     * The kinds found, each once, joined for a sentence ("a phone number, an e-mail address"): what a timeline or
     * a refusal may say, never what was found (the text found is personal data).
     */
    public static String soorten(List<Vondst> vondsten, java.util.function.Function<Soort, String> tekst) {
        return vondsten.stream()
                .map(v -> tekst.apply(v.soort()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Nine digits passing the 11-proof (elfproef) of a citizen service number, not all zeros. */
    public static boolean isGeldigBsn(@org.jspecify.annotations.Nullable String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
