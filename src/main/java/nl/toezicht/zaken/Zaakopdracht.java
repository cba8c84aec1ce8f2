package nl.toezicht.zaken;

import java.time.LocalDate;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
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

    /** An internal note: up to {@value Notitie#MAXIMALE_LENGTE} characters. */
    record Noteren(String tekst) implements Zaakopdracht {

        /** @throws Weigering on field {@code tekst} */
        public static Noteren lees(@Nullable String tekst) {
            if (tekst == null || tekst.isBlank()) {
                throw Weigering.opVeld("tekst", "zaak.notitie.verplicht");
            }
            if (tekst.length() > Notitie.MAXIMALE_LENGTE) {
                throw Weigering.opVeld("tekst", "zaak.notitie.te-lang", Notitie.MAXIMALE_LENGTE);
            }
            return new Noteren(tekst.strip());
        }
    }

    /** A task for one person or one department, with a description and a due date. */
    record Taaktoewijzing(
            String omschrijving,
            @Nullable String medewerker,
            @Nullable Zorgsector afdeling,
            LocalDate uiterlijk) implements Zaakopdracht {

        /** How far ahead a due date may lie. */
        static final int MAXIMAAL_JAREN_VOORUIT = 2;

        /**
         * From the form's choice ({@code medewerker:<login>} or {@code afdeling:<SECTOR>}) or the API's two fields.
         *
         * @throws Weigering on field {@code omschrijving}, {@code toegewezenAan} or {@code uiterlijk}
         */
        public static Taaktoewijzing lees(
                @Nullable String omschrijving,
                @Nullable String medewerker,
                @Nullable String afdeling,
                @Nullable String uiterlijk,
                LocalDate vandaag) {
            String tekst = Zaakopdracht.tekst(omschrijving, "omschrijving");
            if (tekst == null) {
                throw Weigering.opVeld("omschrijving", "zaak.taak.omschrijving-verplicht");
            }
            boolean persoon = medewerker != null && !medewerker.isBlank();
            boolean groep = afdeling != null && !afdeling.isBlank();
            if (persoon == groep || (persoon && medewerker.length() > 100)) {
                throw Weigering.opVeld("toegewezenAan", "zaak.taak.voor-verplicht");
            }
            Zorgsector sector =
                    groep ? alsEnum(Zorgsector.class, afdeling, "toegewezenAan", "zaak.taak.voor-verplicht") : null;
            LocalDate datum;
            try {
                datum = LocalDate.parse(uiterlijk == null ? "" : uiterlijk.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw Weigering.opVeld("uiterlijk", "zaak.taak.uiterlijk-verplicht");
            }
            if (datum.isBefore(vandaag) || datum.isAfter(vandaag.plusYears(MAXIMAAL_JAREN_VOORUIT))) {
                throw Weigering.opVeld("uiterlijk", "zaak.taak.uiterlijk-buiten-bereik", MAXIMAAL_JAREN_VOORUIT);
            }
            return new Taaktoewijzing(tekst, persoon ? medewerker.strip() : null, sector, datum);
        }

        /** The form's one field: {@code medewerker:<login>} or {@code afdeling:<SECTOR>}. */
        public static Taaktoewijzing uitFormulier(
                @Nullable String omschrijving,
                @Nullable String toegewezenAan,
                @Nullable String uiterlijk,
                LocalDate vandaag) {
            String voor = toegewezenAan == null ? "" : toegewezenAan.strip();
            return lees(
                    omschrijving,
                    voor.startsWith("medewerker:") ? voor.substring("medewerker:".length()) : null,
                    voor.startsWith("afdeling:") ? voor.substring("afdeling:".length()) : null,
                    uiterlijk,
                    vandaag);
        }
    }

    /** Asking to close, with the reason it will close with once a second person approves. */
    record Sluitverzoek(Sluitreden sluitreden, @Nullable String toelichting) implements Zaakopdracht {

        /** @throws Weigering on field {@code sluitreden} or {@code toelichting} */
        public static Sluitverzoek lees(@Nullable String sluitreden, @Nullable String toelichting) {
            if (sluitreden == null || sluitreden.isBlank()) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.verplicht");
            }
            Sluitreden reden = alsEnum(Sluitreden.class, sluitreden, "sluitreden", "zaak.sluitreden.onbekend");
            if (!reden.isHandmatig()) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
            }
            return new Sluitverzoek(reden, Zaakopdracht.tekst(toelichting, "toelichting"));
        }
    }

    /** Approving a closing, with an optional explanation. */
    record Goedkeuring(@Nullable String toelichting) implements Zaakopdracht {

        /** @throws Weigering on field {@code toelichting} */
        public static Goedkeuring lees(@Nullable String toelichting) {
            return new Goedkeuring(Zaakopdracht.tekst(toelichting, "toelichting"));
        }
    }

    /** Sending a closing back, or reopening a closed case: always with a reason. */
    record MetReden(String reden) implements Zaakopdracht {

        /** @throws Weigering on field {@code reden} */
        public static MetReden lees(@Nullable String reden) {
            String tekst = Zaakopdracht.tekst(reden, "reden");
            if (tekst == null) {
                throw Weigering.opVeld("reden", "zaak.reden-verplicht");
            }
            return new MetReden(tekst);
        }
    }

    /** Moving a case to another department (field {@code afdeling}). */
    record Overdracht(Zorgsector afdeling) implements Zaakopdracht {

        /** @throws Weigering on field {@code afdeling} when it names none */
        public static Overdracht lees(@Nullable String afdeling) {
            return new Overdracht(
                    alsEnum(Zorgsector.class, afdeling, "afdeling", "zaak.overdragen.afdeling-verplicht"));
        }
    }

    /**
     * Splitting a notification off a case by its reference ({@code M-...}), with a reason, to a new case of its own or
     * to another case named by its reference ({@code Z-...}).
     */
    record Splitsing(String melding, @Nullable String doel, String reden) implements Zaakopdracht {

        /** A reference is at most this long (the year and a number of up to 12 digits, with some room). */
        static final int MAXIMALE_REFERENTIE = 40;

        /** @throws Weigering on field {@code melding}, {@code doel} or {@code reden} */
        public static Splitsing lees(@Nullable String melding, @Nullable String doel, @Nullable String reden) {
            String m = melding == null ? "" : melding.strip().toUpperCase(java.util.Locale.ROOT);
            if (!m.startsWith("M-") || m.length() > MAXIMALE_REFERENTIE) {
                throw Weigering.opVeld("melding", "zaak.splitsen.melding-verplicht");
            }
            String z = doel == null ? "" : doel.strip().toUpperCase(java.util.Locale.ROOT);
            if (!z.isEmpty() && (!z.startsWith("Z-") || z.length() > MAXIMALE_REFERENTIE)) {
                throw Weigering.opVeld("doel", "zaak.splitsen.doel-ongeldig");
            }
            String tekst = Zaakopdracht.tekst(reden, "reden");
            if (tekst == null) {
                throw Weigering.opVeld("reden", "zaak.splitsen.reden-verplicht");
            }
            return new Splitsing(m, z.isEmpty() ? null : z, tekst);
        }
    }

    /**
     * The task a form or request names (field {@code taak}).
     *
     * @throws Weigering on field {@code taak} when it names none
     */
    static TaakId taak(@Nullable String taak) {
        try {
            return new TaakId(java.util.UUID.fromString(taak == null ? "" : taak.strip()));
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld("taak", "zaak.taak.onbekende-taak");
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
