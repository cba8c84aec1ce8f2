package nl.toezicht.zaken;

/**
 * The named steps of the case flow; {@link Zaakstroom} declares from which state each is taken, where it
 * leads and who takes it. Staff perform the manual ones; {@link #OPENEN} and {@link #SAMENVOEGEN} happen to a
 * case (a notification arrives, its last notification moves to another case) and {@link #TOEWIJZEN} records
 * an assignment in the timeline without changing state, as {@link #KOPPELEN} records that intake linked a
 * notification to a provider.
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
    KOPPELEN;

    /** Whether staff may ask for this step through the API or the case page. */
    public boolean isHandmatig() {
        return Zaakstroom.STROOM.overgang(this).aangeboden();
    }

    public String berichtSleutel() {
        return "transitie." + name();
    }
}
