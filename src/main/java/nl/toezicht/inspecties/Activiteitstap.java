package nl.toezicht.inspecties;

/** The steps of an activity's flow ({@link Activiteitstroom}). */
public enum Activiteitstap {
    PLANNEN,
    STARTEN,
    VELDWERK_AFRONDEN,
    ANNULEREN,
    RAPPORT_OPSTELLEN,
    RAPPORT_AANBIEDEN,
    RAPPORT_GOEDKEUREN,
    RAPPORT_TERUGSTUREN,
    ZIENSWIJZE_GEVEN,
    RAPPORT_VASTSTELLEN,
    RAPPORT_PUBLICEREN,
    /** The team releases a final report for publication after the waiting period (the job then publishes it). */
    PUBLICATIE_VRIJGEVEN,
    /**
     * The one entry of an activity imported from the history (issue 14, module historie): written beside the flow,
     * never replayed through it; no live step takes it.
     */
    GEIMPORTEERD;

    public String berichtSleutel() {
        return "activiteit.stap." + name();
    }
}
