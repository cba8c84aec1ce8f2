package nl.toezicht.termijnen;

import java.util.Objects;

/** A length of time in one unit: "6 weeks", "3 working days". */
public record Lengte(int aantal, Eenheid eenheid) {

    /** Longer than any period the inspectorate's laws set (the longest, a limitation period, is a year). */
    static final int MAXIMUM_DAGEN = 5 * 366;

    public Lengte {
        Objects.requireNonNull(eenheid, "eenheid");
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal must not be negative");
        }
    }

    public static Lengte werkdagen(int aantal) {
        return new Lengte(aantal, Eenheid.WERKDAGEN);
    }

    public static Lengte kalenderdagen(int aantal) {
        return new Lengte(aantal, Eenheid.KALENDERDAGEN);
    }

    public static Lengte weken(int aantal) {
        return new Lengte(aantal, Eenheid.WEKEN);
    }

    public static Lengte maanden(int aantal) {
        return new Lengte(aantal, Eenheid.MAANDEN);
    }

    public static Lengte jaren(int aantal) {
        return new Lengte(aantal, Eenheid.JAREN);
    }

    /**
     * Roughly in calendar days, to compare lengths of different units and to refuse absurd ones; never used
     * to compute a deadline.
     */
    int ongeveerDagen() {
        return switch (eenheid) {
            case WERKDAGEN -> aantal * 7 / 5;
            case KALENDERDAGEN -> aantal;
            case WEKEN -> aantal * 7;
            case MAANDEN -> aantal * 31;
            case JAREN -> aantal * 366;
        };
    }

    @Override
    public String toString() {
        return aantal + " " + eenheid;
    }
}
