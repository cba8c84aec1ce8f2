package nl.toezicht.inspecties;

/** The steps of an activity's flow ({@link Activiteitstroom}). */
public enum Activiteitstap {
    PLANNEN,
    STARTEN,
    VELDWERK_AFRONDEN,
    ANNULEREN;

    public String berichtSleutel() {
        return "activiteit.stap." + name();
    }
}
