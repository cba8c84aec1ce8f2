package nl.toezicht.berichten;

/** What an alert is about; its text is the message {@code bericht.soort.<name>} with the reference and date. */
public enum Berichtsoort {
    /** A case was assigned to the recipient by someone else. */
    TOEWIJZING,
    /** A task was assigned to the recipient (hook for module zaken's {@code TaakToegewezen}, not yet published). */
    TAAK,
    /** A deadline of the recipient's case falls within three working days. */
    TERMIJN,
    /** A care provider answered on the recipient's case (hook for the provider portal, not yet published). */
    ANTWOORD_ZORGAANBIEDER
}
