package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;

/** The measure's own rules and its flow per kind, without Spring. */
class MaatregelTest {

    static final LocalDate DAG = LocalDate.of(2026, 3, 2);
    static final Instant OP = Instant.parse("2026-03-02T09:00:00Z");
    static final BigDecimal MAX = new BigDecimal("1000000.00");

    static Maatregel een(Maatregelsoort soort, Maatregel.Geld geld) {
        return Maatregel.stelOp(
                "H-2026-000001",
                soort,
                Zorgsector.GGZ,
                UUID.randomUUID(),
                null,
                null,
                new Maatregel.Inhoud(
                        Aanleiding.SIGNAAL, null, "Wkkgz", "art. 27", "Onvoldoende toezicht op medicatie."),
                geld,
                soort == Maatregelsoort.BESTUURLIJKE_BOETE ? DAG : null,
                MAX,
                "jurist",
                OP,
                DAG);
    }

    static Maatregel.Geld dwangsom(String bedrag, String maximum) {
        return new Maatregel.Geld(new BigDecimal(bedrag), Dwangsomeenheid.PER_DAG, new BigDecimal(maximum));
    }

    @Test
    void anInstructionGoesFromIntentionThroughDecisionAndComplianceToLifted() {
        Maatregel m = een(Maatregelsoort.AANWIJZING, Maatregel.Geld.GEEN);
        assertThat(m.toegestaan(DAG, r -> true))
                .contains(Maatregelstap.VOORNEMEN_VERZENDEN, Maatregelstap.INTREKKEN)
                .doesNotContain(Maatregelstap.BESLUIT_VERZENDEN, Maatregelstap.OPHEFFEN);
        assertThat(m.verzonden(Maatregelstap.VOORNEMEN_VERZENDEN, DAG, "jurist", OP)
                        .start())
                .containsExactly(Klokeffect.ZIENSWIJZE);
        Klokeffect besluit = m.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG.plusWeeks(3), "jurist", OP);
        assertThat(besluit.start()).containsExactly(Klokeffect.BEZWAARTERMIJN, Klokeffect.NALEVING);
        assertThat(besluit.stop()).contains(Klokeffect.ZIENSWIJZE);
        // not lifted before compliance was checked
        assertThat(m.kan(Maatregelstap.OPHEFFEN, DAG)).isFalse();
        m.neem(Maatregelstap.NALEVING_VASTSTELLEN, DAG.plusWeeks(10), "jurist", OP, null);
        m.neem(Maatregelstap.OPHEFFEN, DAG.plusWeeks(11), "jurist", OP, null);
        assertThat(m.status()).isEqualTo(Maatregelstatus.OPGEHEVEN);
        assertThat(m.besluitOp()).isEqualTo(DAG.plusWeeks(3));
        assertThat(m.beeindigdOp()).isEqualTo(DAG.plusWeeks(11));
        assertThat(m.nieuweStappen())
                .extracting(Maatregelstapregel::stap)
                .containsExactly(
                        Maatregelstap.OPSTELLEN,
                        Maatregelstap.VOORNEMEN_VERZENDEN,
                        Maatregelstap.BESLUIT_VERZENDEN,
                        Maatregelstap.NALEVING_VASTSTELLEN,
                        Maatregelstap.OPHEFFEN);
    }

    @Test
    void aWarningIsDecidedWithoutIntentionAndHasNoObjection() {
        Maatregel m = een(Maatregelsoort.WAARSCHUWING, Maatregel.Geld.GEEN);
        assertThat(m.kan(Maatregelstap.VOORNEMEN_VERZENDEN, DAG)).isFalse();
        assertThat(m.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP)
                        .start())
                .isEmpty();
        assertThat(m.kan(Maatregelstap.BEZWAAR_ONTVANGEN, DAG)).isFalse();
        // a warning has no penalty to forfeit: refused in words, not a failure
        assertThatThrownBy(() -> m.stelVerbeurteVast(1, DAG, "jurist", OP))
                .isInstanceOfSatisfying(
                        Weigering.class,
                        w -> assertThat(w.berichtSleutel()).isEqualTo("maatregel.stap.niet-voor-soort"));
        assertThatThrownBy(() -> m.ontvangBezwaar(DAG, DAG, "jurist", OP))
                .isInstanceOfSatisfying(
                        Weigering.class,
                        w -> assertThat(w.berichtSleutel()).isEqualTo("maatregel.bezwaar.geen-besluit"));
    }

    @Test
    void aFineStartsItsThirteenWeeksAtTheReportAndInvoicesItsAmountOnTheDecision() {
        Maatregel m =
                een(Maatregelsoort.BESTUURLIJKE_BOETE, new Maatregel.Geld(new BigDecimal("12500.50"), null, null));
        assertThat(Maatregelstroom.STROOM
                        .effect(Maatregelstap.OPSTELLEN, new Maatregelstroom.Toets(m, DAG))
                        .start())
                .containsExactly(Klokeffect.BOETEBESLUIT);
        m.verzonden(Maatregelstap.VOORNEMEN_VERZENDEN, DAG, "jurist", OP);
        assertThat(m.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG.plusWeeks(4), "jurist", OP)
                        .stop())
                .contains(Klokeffect.BOETEBESLUIT);
        assertThat(m.gefactureerd()).isEqualByComparingTo("12500.50");
        assertThat(m.kan(Maatregelstap.AFRONDEN, DAG)).isFalse();
        m.legBetalingVast(new BigDecimal("12000.00"), DAG, "jurist", OP);
        assertThatThrownBy(() -> m.legBetalingVast(new BigDecimal("500.51"), DAG, "jurist", OP))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("bedrag"));
        m.schrijfAf(new BigDecimal("0.50"), DAG, "jurist", OP, "afronding");
        m.legBetalingVast(new BigDecimal("500.00"), DAG, "jurist", OP);
        assertThat(m.openstaand()).isEqualByComparingTo("0");
        m.neem(Maatregelstap.AFRONDEN, DAG, "jurist", OP, null);
        assertThat(m.status()).isEqualTo(Maatregelstatus.AFGEROND);
    }

    @Test
    void aPenaltyIsForfeitedOnlyAfterTheGracePeriodAndNeverAboveItsMaximum() {
        Maatregel m = een(Maatregelsoort.LAST_ONDER_DWANGSOM, dwangsom("333.33", "1000.00"));
        m.verzonden(Maatregelstap.VOORNEMEN_VERZENDEN, DAG, "jurist", OP);
        m.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP);
        m.termijnen(DAG.plusWeeks(2), null);
        assertThatThrownBy(() -> m.stelVerbeurteVast(2, DAG.plusWeeks(2), "jurist", OP))
                .isInstanceOfSatisfying(
                        Weigering.class,
                        w -> assertThat(w.berichtSleutel())
                                .isEqualTo("maatregel.verbeurte.begunstigingstermijn-loopt"));
        assertThat(m.verbeurdeSom(2)).isEqualByComparingTo("666.66");
        assertThat(m.verbeurdeSom(3)).isEqualByComparingTo("999.99");
        assertThat(m.verbeurdeSom(4)).isEqualByComparingTo("1000.00");
        Klokeffect effect = m.stelVerbeurteVast(4, DAG.plusWeeks(2).plusDays(1), "jurist", OP);
        assertThat(effect.start()).containsExactly(Klokeffect.VERJARING);
        assertThat(m.verbeurd()).isEqualByComparingTo("1000.00");
        assertThat(m.gefactureerd()).isEqualByComparingTo("0");
        m.termijnen(null, DAG.plusWeeks(2).plusDays(1).plusYears(1));
        // the collection decision after the limitation is refused; on its last day it is not
        assertThat(m.kan(
                        Maatregelstap.INVORDERING_VERZENDEN,
                        DAG.plusWeeks(2).plusDays(2).plusYears(1)))
                .isFalse();
        assertThat(m.kan(
                        Maatregelstap.INVORDERING_VERZENDEN,
                        DAG.plusWeeks(2).plusDays(1).plusYears(1)))
                .isTrue();
        m.verzonden(Maatregelstap.INVORDERING_VERZENDEN, DAG.plusMonths(2), "jurist", OP);
        assertThat(m.gefactureerd()).isEqualByComparingTo("1000.00");
        assertThat(m.openstaand()).isEqualByComparingTo("1000.00");
    }

    @Test
    void moneyIsRefusedInFractionsOfCentsAboveItsMaximumAndOnKindsWithoutMoney() {
        assertThatThrownBy(() -> een(Maatregelsoort.LAST_ONDER_DWANGSOM, dwangsom("1500.00", "1000.00")))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo("bedrag");
                    assertThat(w.berichtSleutel()).isEqualTo("maatregel.bedrag.boven-maximum");
                });
        assertThatThrownBy(() -> een(
                        Maatregelsoort.BESTUURLIJKE_BOETE, new Maatregel.Geld(new BigDecimal("10.005"), null, null)))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.berichtSleutel()).isEqualTo("maatregel.bedrag.centen"));
        assertThatThrownBy(() -> een(
                        Maatregelsoort.BESTUURLIJKE_BOETE,
                        new Maatregel.Geld(new BigDecimal("1000000.01"), null, null)))
                .isInstanceOfSatisfying(
                        Weigering.class,
                        w -> assertThat(w.berichtSleutel()).isEqualTo("maatregel.bedrag.boven-maximum"));
        assertThatThrownBy(() -> een(Maatregelsoort.WAARSCHUWING, new Maatregel.Geld(new BigDecimal("10"), null, null)))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("bedrag"));
    }

    @Test
    void anObjectionUpheldSetsTheDecisionAsideAndLeavesNothingToCollect() {
        Maatregel m = een(Maatregelsoort.BESTUURLIJKE_BOETE, new Maatregel.Geld(new BigDecimal("5000"), null, null));
        m.verzonden(Maatregelstap.VOORNEMEN_VERZENDEN, DAG, "jurist", OP);
        m.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP);
        assertThat(m.kan(Maatregelstap.BEZWAAR_GEGROND, DAG)).isFalse();
        Klokeffect bezwaar = m.ontvangBezwaar(DAG.plusWeeks(5), DAG.plusWeeks(5), "jurist", OP);
        assertThat(bezwaar.stop()).containsExactly(Klokeffect.BEZWAARTERMIJN);
        assertThat(bezwaar.start()).containsExactly(Klokeffect.BESLISSING_OP_BEZWAAR);
        assertThat(m.kan(Maatregelstap.BEZWAAR_ONTVANGEN, DAG.plusWeeks(5))).isFalse();
        assertThat(m.beslisOpBezwaar(true, DAG.plusWeeks(9), "jurist", OP, "Overtreding niet bewezen.")
                        .stopAlle())
                .isTrue();
        assertThat(m.status()).isEqualTo(Maatregelstatus.HERROEPEN);
        assertThat(m.openstaand()).isEqualByComparingTo("0");
        assertThat(m.afgeschreven()).isEqualByComparingTo("5000");
    }

    @Test
    void everyKindReachesAnEndOfItsOwn() {
        Maatregel bevel = een(Maatregelsoort.BEVEL, Maatregel.Geld.GEEN);
        assertThat(bevel.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP)
                        .start())
                .containsExactly(Klokeffect.BEZWAARTERMIJN, Klokeffect.BEVEL);
        assertThat(bevel.kan(Maatregelstap.BEVEL_VERLENGEN, DAG)).isTrue();
        bevel.neem(Maatregelstap.OPHEFFEN, DAG, "jurist", OP, null);
        assertThat(bevel.status()).isEqualTo(Maatregelstatus.OPGEHEVEN);

        Maatregel vt = een(Maatregelsoort.VERSCHERPT_TOEZICHT, Maatregel.Geld.GEEN);
        vt.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP);
        assertThat(vt.kan(Maatregelstap.NALEVING_VASTSTELLEN, DAG)).isFalse();
        vt.neem(Maatregelstap.OPHEFFEN, DAG, "jurist", OP, null);
        assertThat(vt.status()).isEqualTo(Maatregelstatus.OPGEHEVEN);

        Maatregel klacht = een(Maatregelsoort.TUCHTKLACHT, Maatregel.Geld.GEEN);
        klacht.verzonden(Maatregelstap.BESLUIT_VERZENDEN, DAG, "jurist", OP);
        assertThat(klacht.kan(Maatregelstap.OPHEFFEN, DAG)).isFalse();
        klacht.neem(Maatregelstap.UITSPRAAK_VASTLEGGEN, DAG, "jurist", OP, "Berisping");
        assertThat(klacht.status()).isEqualTo(Maatregelstatus.AFGEROND);

        Maatregel ingetrokken = een(Maatregelsoort.AANWIJZING, Maatregel.Geld.GEEN);
        assertThat(ingetrokken
                        .neem(Maatregelstap.INTREKKEN, DAG, "jurist", OP, null)
                        .stopAlle())
                .isTrue();
        assertThatThrownBy(() -> ingetrokken.verzonden(Maatregelstap.VOORNEMEN_VERZENDEN, DAG, "jurist", OP))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.berichtSleutel()).isEqualTo("maatregel.stap.niet-vanuit"));
    }
}
