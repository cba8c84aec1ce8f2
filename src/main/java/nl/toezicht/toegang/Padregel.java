package nl.toezicht.toegang;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Who may pass a door at the URL level: a module's paths that are public, or that need a right. Everything
 * no rule names needs a logged-in account with a role. The security configuration applies the rules of all
 * modules, most specific pattern first, so the order in which modules declare them does not matter. What a
 * user may see behind a door is decided again in the services ({@link Toegangsbeleid}).
 *
 * @param methode the HTTP method, or null for all
 * @param patronen path patterns as Spring MVC writes them ({@code /zaken/{id}}, {@code /beheer/**})
 * @param recht the right that opens these paths, or null for a public door
 */
public record Padregel(
        @Nullable HttpMethod methode,
        List<String> patronen,
        @Nullable Recht recht) {

    public Padregel {
        patronen = List.copyOf(patronen);
        if (patronen.isEmpty() || patronen.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("a door needs path patterns that start with /: " + patronen);
        }
    }

    /** Open to everyone, anonymous visitors included. */
    public static Padregel openbaar(String... patronen) {
        return new Padregel(null, List.of(patronen), null);
    }

    /** Open to everyone for this method only. */
    public static Padregel openbaar(HttpMethod methode, String... patronen) {
        return new Padregel(methode, List.of(patronen), null);
    }

    /** Only for roles with this right (others 403; anonymous visitors must log in). */
    public static Padregel recht(Recht recht, String... patronen) {
        return new Padregel(null, List.of(patronen), recht);
    }

    /** Only for roles with this right, for this method. */
    public static Padregel recht(Recht recht, HttpMethod methode, String... patronen) {
        return new Padregel(methode, List.of(patronen), recht);
    }

    public boolean isOpenbaar() {
        return recht == null;
    }

    @Override
    public String toString() {
        return (methode == null ? "" : methode.name() + " ") + String.join(", ", patronen) + " -> "
                + Objects.toString(recht, "openbaar");
    }
}
