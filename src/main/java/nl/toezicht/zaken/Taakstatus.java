package nl.toezicht.zaken;

/** Where a task stands: open until it is done or cancelled, once. */
public enum Taakstatus {
    OPEN,
    AFGEROND,
    GEANNULEERD;

    public String berichtSleutel() {
        return "taakstatus." + name();
    }
}
