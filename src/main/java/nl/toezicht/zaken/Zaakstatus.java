package nl.toezicht.zaken;

/** Where a case stands. Only {@link #GESLOTEN} is final. */
public enum Zaakstatus {
    ONTVANGEN,
    IN_TRIAGE,
    WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
    IN_BEOORDELING,
    GESLOTEN;

    public boolean isOpen() {
        return this != GESLOTEN;
    }

    public String berichtSleutel() {
        return "zaakstatus." + name();
    }
}
