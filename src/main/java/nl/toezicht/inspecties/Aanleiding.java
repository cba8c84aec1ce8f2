package nl.toezicht.inspecties;

/** Why the activity is done: a case (by reference), a signal, a theme, a programme (e.g. "Sector in Beeld"). */
public enum Aanleiding {
    ZAAK,
    SIGNAAL,
    THEMA,
    PROGRAMMA,
    /** A re-visit planned from an earlier activity's improvement plan (only through {@link Hercontroles}). */
    HERCONTROLE;

    public String berichtSleutel() {
        return "activiteit.aanleiding." + name();
    }
}
