package nl.toezicht.cijfers;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rule sets a table can be published under (issue 12), each versioned: the version is printed under every
 * table and stored in every approved set. Change a rule, add a version (a new constant or a new version
 * number), never change the rules of a version that was published. Decision 0080.
 */
public enum Regelset {

    /**
     * The annual report's rule for notification tables: rounded to tens (half up), 1–4 as {@code <5}, nothing
     * else hidden. With every cell rounded, subtraction only bounds a hidden 1–4 between wide limits.
     */
    AFGEROND("afgerond", "Afgerond op tientallen", 1, 10, 5, false),

    /** Exact counts, as the report prints the youth figures and the inspectorate's own decisions. */
    EXACT("exact", "Exact", 1, 1, 1, false),

    /**
     * Rounded to tens with {@code <5} and secondary suppression ({@code x}), for a table that needs it: the
     * rules the figures were published under before issue 12 (then called {@code IGJ-2021}).
     */
    AFGEROND_MET_ONDERDRUKKING("afgerond-onderdrukt", "Afgerond met secundaire onderdrukking", 1, 10, 5, true);

    private final String code;
    private final String naam;
    private final int versie;
    private final Openbaarmakingsregels regels;

    Regelset(String code, String naam, int versie, int afronding, int drempel, boolean secundair) {
        this.code = code;
        this.naam = naam;
        this.versie = versie;
        this.regels = new Openbaarmakingsregels(code + "/" + versie, afronding, drempel, secundair);
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public int versie() {
        return versie;
    }

    /** The versioned name stored with a table, e.g. {@code afgerond/1}. */
    public String versienaam() {
        return regels.versie();
    }

    public Openbaarmakingsregels regels() {
        return regels;
    }

    /** What is printed under a table: the rule set's name and version, then the rules in words. */
    public String beschrijving() {
        return "Regelset '" + naam + "': " + regels.beschrijving();
    }

    /** The rule set of a stored versioned name; empty for sets stored before rule sets per table. */
    public static Optional<Regelset> van(@Nullable String versienaam) {
        return Arrays.stream(values())
                .filter(r -> r.versienaam().equals(versienaam))
                .findFirst();
    }
}
