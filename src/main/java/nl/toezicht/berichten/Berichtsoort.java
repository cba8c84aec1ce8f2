package nl.toezicht.berichten;

/** What an alert is about; its text is the message {@code bericht.soort.<name>} with the reference and date. */
public enum Berichtsoort {
    /** A case was assigned to the recipient by someone else. */
    TOEWIJZING,
    /** A task was assigned to the recipient . */
    TAAK,
    /** A deadline of the recipient's case falls within three working days. */
    TERMIJN,
    /** A care provider sent in its report or answer on the recipient's case through the portal. */
    ANTWOORD_ZORGAANBIEDER,
    /** The reporter added information to a notification of the recipient's case through the status link. */
    AANVULLING_MELDER
}
