package nl.toezicht.zaken;

import static nl.toezicht.zaken.Transitie.AANVULLING_ONTVANGEN;
import static nl.toezicht.zaken.Transitie.AFSPLITSEN;
import static nl.toezicht.zaken.Transitie.HEROPEN;
import static nl.toezicht.zaken.Transitie.KEUR_SLUITEN_GOED;
import static nl.toezicht.zaken.Transitie.KOPPELEN;
import static nl.toezicht.zaken.Transitie.NEEM_IN_BEOORDELING;
import static nl.toezicht.zaken.Transitie.NOTEREN;
import static nl.toezicht.zaken.Transitie.ONTVANG_ONDERZOEK;
import static nl.toezicht.zaken.Transitie.OPENEN;
import static nl.toezicht.zaken.Transitie.OVERDRAGEN;
import static nl.toezicht.zaken.Transitie.SAMENVATTING_GEIMPORTEERD;
import static nl.toezicht.zaken.Transitie.SAMENVOEGEN;
import static nl.toezicht.zaken.Transitie.SLUIT;
import static nl.toezicht.zaken.Transitie.START_TRIAGE;
import static nl.toezicht.zaken.Transitie.STUUR_TERUG_NAAR_BEOORDELING;
import static nl.toezicht.zaken.Transitie.STUUR_TERUG_NAAR_TRIAGE;
import static nl.toezicht.zaken.Transitie.TAAK_AFRONDEN;
import static nl.toezicht.zaken.Transitie.TAAK_ANNULEREN;
import static nl.toezicht.zaken.Transitie.TAAK_TOEWIJZEN;
import static nl.toezicht.zaken.Transitie.TERMIJN_HERVATTEN;
import static nl.toezicht.zaken.Transitie.TERMIJN_OPSCHORTEN;
import static nl.toezicht.zaken.Transitie.TERMIJN_VERLENGEN;
import static nl.toezicht.zaken.Transitie.TOEWIJZEN;
import static nl.toezicht.zaken.Transitie.VRAAG_AANVULLING_AAN;
import static nl.toezicht.zaken.Transitie.VRAAG_ONDERZOEK_AAN;
import static nl.toezicht.zaken.Transitie.VRAAG_SLUITEN_AAN;
import static nl.toezicht.zaken.Zaakstatus.GESLOTEN;
import static nl.toezicht.zaken.Zaakstatus.IN_BEOORDELING;
import static nl.toezicht.zaken.Zaakstatus.IN_TRIAGE;
import static nl.toezicht.zaken.Zaakstatus.ONTVANGEN;
import static nl.toezicht.zaken.Zaakstatus.SLUITEN_TER_BEOORDELING;
import static nl.toezicht.zaken.Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER;

import java.util.EnumSet;
import java.util.Set;
import nl.toezicht.kern.Stroom;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.Termijneffect.Start;
import nl.toezicht.zaken.Termijneffect.Stop;
import nl.toezicht.zaken.Termijneffect.Vanaf;
import org.jspecify.annotations.Nullable;

/**
 * The case flow, declared once (decisions 0011 and 0032): {@link Zaak} takes live steps and replays imported
 * histories with it, the case page and the API list the steps it allows, and the demo generator simulates
 * histories with it. The rules look at the case's {@link Kenmerken} (its kind, a closing asked for, and for a
 * live step who takes it); the effects say which legal clock a step starts or stops.
 *
 * <p>Four eyes (issue 13, decision 0060): staff do not close a case at once. They ask ({@link
 * Transitie#VRAAG_SLUITEN_AAN}); a second person with {@link ZaakRechten#SLUITEN_BEOORDELEN}, of the case's
 * department and not the one who asked, approves ({@link Transitie#KEUR_SLUITEN_GOED}) or sends it back to
 * where it was asked from. These rules are declared here, with the steps.
 */
public final class Zaakstroom {

    /** Who takes the staff steps: case handlers, the code of {@link ZaakRechten#BEHANDELEN}. */
    public static final String BEHANDELEN = ZaakRechten.BEHANDELEN.code();

    private static final String TERMIJN_BEHEREN_OPSCHORTEN = ZaakRechten.TERMIJN_OPSCHORTEN.code();

    private static final String TERMIJN_BEHEREN_VERLENGEN = ZaakRechten.TERMIJN_VERLENGEN.code();

    private static final String SLUITEN_BEOORDELEN = ZaakRechten.SLUITEN_BEOORDELEN.code();

    private static final Set<Zaakstatus> OPEN = EnumSet.complementOf(EnumSet.of(GESLOTEN));

    /**
     * What the rules look at.
     *
     * @param soort the kind of the case
     * @param sluitenGevraagdVanuit while a closing waits for review: the state it was asked from
     * @param sluitenGevraagdDoor while a closing waits for review: who asked
     * @param door who takes the step now; null when replaying a recorded history (its people are not checked)
     * @param doorVanAfdeling whether that person works in the case's department (not through break-the-glass
     *     or a view of all departments)
     */
    public record Kenmerken(
            Meldingsoort soort,
            @Nullable Zaakstatus sluitenGevraagdVanuit,
            @Nullable String sluitenGevraagdDoor,
            @Nullable String door,
            boolean doorVanAfdeling) {

        /** Only the kind: for a replay, the effects of a step, and a case with nothing waiting. */
        public static Kenmerken van(Meldingsoort soort) {
            return new Kenmerken(soort, null, null, null, true);
        }

        /** Four eyes: who reviews a closing is not who asked for it. */
        boolean isTweedePersoon() {
            return door == null || !door.equals(sluitenGevraagdDoor);
        }
    }

    public static final Stroom<Zaakstatus, Transitie, Kenmerken, Termijneffect> STROOM =
            Stroom.<Zaakstatus, Transitie, Kenmerken, Termijneffect>van(Zaakstatus.class, Transitie.class)
                    // a received notification opens its case; triage is due a few working days after receipt
                    .begin(OPENEN, ONTVANGEN)
                    .doorSysteem()
                    .effect(new Start(Termijnsoort.TRIAGE, Vanaf.ONTVANGST))
                    .stap(START_TRIAGE)
                    .vanaf(ONTVANGEN)
                    .naar(IN_TRIAGE)
                    .door(BEHANDELEN)
                    // Wkkgz: the calamity investigation is due 8 weeks after receipt; other kinds 8 weeks after asking
                    .stap(VRAAG_ONDERZOEK_AAN)
                    .vanaf(IN_TRIAGE)
                    .naar(WACHT_OP_ONDERZOEK_ZORGAANBIEDER)
                    .door(BEHANDELEN)
                    .effectVolgens(k -> new Start(
                            Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER,
                            k.soort() == Meldingsoort.CALAMITEIT ? Vanaf.ONTVANGST : Vanaf.STAP))
                    // a calamity is always investigated by the provider first
                    .stap(NEEM_IN_BEOORDELING)
                    .vanaf(IN_TRIAGE)
                    .naar(IN_BEOORDELING)
                    .door(BEHANDELEN)
                    .alleenAls(k -> k.soort() != Meldingsoort.CALAMITEIT, "zaak.calamiteit-eerst-onderzoek")
                    .effect(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP))
                    // staff record the report received, or the provider sends it in through the portal
                    // (Zaakportaal, the same step for the provider): its clock stops, the assessment's starts
                    .stap(ONTVANG_ONDERZOEK)
                    .vanaf(WACHT_OP_ONDERZOEK_ZORGAANBIEDER)
                    .naar(IN_BEOORDELING)
                    .door(BEHANDELEN)
                    .effect(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP))
                    .stap(VRAAG_AANVULLING_AAN)
                    .vanaf(IN_BEOORDELING)
                    .naar(WACHT_OP_ONDERZOEK_ZORGAANBIEDER)
                    .door(BEHANDELEN)
                    .effect(new Start(Termijnsoort.AANVULLING_ZORGAANBIEDER, Vanaf.STAP))
                    // closing at once: how cases were closed before the four-eyes step, in the histories that
                    // record it (imports, the demo); no person takes it any more
                    .stap(SLUIT)
                    .vanaf(IN_TRIAGE, IN_BEOORDELING)
                    .naar(GESLOTEN)
                    .doorSysteem()
                    .effect(new Stop())
                    // four eyes: asking to close (with the reason, a command of its own) keeps the clock running
                    .stap(VRAAG_SLUITEN_AAN)
                    .vanaf(IN_TRIAGE, IN_BEOORDELING)
                    .naar(SLUITEN_TER_BEOORDELING)
                    .door(BEHANDELEN)
                    .eigenOpdracht()
                    .stap(KEUR_SLUITEN_GOED)
                    .vanaf(SLUITEN_TER_BEOORDELING)
                    .naar(GESLOTEN)
                    .door(SLUITEN_BEOORDELEN)
                    .eigenOpdracht()
                    .alleenAls(Kenmerken::isTweedePersoon, "zaak.sluiten.vier-ogen")
                    .alleenAls(Kenmerken::doorVanAfdeling, "zaak.sluiten.andere-afdeling")
                    .effect(new Stop())
                    // sent back, with a reason, to the state the closing was asked from
                    .stap(STUUR_TERUG_NAAR_TRIAGE)
                    .vanaf(SLUITEN_TER_BEOORDELING)
                    .naar(IN_TRIAGE)
                    .door(SLUITEN_BEOORDELEN)
                    .eigenOpdracht()
                    .alleenAls(k -> k.sluitenGevraagdVanuit() != IN_BEOORDELING, "zaak.sluiten.terug-elders")
                    .alleenAls(Kenmerken::isTweedePersoon, "zaak.sluiten.vier-ogen")
                    .alleenAls(Kenmerken::doorVanAfdeling, "zaak.sluiten.andere-afdeling")
                    .stap(STUUR_TERUG_NAAR_BEOORDELING)
                    .vanaf(SLUITEN_TER_BEOORDELING)
                    .naar(IN_BEOORDELING)
                    .door(SLUITEN_BEOORDELEN)
                    .eigenOpdracht()
                    .alleenAls(k -> k.sluitenGevraagdVanuit() != IN_TRIAGE, "zaak.sluiten.terug-elders")
                    .alleenAls(Kenmerken::isTweedePersoon, "zaak.sluiten.vier-ogen")
                    .alleenAls(Kenmerken::doorVanAfdeling, "zaak.sluiten.andere-afdeling")
                    // reopened with a reason: assessed anew against a new assessment clock (the Wkkgz clocks
                    // of the first handling are not revived; decision 0060)
                    .stap(HEROPEN)
                    .vanaf(GESLOTEN)
                    .naar(IN_BEOORDELING)
                    .door(ZaakRechten.HEROPENEN.code())
                    .eigenOpdracht()
                    .alleenAls(Kenmerken::doorVanAfdeling, "zaak.heropenen.andere-afdeling")
                    .effect(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP))
                    // the case's last notification moved to another case: nothing left to handle, from any open state
                    .stap(SAMENVOEGEN)
                    .vanaf(OPEN)
                    .naar(GESLOTEN)
                    .doorSysteem()
                    .effect(new Stop())
                    // recorded in the timeline without a change of state; the assignment has a command of its own
                    .stap(TOEWIJZEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(BEHANDELEN)
                    .eigenOpdracht()
                    // intake linked a notification of the case to a provider: recorded, at any state
                    .stap(KOPPELEN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .doorSysteem()
                    // the case's clock stands still, runs again or is extended (the kind's rules: module termijnen)
                    .stap(TERMIJN_OPSCHORTEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(TERMIJN_BEHEREN_OPSCHORTEN)
                    .eigenOpdracht()
                    .stap(TERMIJN_HERVATTEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(TERMIJN_BEHEREN_OPSCHORTEN)
                    .eigenOpdracht()
                    .stap(TERMIJN_VERLENGEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(TERMIJN_BEHEREN_VERLENGEN)
                    .eigenOpdracht()
                    // notes and tasks are recorded without a change of state; a note also on a closed case
                    .stap(NOTEREN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .door(ZaakRechten.NOTEREN.code())
                    .eigenOpdracht()
                    .stap(TAAK_TOEWIJZEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(ZaakRechten.TAKEN_TOEWIJZEN.code())
                    .eigenOpdracht()
                    // a task left open when the case closed can still be done or cancelled
                    .stap(TAAK_AFRONDEN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .door(ZaakRechten.TAKEN_AFHANDELEN.code())
                    .eigenOpdracht()
                    .stap(TAAK_ANNULEREN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .door(ZaakRechten.TAKEN_AFHANDELEN.code())
                    .eigenOpdracht()
                    // the reporter added information through the status link: recorded, also when it arrives
                    // just after closing (the link refuses additions once the notification is handled)
                    .stap(AANVULLING_ONTVANGEN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .doorSysteem()
                    // an open case moves to another department (one at a time, or in bulk from the work queue)
                    .stap(OVERDRAGEN)
                    .vanaf(OPEN)
                    .blijft()
                    .door(ZaakRechten.OVERDRAGEN.code())
                    .eigenOpdracht()
                    // a notification wrongly linked leaves the case (also a closed one: it was never handled
                    // there); recorded on both cases, the state of each stays
                    .stap(AFSPLITSEN)
                    .vanaf(EnumSet.allOf(Zaakstatus.class))
                    .blijft()
                    .door(ZaakRechten.SPLITSEN.code())
                    .eigenOpdracht()
                    // a case imported as a summary has this one entry, written by the history import beside the
                    // flow (issue 12 item 7): no replay and no live step may take it
                    .stap(SAMENVATTING_GEIMPORTEERD)
                    .vanaf(GESLOTEN)
                    .blijft()
                    .doorSysteem()
                    .alleenAls(k -> false, "zaak.samenvatting.alleen-import")
                    .bouw();

    private Zaakstroom() {}
}
