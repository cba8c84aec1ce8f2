package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.toezicht.kern.Stroom.Bezwaar;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.Termijneffect.Start;
import nl.toezicht.zaken.Termijneffect.Stop;
import nl.toezicht.zaken.Termijneffect.Vanaf;
import org.junit.jupiter.api.Test;

/**
 * The case flow as declared, against the table of decision 0011, for every kind of notification, every
 * state and every step (the system's steps too): where it is allowed, where it leads, which clock it starts.
 */
class ZaakstroomTest {

    private static final Set<Zaakstatus> OPEN = EnumSet.complementOf(EnumSet.of(Zaakstatus.GESLOTEN));

    /** Decision 0011, written out again on purpose: the flow must agree with it. */
    private static Zaakstatus verwacht(Transitie stap, Zaakstatus van, Meldingsoort soort) {
        return switch (stap) {
            case OPENEN -> null;
            case START_TRIAGE -> van == Zaakstatus.ONTVANGEN ? Zaakstatus.IN_TRIAGE : null;
            case VRAAG_ONDERZOEK_AAN ->
                van == Zaakstatus.IN_TRIAGE ? Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER : null;
            case NEEM_IN_BEOORDELING ->
                van == Zaakstatus.IN_TRIAGE && soort != Meldingsoort.CALAMITEIT ? Zaakstatus.IN_BEOORDELING : null;
            case ONTVANG_ONDERZOEK ->
                van == Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER ? Zaakstatus.IN_BEOORDELING : null;
            case VRAAG_AANVULLING_AAN ->
                van == Zaakstatus.IN_BEOORDELING ? Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER : null;
            case SLUIT -> van == Zaakstatus.IN_TRIAGE || van == Zaakstatus.IN_BEOORDELING ? Zaakstatus.GESLOTEN : null;
            case SAMENVOEGEN -> OPEN.contains(van) ? Zaakstatus.GESLOTEN : null;
            case TOEWIJZEN -> OPEN.contains(van) ? van : null;
            case KOPPELEN -> van;
            // the case's clock is suspended, resumed or extended in any open state; its kind decides the rest
            case TERMIJN_OPSCHORTEN, TERMIJN_HERVATTEN, TERMIJN_VERLENGEN -> OPEN.contains(van) ? van : null;
            // four eyes (decision 0060): ask from where SLUIT closed, a second person approves or sends back
            case VRAAG_SLUITEN_AAN ->
                van == Zaakstatus.IN_TRIAGE || van == Zaakstatus.IN_BEOORDELING
                        ? Zaakstatus.SLUITEN_TER_BEOORDELING
                        : null;
            case KEUR_SLUITEN_GOED -> van == Zaakstatus.SLUITEN_TER_BEOORDELING ? Zaakstatus.GESLOTEN : null;
            case STUUR_TERUG_NAAR_TRIAGE -> van == Zaakstatus.SLUITEN_TER_BEOORDELING ? Zaakstatus.IN_TRIAGE : null;
            case STUUR_TERUG_NAAR_BEOORDELING ->
                van == Zaakstatus.SLUITEN_TER_BEOORDELING ? Zaakstatus.IN_BEOORDELING : null;
            case HEROPEN -> van == Zaakstatus.GESLOTEN ? Zaakstatus.IN_BEOORDELING : null;
            case NOTEREN, TAAK_AFRONDEN, TAAK_ANNULEREN -> van;
            // the reporter's later addition (issue 13 item 10) is recorded in any state
            case AANVULLING_ONTVANGEN -> van;
            case TAAK_TOEWIJZEN -> OPEN.contains(van) ? van : null;
            // issue 13 items 7 and 8: an open case moves to another department; a notification is split off in any
            // state (a closed case never handled it), the state of each case stays
            case OVERDRAGEN -> OPEN.contains(van) ? van : null;
            case AFSPLITSEN -> van;
            // issue 12 item 7: only the history import writes it, beside the flow; no step takes it anywhere
            case SAMENVATTING_GEIMPORTEERD -> null;
        };
    }

    @Test
    void everyStepFromEveryStateForEveryKindFollowsDecision0011() {
        int toegestaan = 0;
        for (Meldingsoort soort : Meldingsoort.values()) {
            for (Zaakstatus van : Zaakstatus.values()) {
                for (Transitie stap : Transitie.values()) {
                    Zaakstatus naar = verwacht(stap, van, soort);
                    var bezwaar = Zaakstroom.STROOM.toets(stap, van, Zaakstroom.Kenmerken.van(soort));
                    String geval = soort + ": " + van + " + " + stap;
                    if (naar == null) {
                        assertThat(bezwaar).as(geval).isPresent();
                    } else {
                        assertThat(bezwaar).as(geval).isEmpty();
                        assertThat(Zaakstroom.STROOM.neem(
                                        stap,
                                        van,
                                        Zaakstroom.Kenmerken.van(soort),
                                        b -> new IllegalStateException(b.toString())))
                                .as(geval)
                                .isEqualTo(naar);
                        toegestaan++;
                    }
                }
            }
        }
        assertThat(toegestaan).isPositive();
    }

    @Test
    void aCalamityIsInvestigatedByTheProviderFirst() {
        assertThat(Zaakstroom.STROOM.toets(
                        Transitie.NEEM_IN_BEOORDELING, Zaakstatus.IN_TRIAGE, k(Meldingsoort.CALAMITEIT)))
                .contains(new Bezwaar.Geweigerd<>(Transitie.NEEM_IN_BEOORDELING, "zaak.calamiteit-eerst-onderzoek"));
        // closing is no plain step any more: it is asked for through a command of its own (four eyes)
        assertThat(Zaakstroom.STROOM.toegestaan(Zaakstatus.IN_TRIAGE, k(Meldingsoort.CALAMITEIT)))
                .containsExactly(Transitie.VRAAG_ONDERZOEK_AAN);
        assertThat(Zaakstroom.STROOM.toegestaan(Zaakstatus.IN_TRIAGE, k(Meldingsoort.KLACHT_OF_SIGNAAL)))
                .containsExactly(Transitie.VRAAG_ONDERZOEK_AAN, Transitie.NEEM_IN_BEOORDELING);
    }

    private static Zaakstroom.Kenmerken k(Meldingsoort soort) {
        return Zaakstroom.Kenmerken.van(soort);
    }

    private static Zaakstroom.Kenmerken wachtend(
            Zaakstatus vanuit, String gevraagdDoor, String door, boolean vanAfdeling) {
        return new Zaakstroom.Kenmerken(Meldingsoort.KLACHT_OF_SIGNAAL, vanuit, gevraagdDoor, door, vanAfdeling);
    }

    @Test
    void whoAskedToCloseDoesNotApproveOrSendBack() {
        var zelf = wachtend(Zaakstatus.IN_BEOORDELING, "anna", "anna", true);
        assertThat(Zaakstroom.STROOM.toets(Transitie.KEUR_SLUITEN_GOED, Zaakstatus.SLUITEN_TER_BEOORDELING, zelf))
                .contains(new Bezwaar.Geweigerd<>(Transitie.KEUR_SLUITEN_GOED, "zaak.sluiten.vier-ogen"));
        assertThat(Zaakstroom.STROOM.toets(
                        Transitie.STUUR_TERUG_NAAR_BEOORDELING, Zaakstatus.SLUITEN_TER_BEOORDELING, zelf))
                .contains(new Bezwaar.Geweigerd<>(Transitie.STUUR_TERUG_NAAR_BEOORDELING, "zaak.sluiten.vier-ogen"));
        var ander = wachtend(Zaakstatus.IN_BEOORDELING, "anna", "bram", true);
        assertThat(Zaakstroom.STROOM.toets(Transitie.KEUR_SLUITEN_GOED, Zaakstatus.SLUITEN_TER_BEOORDELING, ander))
                .isEmpty();
    }

    @Test
    void aSecondPersonFromAnotherDepartmentDoesNotReview() {
        var elders = wachtend(Zaakstatus.IN_TRIAGE, "anna", "bram", false);
        assertThat(Zaakstroom.STROOM.toets(Transitie.KEUR_SLUITEN_GOED, Zaakstatus.SLUITEN_TER_BEOORDELING, elders))
                .contains(new Bezwaar.Geweigerd<>(Transitie.KEUR_SLUITEN_GOED, "zaak.sluiten.andere-afdeling"));
        assertThat(Zaakstroom.STROOM.toets(Transitie.HEROPEN, Zaakstatus.GESLOTEN, elders))
                .contains(new Bezwaar.Geweigerd<>(Transitie.HEROPEN, "zaak.heropenen.andere-afdeling"));
    }

    @Test
    void aClosingSentBackReturnsWhereItWasAskedFrom() {
        var uitTriage = wachtend(Zaakstatus.IN_TRIAGE, "anna", "bram", true);
        assertThat(Zaakstroom.STROOM.toets(
                        Transitie.STUUR_TERUG_NAAR_TRIAGE, Zaakstatus.SLUITEN_TER_BEOORDELING, uitTriage))
                .isEmpty();
        assertThat(Zaakstroom.STROOM.toets(
                        Transitie.STUUR_TERUG_NAAR_BEOORDELING, Zaakstatus.SLUITEN_TER_BEOORDELING, uitTriage))
                .isPresent();
        var uitBeoordeling = wachtend(Zaakstatus.IN_BEOORDELING, "anna", "bram", true);
        assertThat(Zaakstroom.STROOM.toets(
                        Transitie.STUUR_TERUG_NAAR_TRIAGE, Zaakstatus.SLUITEN_TER_BEOORDELING, uitBeoordeling))
                .isPresent();
    }

    @Test
    void aCaseOpensOnlyAtTheStartOfItsHistory() {
        assertThat(Zaakstroom.STROOM.beginstap()).isEqualTo(Transitie.OPENEN);
        assertThat(Zaakstroom.STROOM.neem(
                        Transitie.OPENEN, null, k(Meldingsoort.OVERIG), b -> new IllegalStateException(b.toString())))
                .isEqualTo(Zaakstatus.ONTVANGEN);
        assertThat(Zaakstroom.STROOM.toets(Transitie.START_TRIAGE, null, k(Meldingsoort.OVERIG)))
                .contains(new Bezwaar.GeenBegin<>(Transitie.START_TRIAGE));
    }

    @Test
    void theStepsSetTheLegalClocksOfDecision0011() {
        var calamiteit = k(Meldingsoort.CALAMITEIT);
        var klacht = k(Meldingsoort.KLACHT_OF_SIGNAAL);
        assertThat(Zaakstroom.STROOM.effect(Transitie.OPENEN, klacht))
                .isEqualTo(new Start(Termijnsoort.TRIAGE, Vanaf.ONTVANGST));
        assertThat(Zaakstroom.STROOM.effect(Transitie.START_TRIAGE, klacht)).isNull();
        // Wkkgz: 8 weeks from receipt for a calamity, from the request for other kinds
        assertThat(Zaakstroom.STROOM.effect(Transitie.VRAAG_ONDERZOEK_AAN, calamiteit))
                .isEqualTo(new Start(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, Vanaf.ONTVANGST));
        assertThat(Zaakstroom.STROOM.effect(Transitie.VRAAG_ONDERZOEK_AAN, klacht))
                .isEqualTo(new Start(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, Vanaf.STAP));
        assertThat(Zaakstroom.STROOM.effect(Transitie.NEEM_IN_BEOORDELING, klacht))
                .isEqualTo(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP));
        assertThat(Zaakstroom.STROOM.effect(Transitie.ONTVANG_ONDERZOEK, calamiteit))
                .isEqualTo(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP));
        assertThat(Zaakstroom.STROOM.effect(Transitie.VRAAG_AANVULLING_AAN, calamiteit))
                .isEqualTo(new Start(Termijnsoort.AANVULLING_ZORGAANBIEDER, Vanaf.STAP));
        assertThat(Zaakstroom.STROOM.effect(Transitie.SLUIT, klacht)).isEqualTo(new Stop());
        assertThat(Zaakstroom.STROOM.effect(Transitie.SAMENVOEGEN, klacht)).isEqualTo(new Stop());
        assertThat(Zaakstroom.STROOM.effect(Transitie.TOEWIJZEN, klacht)).isNull();
        // four eyes: the clock runs on while the closing is reviewed and stops when it is approved
        assertThat(Zaakstroom.STROOM.effect(Transitie.VRAAG_SLUITEN_AAN, klacht))
                .isNull();
        assertThat(Zaakstroom.STROOM.effect(Transitie.STUUR_TERUG_NAAR_BEOORDELING, klacht))
                .isNull();
        assertThat(Zaakstroom.STROOM.effect(Transitie.KEUR_SLUITEN_GOED, klacht))
                .isEqualTo(new Stop());
        // reopened: assessed anew against a new assessment clock from the reopening (decision 0060)
        assertThat(Zaakstroom.STROOM.effect(Transitie.HEROPEN, calamiteit))
                .isEqualTo(new Start(Termijnsoort.BEOORDELING, Vanaf.STAP));
        assertThat(Zaakstroom.STROOM.effect(Transitie.NOTEREN, klacht)).isNull();
    }

    @Test
    void staffTakeTheirStepsWithTheRightToHandleCasesAndTheSystemItsOwn() {
        for (Transitie stap : Transitie.values()) {
            var overgang = Zaakstroom.STROOM.overgang(stap);
            if (stap == Transitie.OPENEN
                    || stap == Transitie.SAMENVOEGEN
                    || stap == Transitie.KOPPELEN
                    || stap == Transitie.AANVULLING_ONTVANGEN
                    || stap == Transitie.SLUIT
                    || stap == Transitie.SAMENVATTING_GEIMPORTEERD) {
                assertThat(overgang.isDoorSysteem()).as(stap.name()).isTrue();
            } else if (stap == Transitie.TERMIJN_OPSCHORTEN || stap == Transitie.TERMIJN_HERVATTEN) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.TERMIJN_OPSCHORTEN.code());
                assertThat(stap.isHandmatig()).isFalse();
            } else if (stap == Transitie.TERMIJN_VERLENGEN) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.TERMIJN_VERLENGEN.code());
                assertThat(stap.isHandmatig()).isFalse();
            } else if (stap == Transitie.KEUR_SLUITEN_GOED
                    || stap == Transitie.STUUR_TERUG_NAAR_TRIAGE
                    || stap == Transitie.STUUR_TERUG_NAAR_BEOORDELING) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.SLUITEN_BEOORDELEN.code());
            } else if (stap == Transitie.HEROPEN) {
                assertThat(overgang.recht()).isEqualTo(ZaakRechten.HEROPENEN.code());
            } else if (stap == Transitie.NOTEREN) {
                assertThat(overgang.recht()).isEqualTo(ZaakRechten.NOTEREN.code());
            } else if (stap == Transitie.TAAK_TOEWIJZEN) {
                assertThat(overgang.recht()).isEqualTo(ZaakRechten.TAKEN_TOEWIJZEN.code());
            } else if (stap == Transitie.TAAK_AFRONDEN || stap == Transitie.TAAK_ANNULEREN) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.TAKEN_AFHANDELEN.code());
            } else if (stap == Transitie.OVERDRAGEN) {
                assertThat(overgang.recht()).isEqualTo(ZaakRechten.OVERDRAGEN.code());
                assertThat(stap.isHandmatig()).isFalse();
            } else if (stap == Transitie.AFSPLITSEN) {
                assertThat(overgang.recht()).isEqualTo(ZaakRechten.SPLITSEN.code());
                assertThat(stap.isHandmatig()).isFalse();
            } else {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(Zaakstroom.BEHANDELEN);
            }
        }
        // an assignment needs a name: it has a command of its own and is no plain step
        assertThat(Transitie.TOEWIJZEN.isHandmatig()).isFalse();
    }

    @Test
    void theReporterSeesReceivedThenInProgressThenHandled() {
        assertThat(Zaakstatus.ONTVANGEN.meldingstatus()).isEqualTo(Meldingstatus.ONTVANGEN);
        for (Zaakstatus status : EnumSet.of(
                Zaakstatus.IN_TRIAGE,
                Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
                Zaakstatus.IN_BEOORDELING,
                Zaakstatus.SLUITEN_TER_BEOORDELING)) {
            assertThat(status.meldingstatus()).isEqualTo(Meldingstatus.IN_BEHANDELING);
        }
        assertThat(Zaakstatus.GESLOTEN.meldingstatus()).isEqualTo(Meldingstatus.AFGEHANDELD);
    }
}
