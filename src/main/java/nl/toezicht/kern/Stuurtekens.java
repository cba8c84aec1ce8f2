package nl.toezicht.kern;

import org.jspecify.annotations.Nullable;

/**
 * The control characters no text of ours may hold: U+0000 to U+001F except tab, line feed and carriage return.
 * PostgreSQL refuses U+0000 in text and in {@code jsonb}, the others are invisible and have no business in a
 * description, a name or a search. Input is refused at the edge ({@link InvoerConfiguration}); what is written
 * to a log is cleaned instead ({@link #vervang}).
 */
public final class Stuurtekens {

    /** What stands for a removed control character. */
    public static final char VERVANGING = '\uFFFD';

    private Stuurtekens() {}

    public static boolean bevat(@Nullable CharSequence tekst) {
        if (tekst == null) {
            return false;
        }
        for (int i = 0; i < tekst.length(); i++) {
            if (isStuurteken(tekst.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each control character replaced by U+FFFD (for logs, which must keep what they record). */
    public static @Nullable String vervang(@Nullable String tekst) {
        if (!bevat(tekst)) {
            return tekst;
        }
        StringBuilder schoon = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            schoon.append(isStuurteken(c) ? VERVANGING : c);
        }
        return schoon.toString();
    }

    static boolean isStuurteken(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** Whether the servlet container refused a multipart file name (it holds U+0000). */
    public static boolean isOngeldigeBestandsnaam(@Nullable Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.apache.tomcat.util.http.fileupload.InvalidFileNameException")) {
                return true;
            }
        }
        return false;
    }

    /** Thrown where text with a control character is bound to a parameter or a form field. */
    static final class Gevonden extends IllegalArgumentException {
        Gevonden() {
            super("control character in input");
        }
    }
}
