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
    RAPPORT_PUBLICEREN;

    public String berichtSleutel() {
        return "activiteit.stap." + name();
    }
}
