package nl.toezicht.termijnen;

/** What starts a clock of a kind: an event at a moment, or a date. */
public enum Startwijze {
    /**
     * An event at a moment (a notification or complaint received, a manufacturer becoming aware); its date in
     * Dutch time is day 0, so 23:30 UTC on 31 December starts on 1 January.
     */
    MOMENT,
    /**
     * A date: the day a decision was made known (the objection period runs from the day after it), the day
     * a calamity was established, the date of a fine report. That date is day 0.
     */
    DATUM
}
