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
        };
    }

    @Test
    void everyStepFromEveryStateForEveryKindFollowsDecision0011() {
        int toegestaan = 0;
        for (Meldingsoort soort : Meldingsoort.values()) {
            for (Zaakstatus van : Zaakstatus.values()) {
                for (Transitie stap : Transitie.values()) {
                    Zaakstatus naar = verwacht(stap, van, soort);
                    var bezwaar = Zaakstroom.STROOM.toets(stap, van, soort);
                    String geval = soort + ": " + van + " + " + stap;
                    if (naar == null) {
                        assertThat(bezwaar).as(geval).isPresent();
                    } else {
                        assertThat(bezwaar).as(geval).isEmpty();
                        assertThat(Zaakstroom.STROOM.neem(
                                        stap, van, soort, b -> new IllegalStateException(b.toString())))
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
                        Transitie.NEEM_IN_BEOORDELING, Zaakstatus.IN_TRIAGE, Meldingsoort.CALAMITEIT))
                .contains(new Bezwaar.Geweigerd<>(Transitie.NEEM_IN_BEOORDELING, "zaak.calamiteit-eerst-onderzoek"));
        assertThat(Zaakstroom.STROOM.toegestaan(Zaakstatus.IN_TRIAGE, Meldingsoort.CALAMITEIT))
                .containsExactly(Transitie.VRAAG_ONDERZOEK_AAN, Transitie.SLUIT);
        assertThat(Zaakstroom.STROOM.toegestaan(Zaakstatus.IN_TRIAGE, Meldingsoort.KLACHT_OF_SIGNAAL))
                .containsExactly(Transitie.VRAAG_ONDERZOEK_AAN, Transitie.NEEM_IN_BEOORDELING, Transitie.SLUIT);
    }

    @Test
    void aCaseOpensOnlyAtTheStartOfItsHistory() {
        assertThat(Zaakstroom.STROOM.beginstap()).isEqualTo(Transitie.OPENEN);
        assertThat(Zaakstroom.STROOM.neem(
                        Transitie.OPENEN, null, Meldingsoort.OVERIG, b -> new IllegalStateException(b.toString())))
                .isEqualTo(Zaakstatus.ONTVANGEN);
        assertThat(Zaakstroom.STROOM.toets(Transitie.START_TRIAGE, null, Meldingsoort.OVERIG))
                .contains(new Bezwaar.GeenBegin<>(Transitie.START_TRIAGE));
    }

    @Test
    void theStepsSetTheLegalClocksOfDecision0011() {
        Meldingsoort calamiteit = Meldingsoort.CALAMITEIT;
        Meldingsoort klacht = Meldingsoort.KLACHT_OF_SIGNAAL;
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
    }

    @Test
    void staffTakeTheirStepsWithTheRightToHandleCasesAndTheSystemItsOwn() {
        for (Transitie stap : Transitie.values()) {
            var overgang = Zaakstroom.STROOM.overgang(stap);
            if (stap == Transitie.OPENEN || stap == Transitie.SAMENVOEGEN || stap == Transitie.KOPPELEN) {
                assertThat(overgang.isDoorSysteem()).as(stap.name()).isTrue();
            } else if (stap == Transitie.TERMIJN_OPSCHORTEN || stap == Transitie.TERMIJN_HERVATTEN) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.TERMIJN_OPSCHORTEN.code());
                assertThat(stap.isHandmatig()).isFalse();
            } else if (stap == Transitie.TERMIJN_VERLENGEN) {
                assertThat(overgang.recht()).as(stap.name()).isEqualTo(ZaakRechten.TERMIJN_VERLENGEN.code());
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
                Zaakstatus.IN_TRIAGE, Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER, Zaakstatus.IN_BEOORDELING)) {
            assertThat(status.meldingstatus()).isEqualTo(Meldingstatus.IN_BEHANDELING);
        }
        assertThat(Zaakstatus.GESLOTEN.meldingstatus()).isEqualTo(Meldingstatus.AFGEHANDELD);
    }
}
