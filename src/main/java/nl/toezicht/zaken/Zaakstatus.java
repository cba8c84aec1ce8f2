package nl.toezicht.zaken;

import nl.toezicht.meldingen.Meldingstatus;

/** Where a case stands. Only {@link #GESLOTEN} is final. */
public enum Zaakstatus {
    ONTVANGEN,
    IN_TRIAGE,
    WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
    IN_BEOORDELING,
    /** Closing was asked for; a second person approves it (the case closes) or sends it back (four eyes). */
    SLUITEN_TER_BEOORDELING,
    GESLOTEN;

    public boolean isOpen() {
        return this != GESLOTEN;
    }

    /**
     * What the reporter's status page says while the notification's case is in this state: received until
     * triage starts, in progress while open, then handled. The one mapping: the live steps, the history
     * import and the demo generator all use it.
     */
    public Meldingstatus meldingstatus() {
        return switch (this) {
            case ONTVANGEN -> Meldingstatus.ONTVANGEN;
            case IN_TRIAGE, WACHT_OP_ONDERZOEK_ZORGAANBIEDER, IN_BEOORDELING, SLUITEN_TER_BEOORDELING ->
                Meldingstatus.IN_BEHANDELING;
            case GESLOTEN -> Meldingstatus.AFGEHANDELD;
        };
    }

    public String berichtSleutel() {
        return "zaakstatus." + name();
    }
}
