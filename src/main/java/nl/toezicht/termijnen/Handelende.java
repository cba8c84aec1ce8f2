package nl.toezicht.termijnen;

import java.util.Objects;
import java.util.Set;

/**
 * Who gives a command on a clock, as the calling module knows them: a username for the history, and the
 * roles or right codes they hold (e.g. {@code JURIST}), which an extension rule's {@code besluitDoor} is
 * checked against. The engine does not look people up itself.
 */
public record Handelende(String gebruikersnaam, Set<String> rollen) {

    public Handelende {
        Objects.requireNonNull(gebruikersnaam, "gebruikersnaam");
        rollen = Set.copyOf(rollen);
    }

    public Handelende(String gebruikersnaam, String... rollen) {
        this(gebruikersnaam, Set.of(rollen));
    }

    /** The system itself (a scheduled job, an import): holds no role. */
    public static Handelende systeem(String naam) {
        return new Handelende(naam, Set.of());
    }

    boolean heeftEenVan(Set<String> toegestaan) {
        return toegestaan.isEmpty() || toegestaan.stream().anyMatch(rollen::contains);
    }
}
