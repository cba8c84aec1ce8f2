package nl.toezicht.meldingen;

/** Who sent the notification. */
public enum Bron {
    BURGER,
    ZORGAANBIEDER,
    FABRIKANT,
    ANDERS
}
