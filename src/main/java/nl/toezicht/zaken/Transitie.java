package nl.toezicht.zaken;

import java.util.Set;

/**
 * The named steps of the case flow. Staff perform the manual ones; {@link #OPENEN} and
 * {@link #SAMENVOEGEN} happen to a case (a notification arrives, its last notification moves to
 * another case) and {@link #TOEWIJZEN} records an assignment in the timeline without changing state.
 */
public enum Transitie {
    OPENEN(false, Set.of(), Zaakstatus.ONTVANGEN),
    START_TRIAGE(true, Set.of(Zaakstatus.ONTVANGEN), Zaakstatus.IN_TRIAGE),
    VRAAG_ONDERZOEK_AAN(true, Set.of(Zaakstatus.IN_TRIAGE), Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER),
    NEEM_IN_BEOORDELING(true, Set.of(Zaakstatus.IN_TRIAGE), Zaakstatus.IN_BEOORDELING),
    ONTVANG_ONDERZOEK(true, Set.of(Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER), Zaakstatus.IN_BEOORDELING),
    VRAAG_AANVULLING_AAN(true, Set.of(Zaakstatus.IN_BEOORDELING), Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER),
    SLUIT(true, Set.of(Zaakstatus.IN_TRIAGE, Zaakstatus.IN_BEOORDELING), Zaakstatus.GESLOTEN),
    SAMENVOEGEN(
            false,
            Set.of(
                    Zaakstatus.ONTVANGEN,
                    Zaakstatus.IN_TRIAGE,
                    Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
                    Zaakstatus.IN_BEOORDELING),
            Zaakstatus.GESLOTEN),
    TOEWIJZEN(false, Set.of(), null);

    private final boolean handmatig;
    private final Set<Zaakstatus> vanaf;
    private final Zaakstatus naar;

    Transitie(boolean handmatig, Set<Zaakstatus> vanaf, Zaakstatus naar) {
        this.handmatig = handmatig;
        this.vanaf = vanaf;
        this.naar = naar;
    }

    /** Whether staff may ask for this step through the API or the case page. */
    public boolean isHandmatig() {
        return handmatig;
    }

    /** Whether the step is allowed from this state, by state alone (the case may add rules). */
    public boolean magVanuit(Zaakstatus status) {
        return vanaf.contains(status);
    }

    Zaakstatus naar() {
        return naar;
    }

    public String berichtSleutel() {
        return "transitie." + name();
    }
}
