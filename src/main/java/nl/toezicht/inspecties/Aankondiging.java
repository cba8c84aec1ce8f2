package nl.toezicht.inspecties;

/** Whether the provider knew of the activity beforehand. */
public enum Aankondiging {
    AANGEKONDIGD,
    ONAANGEKONDIGD,
    /** Announced, with parts unannounced (e.g. the night shift visited without notice). */
    DEELS_ONAANGEKONDIGD;

    public String berichtSleutel() {
        return "activiteit.aankondiging." + name();
    }
}
