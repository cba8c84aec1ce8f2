package nl.toezicht.termijnen;

/** The unit a legal period is counted in. */
public enum Eenheid {
    /** Dutch working days ({@link Werkdagenkalender}); the start day never counts. */
    WERKDAGEN,
    KALENDERDAGEN,
    WEKEN,
    MAANDEN,
    JAREN;

    public String berichtSleutel() {
        return "eenheid." + name();
    }
}
