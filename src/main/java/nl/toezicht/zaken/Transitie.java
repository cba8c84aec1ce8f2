package nl.toezicht.zaken;

/**
 * The named steps of the case flow; {@link Zaakstroom} declares from which state each is taken, where it
 * leads and who takes it. Staff perform the manual ones; {@link #OPENEN} and {@link #SAMENVOEGEN} happen to a
 * case (a notification arrives, its last notification moves to another case); {@link #TOEWIJZEN}, {@link #KOPPELEN}
 * (intake linked a notification to a provider) and the three {@code TERMIJN_} steps (suspending, resuming,
 * extending the case's clock) are recorded in the timeline without changing state.
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
    TERMIJN_VERLENGEN;

    /** Whether staff may ask for this step through the API or the case page. */
    public boolean isHandmatig() {
        return Zaakstroom.STROOM.overgang(this).aangeboden();
    }

    public String berichtSleutel() {
        return "transitie." + name();
    }
}
