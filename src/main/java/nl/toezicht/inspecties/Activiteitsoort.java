package nl.toezicht.inspecties;

/**
 * The kinds of supervision activity the annual report counts (2021: 1,415 announced visits, 201 unannounced,
 * 760 with unannounced elements, 206 desk inspections, 190 judging conversations, 98 board conversations, ...).
 * Whether a visit was announced is its {@link Aankondiging}; only a visit can come unannounced.
 */
public enum Activiteitsoort {
    /** An external visit to one or more locations. */
    BEZOEK(true),
    /** A desk inspection: documents asked for and judged at the office. */
    BUREAUONDERZOEK(false),
    /** A judging conversation at the inspectorate's office. */
    OORDEELSGESPREK(false),
    /** A conversation with the board of the provider. */
    BESTUURLIJK_GESPREK(false),
    /** A conversation with the supervised organisation. */
    GESPREK_ONDERTOEZICHTSTAANDE(false),
    GESPREK_BURGERS(false),
    GESPREK_BETROKKENEN(false),
    DIGITAAL_TOEZICHTGESPREK(false);

    private final boolean bezoek;

    Activiteitsoort(boolean bezoek) {
        this.bezoek = bezoek;
    }

    /** A visit goes to locations and may be unannounced. */
    public boolean isBezoek() {
        return bezoek;
    }

    public String berichtSleutel() {
        return "activiteit.soort." + name();
    }
}
