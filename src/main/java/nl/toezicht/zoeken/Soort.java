package nl.toezicht.zoeken;

/** The kinds of object the search finds, in the order their tabs are offered. */
public enum Soort {
    ZAAK,
    MELDING,
    ZORGAANBIEDER
}
