package nl.toezicht.termijnen;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A way a clock of a kind may be extended: how often (no limit when {@code maximaalAantal} is absent), by how
 * much at most each time (any length when {@code maximaal} is absent; when present the extension is given in
 * its unit), and who decides: the roles or right codes of which the one extending must hold one (anyone
 * when empty). Its Dutch name is message {@code verlengingsregel.<code>}.
 *
 * @param grondslag the rule that allows it, e.g. "Awb art. 9:11 lid 2", or "beleid" for the inspectorate's own
 */
public record Verlengingsregel(
        String code,
        @Nullable Integer maximaalAantal,
        @Nullable Lengte maximaal,
        Set<String> besluitDoor,
        String grondslag) {

    public Verlengingsregel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(grondslag, "grondslag");
        besluitDoor = besluitDoor == null ? Set.of() : Set.copyOf(besluitDoor);
        if (maximaalAantal != null && maximaalAantal < 1) {
            throw new IllegalArgumentException("maximaalAantal must be at least 1");
        }
    }

    public String berichtSleutel() {
        return "verlengingsregel." + code;
    }
}
