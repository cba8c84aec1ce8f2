package nl.toezicht.handhaving;

/** Where a measure stands in its flow ({@link Maatregelstroom}). */
public enum Maatregelstatus {
    /** Being prepared by legal staff. */
    CONCEPT,
    /** The intention was sent: the party's view (zienswijze) is awaited. */
    VOORNEMEN,
    /** The decision was sent (for a complaint: filed); a running measure runs from here. */
    OPGELEGD,
    NAGELEEFD,
    NIET_NAGELEEFD,
    /** The penalty was forfeited (in part or whole): collection must follow within a year (Awb 5:35). */
    VERBEURD,
    /** The collection decision was sent; payment awaited. */
    INVORDERING,
    /** Lifted or ended (an instruction lifted, an order ended, enhanced supervision ended). */
    OPGEHEVEN,
    /** Done: paid, decided by the board, or nothing more to do. */
    AFGEROND,
    /** Set aside on objection: it no longer counts as imposed. */
    HERROEPEN,
    /** Withdrawn before a decision. */
    INGETROKKEN;

    public String berichtSleutel() {
        return "maatregelstatus." + name();
    }
}
