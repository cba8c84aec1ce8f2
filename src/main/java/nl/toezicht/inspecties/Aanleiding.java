package nl.toezicht.inspecties;

/** Why the activity is done: a case (by reference), a signal, a theme, a programme (e.g. "Sector in Beeld"). */
public enum Aanleiding {
    ZAAK,
    SIGNAAL,
    THEMA,
    PROGRAMMA;

    public String berichtSleutel() {
        return "activiteit.aanleiding." + name();
    }
}
