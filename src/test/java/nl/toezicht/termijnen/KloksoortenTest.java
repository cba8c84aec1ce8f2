package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of clock computes its deadline as its law says, at Christmas, King's Day on a Sunday, Easter,
 * Ascension and Whitsun, the year end and the daylight-saving changes. Expected dates are worked out by
 * hand in the comments; "Atw" is the Algemene termijnenwet.
 */
class KloksoortenTest {

    private static final Kloksoorten SOORTEN = Kloksoorten.standaard();

    private static LocalDate vanaf(String soort, String startdatum) {
        return SOORTEN.uiterlijk(SOORTEN.soort(soort), Startpunt.datum(LocalDate.parse(startdatum)), null);
    }

    private static LocalDate vanafMoment(String soort, String moment) {
        return SOORTEN.uiterlijk(SOORTEN.soort(soort), Startpunt.moment(Instant.parse(moment)), null);
    }

    @Test
    void theRegistryHoldsTheCaseClocksAndTheKindsTheComingModulesNeed() {
        assertThat(SOORTEN.alle())
                .extracting(Kloksoort::code)
                .contains(
                        "TRIAGE",
                        "MELDING_CALAMITEIT",
                        "ONDERZOEKSRAPPORT_ZORGAANBIEDER",
                        "AANVULLING_ZORGAANBIEDER",
                        "BEOORDELING",
                        "KLACHTAFHANDELING",
                        "KLACHTAFHANDELING_COMMISSIE",
                        "BEZWAARTERMIJN",
                        "BESLISSING_OP_BEZWAAR",
                        "BESLISSING_OP_BEZWAAR_ADVIESCOMMISSIE",
                        "ZIENSWIJZE",
                        "MDR_ERNSTIGE_BEDREIGING_VOLKSGEZONDHEID",
                        "MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING",
                        "MDR_ERNSTIG_INCIDENT",
                        "BESTUURLIJKE_BOETE",
                        "INVORDERING_DWANGSOM_VERJARING",
                        "BEGUNSTIGINGSTERMIJN");
        for (Termijnsoort s : Termijnsoort.values()) {
            assertThat(SOORTEN.vind(s.name())).as(s.name()).isPresent();
        }
    }

    @Test
    void theLawsRulesAreInTheData() {
        Kloksoort klacht = SOORTEN.soort("KLACHTAFHANDELING");
        assertThat(klacht.wet()).isEqualTo("Awb");
        assertThat(klacht.artikel()).isEqualTo("art. 9:11 lid 1");
        assertThat(klacht.lengte()).isEqualTo(Lengte.weken(6));
        assertThat(klacht.verschuiving()).isEqualTo(Verschuiving.ALGEMENE_TERMIJNENWET);
        Verlengingsregel verdaging = klacht.verlengingsregel("VERDAGING").orElseThrow();
        assertThat(verdaging.maximaalAantal()).isEqualTo(1);
        assertThat(verdaging.maximaal()).isEqualTo(Lengte.weken(4));
        assertThat(verdaging.besluitDoor()).containsExactly("JURIST");
        // the YAML anchors share the rules between the variants with and without a committee
        assertThat(SOORTEN.soort("KLACHTAFHANDELING_COMMISSIE").verlenging()).isEqualTo(klacht.verlenging());
        assertThat(SOORTEN.soort("KLACHTAFHANDELING_COMMISSIE").lengte()).isEqualTo(Lengte.weken(10));

        Kloksoort bezwaar = SOORTEN.soort("BESLISSING_OP_BEZWAAR");
        assertThat(bezwaar.start()).isEqualTo(Startwijze.DATUM);
        assertThat(bezwaar.opschortingsgrond("VERZUIMHERSTEL")).isPresent();
        assertThat(bezwaar.verlengingsregel("VERDAGING").orElseThrow().maximaal())
                .isEqualTo(Lengte.weken(6));
        assertThat(bezwaar.verlengingsregel("UITSTEL_MET_INSTEMMING")
                        .orElseThrow()
                        .maximaalAantal())
                .isNull();
        assertThat(SOORTEN.soort("BESLISSING_OP_BEZWAAR_ADVIESCOMMISSIE").lengte())
                .isEqualTo(Lengte.weken(12));
        assertThat(SOORTEN.soort("BEZWAARTERMIJN").isVerlengbaar()).isFalse();
        assertThat(SOORTEN.soort("BEZWAARTERMIJN").isOpschortbaar()).isFalse();

        assertThat(SOORTEN.soort("BESTUURLIJKE_BOETE").lengte()).isEqualTo(Lengte.weken(13));
        assertThat(SOORTEN.soort("BESTUURLIJKE_BOETE")
                        .verlengingsregel("VERDAGING")
                        .orElseThrow()
                        .maximaal())
                .isEqualTo(Lengte.weken(13));
        assertThat(SOORTEN.soort("INVORDERING_DWANGSOM_VERJARING").lengte()).isEqualTo(Lengte.jaren(1));
        assertThat(SOORTEN.soort("ZIENSWIJZE").lengteBijStart()).isTrue();
        assertThat(SOORTEN.soort("BEGUNSTIGINGSTERMIJN").lengteBijStart()).isTrue();
        assertThat(SOORTEN.soort("TRIAGE").lengteBijStart()).isFalse();
        assertThat(SOORTEN.soort("MDR_ERNSTIGE_BEDREIGING_VOLKSGEZONDHEID").lengte())
                .isEqualTo(Lengte.kalenderdagen(2));
        assertThat(SOORTEN.soort("MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING").lengte())
                .isEqualTo(Lengte.kalenderdagen(10));
        assertThat(SOORTEN.soort("MDR_ERNSTIG_INCIDENT").lengte()).isEqualTo(Lengte.kalenderdagen(15));
    }

    @Test
    void theLegacyPeriodSettingsStillSetTheCaseClocks() {
        Kloksoorten anders = Kloksoorten.laad(new TermijnenProperties(5, 3, 8, 4, 20));
        assertThat(anders.soort("TRIAGE").lengte()).isEqualTo(Lengte.werkdagen(5));
        assertThat(SOORTEN.soort("TRIAGE").lengte()).isEqualTo(Lengte.werkdagen(3));
    }

    @ParameterizedTest(name = "{0}: day 0 {1} -> {2} ({3})")
    @CsvSource(
            delimiter = '|',
            value = {
                // the case clocks: unchanged (decision 0010), working days or plain weeks, never moved
                "TRIAGE | 2025-12-23 | 2025-12-30 | Christmas: 24, (25, 26, weekend), 29, 30",
                "TRIAGE | 2026-01-01 | 2026-01-06 | year end: 2 Jan works (equal to a holiday only for the Atw), 5, 6",
                "TRIAGE | 2025-04-17 | 2025-04-23 | Easter: Good Friday works, Easter Monday does not",
                "TRIAGE | 2025-05-28 | 2025-06-03 | Ascension 29 May: 30, 2, 3",
                "TRIAGE | 2025-06-06 | 2025-06-12 | Whit Monday 9 June: 10, 11, 12",
                "TRIAGE | 2025-04-24 | 2025-04-29 | King's Day on Saturday 26 April (27th a Sunday): 25, 28, 29",
                "TRIAGE | 2026-04-24 | 2026-04-30 | King's Day on Monday 27 April: 28, 29, 30",
                "MELDING_CALAMITEIT | 2025-04-17 | 2025-04-23 | Wkkgz 3 working days across Easter",
                "MELDING_CALAMITEIT | 2025-12-24 | 2025-12-31 | Wkkgz across Christmas",
                "MELDING_CALAMITEIT | 2025-12-31 | 2026-01-06 | Wkkgz across New Year",
                "ONDERZOEKSRAPPORT_ZORGAANBIEDER | 2025-04-17 | 2025-06-12 | 8 plain weeks",
                "ONDERZOEKSRAPPORT_ZORGAANBIEDER | 2025-10-30 | 2025-12-25 | ends on Christmas Day and stays there",
                "ONDERZOEKSRAPPORT_ZORGAANBIEDER | 2025-11-06 | 2026-01-01 | ends on New Year's Day and stays there",
                "AANVULLING_ZORGAANBIEDER | 2025-12-23 | 2026-01-20 | 4 plain weeks over the year end",
                "BEOORDELING | 2025-12-23 | 2026-01-23 | 20 working days without 25, 26 Dec and 1 Jan",
                // complaints about the inspectorate, Awb 9:11: 6 (10) weeks, Atw moves the end
                "KLACHTAFHANDELING | 2026-02-02 | 2026-03-16 | a Monday stays",
                "KLACHTAFHANDELING | 2025-11-13 | 2025-12-29 | Christmas Thu 25, Fri 26, weekend: Monday 29",
                "KLACHTAFHANDELING | 2025-11-20 | 2026-01-05 | 1 Jan, 2 Jan (Atw art. 3 lid 3, decree 2026), weekend",
                "KLACHTAFHANDELING_COMMISSIE | 2025-10-16 | 2025-12-29 | 10 weeks end on Christmas Day",
                // objection period, Awb 6:7/6:8: day 0 is the day the decision was made known
                "BEZWAARTERMIJN | 2025-03-15 | 2025-04-28 | ends Saturday 26 April, King's Day (27th a Sunday)",
                "BEZWAARTERMIJN | 2025-04-17 | 2025-06-02 | Ascension 29 May, Friday 30 May equal by decree, weekend",
                "BEZWAARTERMIJN | 2026-02-20 | 2026-04-07 | Good Friday (Atw art. 3 lid 2), Easter, Easter Monday",
                "BEZWAARTERMIJN | 2025-04-28 | 2025-06-10 | Whit Monday 9 June",
                "BEZWAARTERMIJN | 2025-11-20 | 2026-01-05 | New Year's Day",
                // decision on objection, Awb 7:10: day 0 is the last day of the objection period
                "BESLISSING_OP_BEZWAAR | 2025-12-29 | 2026-02-09 | 6 weeks from the day after",
                "BESLISSING_OP_BEZWAAR | 2025-11-13 | 2025-12-29 | ends on Christmas Day",
                "BESLISSING_OP_BEZWAAR_ADVIESCOMMISSIE | 2025-10-02 | 2025-12-29 | 12 weeks end on Christmas Day",
                // view of the party, Awb 4:8: the default 2 weeks, moved off a holiday (decision 0035)
                "ZIENSWIJZE | 2025-12-12 | 2025-12-29 | ends on Boxing Day",
                "ZIENSWIJZE | 2026-04-20 | 2026-05-04 | a Monday stays (5 May is the next day)",
                // fine decision, Awb 5:51: 13 weeks, longer than the Atw reaches: not moved
                "BESTUURLIJKE_BOETE | 2025-09-25 | 2025-12-25 | ends on Christmas Day and stays there",
                // limitation of collection, Awb 5:35: a year, not moved
                "INVORDERING_DWANGSOM_VERJARING | 2025-01-01 | 2026-01-01 | a year, on New Year's Day",
                "INVORDERING_DWANGSOM_VERJARING | 2024-02-29 | 2025-02-28 | from a leap day",
                // grace period: the decision's length (default 4 weeks), not moved
                "BEGUNSTIGINGSTERMIJN | 2025-11-27 | 2025-12-25 | 4 weeks on Christmas Day: the decision's date",
            })
    void eachKindEndsWhereItsLawSays(String soort, String startdatum, String verwacht, String waarom) {
        assertThat(vanaf(soort, startdatum)).as(waarom).isEqualTo(LocalDate.parse(verwacht));
    }

    @ParameterizedTest(name = "{0}: aware at {1} -> {2} ({3})")
    @CsvSource(
            delimiter = '|',
            value = {
                // MDR art. 87: calendar days from the day of awareness (Dutch date), not moved (decision 0035)
                "MDR_ERNSTIGE_BEDREIGING_VOLKSGEZONDHEID | 2025-12-23T15:00:00Z | 2025-12-25 | ends on Christmas Day",
                "MDR_ERNSTIGE_BEDREIGING_VOLKSGEZONDHEID | 2026-03-27T16:00:00Z | 2026-03-29 | Friday + 2: the Sunday",
                "MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING | 2026-10-24T22:30:00Z | 2026-11-04 | 00:30 summer time on Sunday 25 Oct",
                "MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING | 2026-10-25T22:30:00Z | 2026-11-04 | 23:30 winter time on 25 Oct",
                "MDR_ERNSTIG_INCIDENT | 2025-12-31T23:30:00Z | 2026-01-16 | 00:30 on New Year's Day in Amsterdam",
                "MDR_ERNSTIG_INCIDENT | 2025-12-31T22:59:00Z | 2026-01-15 | 23:59 on 31 December in Amsterdam",
                "MDR_ERNSTIG_INCIDENT | 2026-03-29T00:30:00Z | 2026-04-13 | 01:30 winter time, before the clocks go forward",
                "MDR_ERNSTIG_INCIDENT | 2026-03-29T01:30:00Z | 2026-04-13 | 03:30 summer time, after the clocks went forward",
                "MDR_ERNSTIG_INCIDENT | 2026-03-28T23:30:00Z | 2026-04-13 | 00:30 on Sunday 29 March, still winter time",
                "MDR_ERNSTIG_INCIDENT | 2026-10-25T01:30:00Z | 2026-11-09 | 02:30 winter time, after the clocks went back",
                "MDR_ERNSTIG_INCIDENT | 2026-10-25T00:30:00Z | 2026-11-09 | 02:30 summer time, before they went back",
                // receipt moments of the case clocks and complaints
                "TRIAGE | 2025-12-31T23:30:00Z | 2026-01-06 | received 00:30 on New Year's Day",
                "TRIAGE | 2026-03-29T01:30:00Z | 2026-04-01 | received on the Sunday the clocks went forward",
                "TRIAGE | 2026-10-24T22:30:00Z | 2026-10-28 | 00:30 on Sunday 25 Oct (summer time): Mon 26, Tue 27, Wed 28",
                "KLACHTAFHANDELING | 2025-11-12T23:30:00Z | 2025-12-29 | received 00:30 on 13 Nov: 6 weeks end on Christmas Day",
                "KLACHTAFHANDELING | 2025-11-12T22:30:00Z | 2025-12-24 | received 23:30 on 12 Nov: Wednesday 24 Dec",
            })
    void aMomentCountsFromItsDutchDate(String soort, String moment, String verwacht, String waarom) {
        assertThat(vanafMoment(soort, moment)).as(waarom).isEqualTo(LocalDate.parse(verwacht));
    }

    @Test
    void aLengthGivenAtTheStartCountsOnlyWhereTheKindLetsTheDecisionSetIt() {
        Kloksoort zienswijze = SOORTEN.soort("ZIENSWIJZE");
        Startpunt vrijdag = Startpunt.datum(LocalDate.of(2025, 12, 12));
        // 3 weeks: Friday 2 January 2026, equal to a holiday by decree (Atw art. 3 lid 3), then the weekend
        assertThat(SOORTEN.uiterlijk(zienswijze, vrijdag, Lengte.weken(3))).isEqualTo(LocalDate.of(2026, 1, 5));
        Kloksoort begunstiging = SOORTEN.soort("BEGUNSTIGINGSTERMIJN");
        assertThat(SOORTEN.uiterlijk(begunstiging, Startpunt.datum(LocalDate.of(2025, 11, 30)), Lengte.maanden(3)))
                .as("three months from 30 November end on the last day of February")
                .isEqualTo(LocalDate.of(2026, 2, 28));
        // a kind whose length is the law's ignores a given one
        assertThat(SOORTEN.uiterlijk(SOORTEN.soort("BEZWAARTERMIJN"), vrijdag, Lengte.weken(1)))
                .isEqualTo(LocalDate.of(2026, 1, 23));
    }

    @Test
    void aShortStatutoryPeriodHoldsAtLeastTwoWorkingDays() {
        Termijnrekening rekening = SOORTEN.rekening();
        // Atw art. 2: 3 days from Wednesday 24 December end Saturday 27 (art. 1: Monday 29), which holds one
        // day that is no holiday or weekend day: extended to Tuesday 30
        LocalDate start = LocalDate.of(2025, 12, 24);
        assertThat(rekening.uiterlijk(Verschuiving.ALGEMENE_TERMIJNENWET, start, start.plusDays(3)))
                .isEqualTo(LocalDate.of(2025, 12, 30));
        // 3 days from Tuesday 23 December: Friday 26 → Monday 29, with Wednesday 24 and Monday 29: enough
        LocalDate dinsdag = LocalDate.of(2025, 12, 23);
        assertThat(rekening.uiterlijk(Verschuiving.ALGEMENE_TERMIJNENWET, dinsdag, dinsdag.plusDays(3)))
                .isEqualTo(LocalDate.of(2025, 12, 29));
        // periods shorter than three days are not extended by art. 2
        LocalDate vrijdag = LocalDate.of(2026, 1, 2);
        assertThat(rekening.uiterlijk(Verschuiving.ALGEMENE_TERMIJNENWET, vrijdag, vrijdag.plusDays(1)))
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2025-04-18", // Good Friday (art. 3 lid 2)
                "2025-05-30", // Friday after Ascension, decree 2023-2025 (lid 3)
                "2026-01-02", // Friday after New Year's Day, decree 2026-2028 (lid 3)
                "2026-05-15", // Friday after Ascension 2026
                "2025-04-26", // King's Day on Saturday
                "2025-12-25",
                "2026-04-06" // Easter Monday
            })
    void theAlgemeneTermijnenwetKnowsMoreDaysOffThanTheWorkingDayCalendar(String dag) {
        assertThat(SOORTEN.rekening().isAtwRustdag(LocalDate.parse(dag))).isTrue();
    }

    @Test
    void everyKindItsGroundsAndRulesHaveDutchAndEnglishNames() throws IOException {
        for (String bundel : List.of("i18n/termijnen.properties", "i18n/termijnen_en.properties")) {
            Properties teksten = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundel)) {
                teksten.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            List<String> ontbreekt = new ArrayList<>();
            for (Kloksoort s : SOORTEN.alle()) {
                for (String sleutel : List.of(s.berichtSleutel(), s.startSleutel())) {
                    if (!teksten.containsKey(sleutel)) {
                        ontbreekt.add(sleutel);
                    }
                }
                s.opschorting().stream()
                        .map(Opschortingsgrond::berichtSleutel)
                        .filter(k -> !teksten.containsKey(k))
                        .forEach(ontbreekt::add);
                s.verlenging().stream()
                        .map(Verlengingsregel::berichtSleutel)
                        .filter(k -> !teksten.containsKey(k))
                        .forEach(ontbreekt::add);
            }
            assertThat(ontbreekt).as(bundel).isEmpty();
        }
    }

    @Test
    void aRegistryWithoutACaseClockDoesNotStart() {
        Termijnrekening rekening = SOORTEN.rekening();
        List<Kloksoort> zonderTriage =
                SOORTEN.alle().stream().filter(s -> !s.code().equals("TRIAGE")).toList();
        assertThatThrownBy(() -> new Kloksoorten(zonderTriage, rekening))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRIAGE");
        List<Kloksoort> dubbel = new ArrayList<>(SOORTEN.alle());
        dubbel.add(SOORTEN.soort("TRIAGE"));
        assertThatThrownBy(() -> new Kloksoorten(dubbel, rekening))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void aRuleThatAllowsOneExtensionIsNoLongerOfferedOnceUsedAndAnUnlimitedOneStays() {
        Kloksoort rapport = SOORTEN.soort("ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        LocalDate uiterlijk = LocalDate.of(2026, 4, 27);
        Klokgebeurtenis gestart = new Klokgebeurtenis(
                1, Klokgebeurtenis.Soort.GESTART, "systeem", Instant.EPOCH, null, null, null, uiterlijk, null, null);
        Klokgebeurtenis verlengd = new Klokgebeurtenis(
                2,
                Klokgebeurtenis.Soort.VERLENGD,
                "inspecteur.ggz",
                Instant.EPOCH,
                "UITSTEL_OP_VERZOEK",
                new Lengte(2, Eenheid.WEKEN),
                uiterlijk,
                uiterlijk.plusWeeks(2),
                null,
                "extern advies");
        assertThat(rapport.verlengingenOver(List.of(gestart)))
                .extracting(Verlengingsregel::code)
                .containsExactly("UITSTEL_OP_VERZOEK");
        assertThat(rapport.verlengingenOver(List.of(gestart, verlengd))).isEmpty();

        Kloksoort onbeperkt = new Kloksoort(
                "ONBEPERKT",
                "eigen norm",
                "test",
                rapport.start(),
                rapport.lengte(),
                false,
                rapport.verschuiving(),
                List.of(),
                List.of(new Verlengingsregel("UITSTEL_OP_VERZOEK", null, null, java.util.Set.of(), "beleid")));
        assertThat(onbeperkt.verlengingenOver(List.of(gestart, verlengd))).hasSize(1);
    }
}
