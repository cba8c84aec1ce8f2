package nl.toezicht.meldingen;

/** How the notification reached the inspectorate. */
public enum Kanaal {
    WEBFORMULIER,
    EMAIL,
    TELEFOON,
    BRIEF,
    SOCIAL_MEDIA,
    API
}
