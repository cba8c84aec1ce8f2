package nl.toezicht.zaken;

import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * The commands staff give on a case, read from what the case page or the API sent, with one validation for
 * both (issue 10, "one validation per command at the edge"): what one refuses, the other refuses with the same
 * Dutch message on the same field. Whether the case allows the command is for {@link Zaakbehandeling}.
 */
public sealed interface Zaakopdracht {

    /** The longest explanation or reason kept with a step. */
    int MAXIMALE_TOELICHTING = 2000;

    /** A step of the case flow, with a closing reason only for closing. */
    record Stap(
            Transitie transitie,
            @Nullable String toelichting,
            @Nullable Sluitreden sluitreden) implements Zaakopdracht {

        /**
         * From the case page's form: the strings it posted.
         *
         * @throws Weigering on field {@code transitie}, {@code toelichting} or {@code sluitreden}
         */
        public static Stap lees(@Nullable String transitie, @Nullable String toelichting, @Nullable String sluitreden) {
            Transitie stap = alsEnum(Transitie.class, transitie, "transitie", "zaak.transitie.verplicht");
            Sluitreden reden = sluitreden == null || sluitreden.isBlank()
                    ? null
                    : alsEnum(Sluitreden.class, sluitreden, "sluitreden", "zaak.sluitreden.onbekend");
            return van(stap, toelichting, reden);
        }

        /**
         * The command as read from JSON (the API's types already refused what is no step or reason), or from the
         * form: a closing reason belongs only to closing, an explanation has at most 2000 characters.
         *
         * @throws Weigering on field {@code toelichting} or {@code sluitreden}
         */
        public static Stap van(Transitie stap, @Nullable String toelichting, @Nullable Sluitreden reden) {
            if (reden != null && stap != Transitie.SLUIT) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.alleen-bij-sluiten");
            }
            return new Stap(stap, Zaakopdracht.tekst(toelichting, "toelichting"), reden);
        }
    }

    /** Suspending the case's clock on one of its kind's grounds. */
    record Opschorting(String grond, @Nullable String toelichting) implements Zaakopdracht {

        /** @throws Weigering on field {@code grond} or {@code toelichting} */
        public static Opschorting lees(@Nullable String grond, @Nullable String toelichting) {
            if (grond == null || grond.isBlank() || grond.length() > 60) {
                throw Weigering.opVeld("grond", "zaak.termijn.grond-verplicht");
            }
            return new Opschorting(grond.strip(), Zaakopdracht.tekst(toelichting, "toelichting"));
        }
    }

    /** Resuming the case's suspended clock. */
    record Hervatting(@Nullable String toelichting) implements Zaakopdracht {

        /** @throws Weigering on field {@code toelichting} */
        public static Hervatting lees(@Nullable String toelichting) {
            return new Hervatting(Zaakopdracht.tekst(toelichting, "toelichting"));
        }
    }

    /**
     * Extending the case's clock under one of its kind's rules, by a number of the rule's unit (weeks for the
     * case clocks), for a reason.
     */
    record Verlenging(String regel, int lengte, String reden) implements Zaakopdracht {

        /** Longer than any extension a kind allows; the kind's rule sets the real limit. */
        static final int MAXIMALE_LENGTE = 52;

        /** @throws Weigering on field {@code regel}, {@code lengte} or {@code reden} */
        public static Verlenging lees(@Nullable String regel, @Nullable Integer lengte, @Nullable String reden) {
            if (regel == null || regel.isBlank() || regel.length() > 60) {
                throw Weigering.opVeld("regel", "zaak.termijn.regel-verplicht");
            }
            if (lengte == null || lengte < 1 || lengte > MAXIMALE_LENGTE) {
                throw Weigering.opVeld("lengte", "zaak.termijn.lengte-ongeldig", MAXIMALE_LENGTE);
            }
            String tekst = Zaakopdracht.tekst(reden, "reden");
            if (tekst == null) {
                throw Weigering.opVeld("reden", "zaak.termijn.reden-verplicht");
            }
            return new Verlenging(regel.strip(), lengte, tekst);
        }
    }

    /** A form's number: null when it is none (the command then refuses it on its field). */
    static @Nullable Integer geheelGetal(@Nullable String waarde) {
        try {
            return waarde == null ? null : Integer.valueOf(waarde.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String tekst(@Nullable String tekst, String veld) {
        if (tekst != null && tekst.length() > MAXIMALE_TOELICHTING) {
            throw Weigering.opVeld(veld, "zaak.toelichting.te-lang");
        }
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static <E extends Enum<E>> E alsEnum(Class<E> soort, @Nullable String waarde, String veld, String sleutel) {
        try {
            return Enum.valueOf(soort, waarde == null ? "" : waarde.strip());
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, sleutel);
        }
    }
}
