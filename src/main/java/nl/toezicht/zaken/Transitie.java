package nl.toezicht.zaken;

/**
 * The named steps of the case flow; {@link Zaakstroom} declares from which state each is taken, where it
 * leads and who takes it. Staff perform the manual ones; {@link #OPENEN} and {@link #SAMENVOEGEN} happen to a
 * case (a notification arrives, its last notification moves to another case); {@link #TOEWIJZEN}, {@link #KOPPELEN}
 * (intake linked a notification to a provider) and the three {@code TERMIJN_} steps (suspending, resuming,
 * extending the case's clock) are recorded in the timeline without changing state. Closing goes through a
 * second person ({@link #VRAAG_SLUITEN_AAN}, then {@link #KEUR_SLUITEN_GOED} or a step back); {@link #SLUIT},
 * closing at once, is how cases were closed before that step and stays for the histories that record it.
 * Notes and tasks are recorded in the timeline as steps that keep the state.
 */
public enum Transitie {
    OPENEN,
    START_TRIAGE,
    VRAAG_ONDERZOEK_AAN,
    NEEM_IN_BEOORDELING,
    ONTVANG_ONDERZOEK,
    VRAAG_AANVULLING_AAN,
    SLUIT,
    SAMENVOEGEN,
    TOEWIJZEN,
    KOPPELEN,
    /** The case's clock stands still (one of its kind's grounds); recorded without a change of state. */
    TERMIJN_OPSCHORTEN,
    /** The case's suspended clock runs again; its deadline moves by the time it stood still. */
    TERMIJN_HERVATTEN,
    /** The case's clock is extended under one of its kind's rules. */
    TERMIJN_VERLENGEN,
    /** Closing is asked for, with a reason: the case waits for a second person (four eyes). */
    VRAAG_SLUITEN_AAN,
    /** A second person (not the one who asked) approves the closing: the case closes with the reason asked. */
    KEUR_SLUITEN_GOED,
    /** The closing is sent back with a reason to triage, where it was asked from. */
    STUUR_TERUG_NAAR_TRIAGE,
    /** The closing is sent back with a reason to assessment, where it was asked from. */
    STUUR_TERUG_NAAR_BEOORDELING,
    /** A closed case is opened again, with a reason; it is assessed anew. */
    HEROPEN,
    /** A note was added; recorded without a change of state (the text is with the notes). */
    NOTEREN,
    /** A task on the case was given to a person or a department. */
    TAAK_TOEWIJZEN,
    /** A task on the case was done. */
    TAAK_AFRONDEN,
    /** A task on the case was cancelled. */
    TAAK_ANNULEREN,
    /**
     * The reporter added information through the private status link; recorded without a change of state
     * (issue 13 item 10). The provider's report sent in through the portal is {@link #ONTVANG_ONDERZOEK}.
     */
    AANVULLING_ONTVANGEN,
    /**
     * The case moved to another department (issue 13 item 7); recorded without a change of state. An inspector
     * who does not work there is no longer assigned.
     */
    OVERDRAGEN,
    /**
     * A notification wrongly linked to a case was split off by its reference (issue 13 item 8): recorded on the case
     * it left and on the case it went to (a new one of its own, or another case), without a change of state.
     */
    AFSPLITSEN,
    /**
     * The case was imported as a summary (issue 12 item 7): the system it came from held only its final
     * state (received, closed, why), not its steps. The one entry of such a timeline, recorded by the history
     * import; no one takes it, and the flow allows it nowhere else (a recorded fact about a closed case).
     */
    SAMENVATTING_GEIMPORTEERD;

    /** Whether staff may ask for this step through the API or the case page. */
    public boolean isHandmatig() {
        return Zaakstroom.STROOM.overgang(this).aangeboden();
    }

    public String berichtSleutel() {
        return "transitie." + name();
    }
}
