package nl.toezicht.zaken;

import static nl.toezicht.zaken.Transitie.KOPPELEN;
import static nl.toezicht.zaken.Transitie.NEEM_IN_BEOORDELING;
import static nl.toezicht.zaken.Transitie.ONTVANG_ONDERZOEK;
import static nl.toezicht.zaken.Transitie.OPENEN;
import static nl.toezicht.zaken.Transitie.SAMENVOEGEN;
import static nl.toezicht.zaken.Transitie.SLUIT;
import static nl.toezicht.zaken.Transitie.START_TRIAGE;
import static nl.toezicht.zaken.Transitie.TERMIJN_HERVATTEN;
import static nl.toezicht.zaken.Transitie.TERMIJN_OPSCHORTEN;
import static nl.toezicht.zaken.Transitie.TERMIJN_VERLENGEN;
import static nl.toezicht.zaken.Transitie.TOEWIJZEN;
import static nl.toezicht.zaken.Transitie.VRAAG_AANVULLING_AAN;
import static nl.toezicht.zaken.Transitie.VRAAG_ONDERZOEK_AAN;
import static nl.toezicht.zaken.Zaakstatus.GESLOTEN;
import static nl.toezicht.zaken.Zaakstatus.IN_BEOORDELING;
import static nl.toezicht.zaken.Zaakstatus.IN_TRIAGE;
import static nl.toezicht.zaken.Zaakstatus.ONTVANGEN;
import static nl.toezicht.zaken.Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER;

import java.util.EnumSet;
import java.util.Set;
import nl.toezicht.kern.Stroom;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.Termijneffect.Start;
import nl.toezicht.zaken.Termijneffect.Stop;
import nl.toezicht.zaken.Termijneffect.Vanaf;

/**
 * The case flow, declared once (decisions 0011 and 0032): {@link Zaak} takes live steps and replays imported
 * histories with it, the case page and the API list the steps it allows, and the demo generator simulates
 * histories with it. The rules look at the kind of the case ({@link Meldingsoort}); the effects say which
 * legal clock a step starts or stops.
 */
public final class Zaakstroom {

    /** Who takes the staff steps: case handlers, the code of {@link ZaakRechten#BEHANDELEN}. */
    public static final String BEHANDELEN = ZaakRechten.BEHANDELEN.code();

    private static final String TERMIJN_BEHEREN_OPSCHORTEN = ZaakRechten.TERMIJN_OPSCHORTEN.code();

    private static final String TERMIJN_BEHEREN_VERLENGEN = ZaakRechten.TERMIJN_VERLENGEN.code();

    private static final Set<Zaakstatus> OPEN = EnumSet.complementOf(EnumSet.of(GESLOTEN));

    public static final Stroom<Zaakstatus, Transitie, Meldingsoort, Termijneffect> STROOM =
            Stroom.<Zaakstatus, Transitie, Meldingsoort, Termijneffect>van(Zaakstatus.class, Transitie.class)
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
                    .effectVolgens(soort -> new Start(
                            Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER,
                            soort == Meldingsoort.CALAMITEIT ? Vanaf.ONTVANGST : Vanaf.STAP))
                    // a calamity is always investigated by the provider first
                    .stap(NEEM_IN_BEOORDELING)
                    .vanaf(IN_TRIAGE)
                    .naar(IN_BEOORDELING)
                    .door(BEHANDELEN)
                    .alleenAls(soort -> soort != Meldingsoort.CALAMITEIT, "zaak.calamiteit-eerst-onderzoek")
                    .effect(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP))
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
                    .stap(SLUIT)
                    .vanaf(IN_TRIAGE, IN_BEOORDELING)
                    .naar(GESLOTEN)
                    .door(BEHANDELEN)
                    .effect(new Stop())
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
                    .bouw();

    private Zaakstroom() {}
}
