package nl.toezicht.toegang;

import java.util.regex.Pattern;

/**
 * Something a role may be allowed to do, such as {@code zaken.behandelen}: declared by the module that owns
 * the capability (in a {@link Toegangsverklaring}), granted to roles in one table ({@link Rechtentabel},
 * {@code toegang/rechten.yaml}), and asked with {@link Toegangsbeleid#heeft(Recht)}. The code starts with the
 * declaring module's name; its Dutch description is the message {@code recht.<code>} in that module's
 * bundle.
 */
public record Recht(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z]+\\.[a-z]+(-[a-z]+)*");

    public Recht {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "a right's code is <module>.<kebab-case name>, e.g. zaken.behandelen: " + code);
        }
    }

    public static Recht van(String code) {
        return new Recht(code);
    }

    /** The module that declares it: the part before the dot. */
    public String module() {
        return code.substring(0, code.indexOf('.'));
    }

    /** The message key of its description, in the declaring module's bundle. */
    public String omschrijvingssleutel() {
        return "recht." + code;
    }

    @Override
    public String toString() {
        return code;
    }
}
