package nl.toezicht.meldingen;

/** The status a reporter sees behind their private status link. */
public enum Meldingstatus {
    ONTVANGEN,
    IN_BEHANDELING,
    AFGEHANDELD
}
