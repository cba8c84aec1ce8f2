package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.toezicht.kern.Stroom.Bezwaar;
import nl.toezicht.kern.Stroom.Herspeeld;
import org.junit.jupiter.api.Test;

/**
 * The generic flow on its own, with a flow that is not the case flow: an enforcement measure that is
 * announced, decided only after the party gave its view, and may be withdrawn while not decided.
 */
class StroomTest {

    enum Status {
        CONCEPT,
        VOORNEMEN,
        BESLOTEN,
        INGETROKKEN
    }

    enum Stap {
        MAAK,
        KONDIG_AAN,
        BESLUIT,
        TREK_IN,
        NOTEER,
        ARCHIVEER
    }

    /** What the rules look at. */
    record Maatregel(boolean zienswijzeOntvangen, boolean spoed) {}

    static final Maatregel GEWOON = new Maatregel(false, false);
    static final Maatregel MET_ZIENSWIJZE = new Maatregel(true, false);

    static final Stroom<Status, Stap, Maatregel, String> STROOM = Stroom.<Status, Stap, Maatregel, String>van(
                    Status.class, Stap.class)
            .begin(Stap.MAAK, Status.CONCEPT)
            .door("MAATREGEL_OPSTELLEN")
            .effect("geen klok")
            .stap(Stap.KONDIG_AAN)
            .vanaf(Status.CONCEPT)
            .naar(Status.VOORNEMEN)
            .door("MAATREGEL_OPSTELLEN")
            .effectVolgens(m -> m.spoed() ? "zienswijze 1 week" : "zienswijze 2 weken")
            .stap(Stap.BESLUIT)
            .vanaf(Status.VOORNEMEN)
            .naar(Status.BESLOTEN)
            .door("MAATREGEL_BESLUITEN")
            .alleenAls(Maatregel::zienswijzeOntvangen, "maatregel.eerst-zienswijze")
            .effect("bezwaartermijn 6 weken")
            .stap(Stap.TREK_IN)
            .vanaf(Status.CONCEPT, Status.VOORNEMEN)
            .naar(Status.INGETROKKEN)
            .door("MAATREGEL_BESLUITEN")
            .stap(Stap.NOTEER)
            .vanaf(Status.CONCEPT, Status.VOORNEMEN, Status.BESLOTEN)
            .blijft()
            .door("MAATREGEL_OPSTELLEN")
            .eigenOpdracht()
            .stap(Stap.ARCHIVEER)
            .vanaf(Status.BESLOTEN, Status.INGETROKKEN)
            .blijft()
            .doorSysteem()
            .bouw();

    @Test
    void aStepIsTakenOnlyFromItsStatesAndLeadsToItsState() {
        assertThat(STROOM.neem(Stap.KONDIG_AAN, Status.CONCEPT, GEWOON, Fout::new))
                .isEqualTo(Status.VOORNEMEN);
        assertThat(STROOM.neem(Stap.TREK_IN, Status.VOORNEMEN, GEWOON, Fout::new))
                .isEqualTo(Status.INGETROKKEN);
        assertThat(STROOM.toets(Stap.KONDIG_AAN, Status.VOORNEMEN, GEWOON))
                .contains(new Bezwaar.NietVanuit<>(Stap.KONDIG_AAN, Status.VOORNEMEN));
        assertThatThrownBy(() -> STROOM.neem(Stap.TREK_IN, Status.BESLOTEN, GEWOON, Fout::new))
                .isInstanceOfSatisfying(
                        Fout.class,
                        f -> assertThat(f.bezwaar).isEqualTo(new Bezwaar.NietVanuit<>(Stap.TREK_IN, Status.BESLOTEN)));
    }

    @Test
    void aStepThatKeepsTheStateLeadsToTheStateItWasTakenFrom() {
        for (Status status : List.of(Status.CONCEPT, Status.VOORNEMEN, Status.BESLOTEN)) {
            assertThat(STROOM.neem(Stap.NOTEER, status, GEWOON, Fout::new)).isEqualTo(status);
        }
        assertThat(STROOM.toets(Stap.NOTEER, Status.INGETROKKEN, GEWOON)).isPresent();
    }

    @Test
    void aRuleRefusesWithItsKeyAfterTheStateIsChecked() {
        assertThat(STROOM.toets(Stap.BESLUIT, Status.VOORNEMEN, GEWOON))
                .contains(new Bezwaar.Geweigerd<>(Stap.BESLUIT, "maatregel.eerst-zienswijze"));
        assertThat(STROOM.toets(Stap.BESLUIT, Status.VOORNEMEN, MET_ZIENSWIJZE)).isEmpty();
        // from a wrong state the state is what is wrong, whatever the rule says
        assertThat(STROOM.toets(Stap.BESLUIT, Status.CONCEPT, GEWOON))
                .contains(new Bezwaar.NietVanuit<>(Stap.BESLUIT, Status.CONCEPT));
    }

    @Test
    void theOpeningStepIsTakenOnlyWithoutAState() {
        assertThat(STROOM.beginstap()).isEqualTo(Stap.MAAK);
        assertThat(STROOM.neem(Stap.MAAK, null, GEWOON, Fout::new)).isEqualTo(Status.CONCEPT);
        assertThat(STROOM.toets(Stap.MAAK, Status.CONCEPT, GEWOON))
                .contains(new Bezwaar.NietVanuit<>(Stap.MAAK, Status.CONCEPT));
        assertThat(STROOM.toets(Stap.KONDIG_AAN, null, GEWOON)).contains(new Bezwaar.GeenBegin<>(Stap.KONDIG_AAN));
    }

    @Test
    void effectsAreDataOfTheStepAndMayDependOnTheAggregate() {
        assertThat(STROOM.effect(Stap.MAAK, GEWOON)).isEqualTo("geen klok");
        assertThat(STROOM.effect(Stap.KONDIG_AAN, GEWOON)).isEqualTo("zienswijze 2 weken");
        assertThat(STROOM.effect(Stap.KONDIG_AAN, new Maatregel(false, true))).isEqualTo("zienswijze 1 week");
        assertThat(STROOM.effect(Stap.TREK_IN, GEWOON)).isNull();
    }

    @Test
    void offeredAreThePlainStepsPeopleTakeThatTheStateAndTheRulesAllow() {
        assertThat(STROOM.toegestaan(Status.CONCEPT, GEWOON)).containsExactly(Stap.KONDIG_AAN, Stap.TREK_IN);
        assertThat(STROOM.toegestaan(Status.VOORNEMEN, GEWOON)).containsExactly(Stap.TREK_IN);
        assertThat(STROOM.toegestaan(Status.VOORNEMEN, MET_ZIENSWIJZE)).containsExactly(Stap.BESLUIT, Stap.TREK_IN);
        // a system step and a step with a command of its own are never offered
        assertThat(STROOM.toegestaan(Status.BESLOTEN, MET_ZIENSWIJZE)).isEmpty();
        assertThat(STROOM.toegestaan(Status.VOORNEMEN, MET_ZIENSWIJZE, "MAATREGEL_OPSTELLEN"::equals))
                .isEmpty();
        assertThat(STROOM.toegestaan(Status.CONCEPT, GEWOON, "MAATREGEL_OPSTELLEN"::equals))
                .containsExactly(Stap.KONDIG_AAN);
    }

    @Test
    void whoTakesAStepIsOneField() {
        assertThat(STROOM.overgang(Stap.BESLUIT).recht()).isEqualTo("MAATREGEL_BESLUITEN");
        assertThat(STROOM.overgang(Stap.ARCHIVEER).recht()).isNull();
        assertThat(STROOM.overgang(Stap.ARCHIVEER).isDoorSysteem()).isTrue();
        assertThat(STROOM.overgang(Stap.NOTEER).aangeboden()).isFalse();
        assertThat(STROOM.overgang(Stap.NOTEER).isDoorSysteem()).isFalse();
    }

    @Test
    void aRecordedHistoryIsReplayedWithTheStatesAroundEachStep() {
        List<Herspeeld<Status, Stap>> tijdlijn = STROOM.herspeel(
                List.of(Stap.MAAK, Stap.NOTEER, Stap.KONDIG_AAN, Stap.BESLUIT, Stap.ARCHIVEER),
                MET_ZIENSWIJZE,
                (i, b) -> new IllegalStateException(i + " " + b));
        assertThat(tijdlijn)
                .containsExactly(
                        new Herspeeld<>(Stap.MAAK, null, Status.CONCEPT),
                        new Herspeeld<>(Stap.NOTEER, Status.CONCEPT, Status.CONCEPT),
                        new Herspeeld<>(Stap.KONDIG_AAN, Status.CONCEPT, Status.VOORNEMEN),
                        new Herspeeld<>(Stap.BESLUIT, Status.VOORNEMEN, Status.BESLOTEN),
                        new Herspeeld<>(Stap.ARCHIVEER, Status.BESLOTEN, Status.BESLOTEN));
    }

    @Test
    void aReplayIsRefusedAtTheFirstStepTheFlowDoesNotAllow() {
        assertThat(weigering(List.of(Stap.KONDIG_AAN), GEWOON))
                .isEqualTo("0 " + new Bezwaar.GeenBegin<>(Stap.KONDIG_AAN));
        assertThat(weigering(List.of(Stap.MAAK, Stap.MAAK), GEWOON))
                .isEqualTo("1 " + new Bezwaar.NietVanuit<>(Stap.MAAK, Status.CONCEPT));
        assertThat(weigering(List.of(Stap.MAAK, Stap.KONDIG_AAN, Stap.BESLUIT, Stap.TREK_IN), GEWOON))
                .isEqualTo("2 " + new Bezwaar.Geweigerd<>(Stap.BESLUIT, "maatregel.eerst-zienswijze"));
        assertThat(weigering(List.of(Stap.MAAK, Stap.KONDIG_AAN, Stap.BESLUIT, Stap.TREK_IN), MET_ZIENSWIJZE))
                .isEqualTo("3 " + new Bezwaar.NietVanuit<>(Stap.TREK_IN, Status.BESLOTEN));
    }

    private static String weigering(List<Stap> stappen, Maatregel maatregel) {
        try {
            STROOM.herspeel(stappen, maatregel, (i, b) -> new IllegalStateException(i + " " + b));
            return "geen";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Test
    void aReplayStepByStepLetsTheCallerCheckItsOwnThingsInBetween() {
        var herspeling = STROOM.herspeling(GEWOON);
        assertThat(herspeling.status()).isNull();
        herspeling.volg(Stap.MAAK, Fout::new);
        assertThat(herspeling.status()).isEqualTo(Status.CONCEPT);
        herspeling.volg(Stap.TREK_IN, Fout::new);
        assertThat(herspeling.status()).isEqualTo(Status.INGETROKKEN);
        assertThatThrownBy(() -> herspeling.volg(Stap.KONDIG_AAN, Fout::new)).isInstanceOf(Fout.class);
        assertThat(herspeling.status()).isEqualTo(Status.INGETROKKEN);
    }

    @Test
    void aFlowMustDeclareEveryStepOnceWithOneOpeningStep() {
        assertThat(bouwfout(b -> b.begin(Stap.MAAK, Status.CONCEPT).door("R"))).contains("steps without a declaration");
        assertThat(bouwfout(b -> {
                    b.stap(Stap.MAAK).vanaf(Status.CONCEPT).naar(Status.CONCEPT).door("R");
                    alleBehalveBegin(b);
                }))
                .contains("needs an opening step");
        assertThat(bouwfout(b -> {
                    b.begin(Stap.MAAK, Status.CONCEPT).door("R");
                    b.begin(Stap.MAAK, Status.CONCEPT).door("R");
                }))
                .contains("one opening step");
        assertThat(bouwfout(b -> {
                    b.begin(Stap.MAAK, Status.CONCEPT).door("R");
                    alleBehalveBegin(b);
                    b.stap(Stap.NOTEER).vanaf(Status.CONCEPT).blijft().door("R");
                }))
                .contains("declared twice");
    }

    @Test
    void aStepDeclaresOneTargetOneKindOfTakerAndAStateToStartFrom() {
        assertThat(bouwfout(b -> b.begin(Stap.MAAK, Status.CONCEPT))).contains("door(recht) or doorSysteem()");
        assertThat(bouwfout(b -> b.begin(Stap.MAAK, Status.CONCEPT).door("R").doorSysteem()))
                .contains("door(recht) or doorSysteem()");
        assertThat(bouwfout(b -> b.begin(Stap.MAAK, Status.CONCEPT).blijft().door("R")))
                .contains("naar(...) or blijft()");
        assertThat(bouwfout(b -> {
                    b.begin(Stap.MAAK, Status.CONCEPT).door("R");
                    for (Stap s : List.of(Stap.KONDIG_AAN, Stap.BESLUIT, Stap.TREK_IN, Stap.NOTEER)) {
                        b.stap(s).vanaf(Status.CONCEPT).blijft().door("R");
                    }
                    b.stap(Stap.ARCHIVEER).naar(Status.BESLOTEN).doorSysteem();
                }))
                .contains("ARCHIVEER is taken from no state");
    }

    private static void alleBehalveBegin(Stroom.Bouwer<Status, Stap, Maatregel, String> b) {
        for (Stap s : List.of(Stap.KONDIG_AAN, Stap.BESLUIT, Stap.TREK_IN, Stap.NOTEER, Stap.ARCHIVEER)) {
            b.stap(s).vanaf(Status.CONCEPT).blijft().door("R");
        }
    }

    private static String bouwfout(
            java.util.function.Consumer<Stroom.Bouwer<Status, Stap, Maatregel, String>> declaratie) {
        Stroom.Bouwer<Status, Stap, Maatregel, String> bouwer =
                Stroom.<Status, Stap, Maatregel, String>van(Status.class, Stap.class);
        try {
            declaratie.accept(bouwer);
            bouwer.bouw();
            return "gebouwd";
        } catch (IllegalStateException e) {
            return Optional.ofNullable(e.getMessage()).orElse("");
        }
    }

    static final class Fout extends RuntimeException {
        final Bezwaar<?, ?> bezwaar;

        Fout(Bezwaar<?, ?> bezwaar) {
            super(bezwaar.toString());
            this.bezwaar = bezwaar;
        }
    }
}
