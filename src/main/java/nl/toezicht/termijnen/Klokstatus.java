package nl.toezicht.termijnen;

/** Whether a clock runs, stands still, or has stopped because the awaited thing happened. */
public enum Klokstatus {
    LOPEND,
    OPGESCHORT,
    GESTOPT;

    public String berichtSleutel() {
        return "klokstatus." + name();
    }
}
