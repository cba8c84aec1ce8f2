package nl.toezicht.termijnen;

/** The legal clocks a case can run against. The periods are in {@link TermijnenProperties}. */
public enum Termijnsoort {
    /** Intake must judge a new case within a number of working days of receipt. */
    TRIAGE,
    /** Wkkgz: the provider sends its calamity investigation within 8 weeks of the notification. */
    ONDERZOEKSRAPPORT_ZORGAANBIEDER,
    /** The provider completes its investigation after the inspector asked for more. */
    AANVULLING_ZORGAANBIEDER,
    /** The inspector judges the investigation or the notification. */
    BEOORDELING;

    public String berichtSleutel() {
        return "termijnsoort." + name();
    }
}
