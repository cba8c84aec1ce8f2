package nl.toezicht.inspecties;

/** Whether a supervision activity achieved what it should ("toezicht met effect"). */
public enum Effectuitkomst {
    BEREIKT,
    DEELS_BEREIKT,
    NIET_BEREIKT;

    public String berichtSleutel() {
        return "effect.uitkomst." + name();
    }
}
