package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Kloksoorten;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Objectverwijzing;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.termijnen.Verantwoordelijke;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZaakTest {

    static final Instant ONTVANGEN_OP = Instant.parse("2025-04-17T08:00:00Z");
    static final Instant NU = Instant.parse("2025-05-06T09:00:00Z");
    /**
     * The case's clock computed as the engine computes it (the kinds of {@code kloksoorten.yaml}), without a
     * database: this test looks at which clock a step asks for and from when; {@code ZaakklokIT} runs the
     * engine itself.
     */
    static final Zaakklok TERMIJNEN = new Zaakklok() {
        private final Kloksoorten soorten = Kloksoorten.standaard();

        @Override
        public KlokStand start(Zaak zaak, Termijnsoort soort, Startpunt vanaf, String door, Instant op) {
            Kloksoort kloksoort = soorten.soort(soort.name());
            return new KlokStand(
                    KlokId.nieuw(),
                    soort.name(),
                    new Objectverwijzing("ZAAK", zaak.id().waarde()),
                    Verantwoordelijke.afdeling(zaak.afdeling().name()),
                    Klokstatus.LOPEND,
                    vanaf.datum(),
                    kloksoort.lengte(),
                    soorten.uiterlijk(kloksoort, vanaf, null),
                    false,
                    null,
                    null,
                    null);
        }

        @Override
        public void stop(KlokId klok, String door, Instant op) {}
    };

    /** Every manual step of the flow, as the service performs it. */
    static final List<Transitie> HANDMATIG =
            Stream.of(Transitie.values()).filter(Transitie::isHandmatig).toList();

    static Zaak eenZaak(Meldingsoort soort) {
        return Zaak.open(
                "Z-2025-000001",
                MeldingId.nieuw(),
                soort,
                Zorgsector.GGZ,
                null,
                ONTVANGEN_OP,
                TERMIJNEN,
                false,
                "systeem",
                ONTVANGEN_OP);
    }

    /** A case of the given kind brought into the given state through the legal path. */
    static Zaak eenZaakIn(Zaakstatus status, Meldingsoort soort) {
        Zaak zaak = eenZaak(soort);
        switch (status) {
            case ONTVANGEN -> {}
            case IN_TRIAGE -> stap(zaak, Transitie.START_TRIAGE);
            case WACHT_OP_ONDERZOEK_ZORGAANBIEDER -> {
                stap(zaak, Transitie.START_TRIAGE);
                stap(zaak, Transitie.VRAAG_ONDERZOEK_AAN);
            }
            case IN_BEOORDELING -> {
                stap(zaak, Transitie.START_TRIAGE);
                stap(zaak, Transitie.VRAAG_ONDERZOEK_AAN);
                stap(zaak, Transitie.ONTVANG_ONDERZOEK);
            }
            case GESLOTEN -> {
                stap(zaak, Transitie.START_TRIAGE);
                zaak.voerUit(Transitie.SLUIT, Sluitreden.GEEN_VERVOLG, TERMIJNEN, "inspecteur", NU, null);
            }
        }
        assertThat(zaak.status()).isEqualTo(status);
        return zaak;
    }

    static void stap(Zaak zaak, Transitie transitie) {
        zaak.voerUit(transitie, null, TERMIJNEN, "inspecteur", NU, null);
    }

    /** A manual step as the service performs it, with an explanation and, for closing, a reason. */
    static void voerUit(Zaak zaak, Transitie transitie) {
        Sluitreden reden = transitie == Transitie.SLUIT ? Sluitreden.ONDERZOEK_VOLDOENDE : null;
        zaak.voerUit(transitie, reden, TERMIJNEN, "inspecteur", NU, "toelichting");
    }

    /** The flow as the issue draws it; a calamity cannot skip the provider's investigation. */
    static final Set<String> TOEGESTAAN = Set.of(
            "ONTVANGEN START_TRIAGE IN_TRIAGE",
            "IN_TRIAGE VRAAG_ONDERZOEK_AAN WACHT_OP_ONDERZOEK_ZORGAANBIEDER",
            "IN_TRIAGE NEEM_IN_BEOORDELING IN_BEOORDELING",
            "IN_TRIAGE SLUIT GESLOTEN",
            "WACHT_OP_ONDERZOEK_ZORGAANBIEDER ONTVANG_ONDERZOEK IN_BEOORDELING",
            "IN_BEOORDELING VRAAG_AANVULLING_AAN WACHT_OP_ONDERZOEK_ZORGAANBIEDER",
            "IN_BEOORDELING SLUIT GESLOTEN");

    static Stream<Arguments> elkeStatusMetElkeTransitie() {
        List<Arguments> gevallen = new ArrayList<>();
        for (Meldingsoort soort : List.of(Meldingsoort.CALAMITEIT, Meldingsoort.KLACHT_OF_SIGNAAL)) {
            for (Zaakstatus status : Zaakstatus.values()) {
                for (Transitie transitie : HANDMATIG) {
                    gevallen.add(Arguments.of(soort, status, transitie));
                }
            }
        }
        return gevallen.stream();
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @MethodSource("elkeStatusMetElkeTransitie")
    void everyStateAllowsExactlyTheStepsOfTheFlow(Meldingsoort soort, Zaakstatus status, Transitie transitie) {
        Zaak zaak = eenZaakIn(status, soort);
        int stappen = zaak.nieuweStappen().size();
        String verwacht = TOEGESTAAN.stream()
                .filter(r -> r.startsWith(status + " " + transitie + " "))
                .findFirst()
                .filter(r -> !(soort == Meldingsoort.CALAMITEIT && transitie == Transitie.NEEM_IN_BEOORDELING))
                .orElse(null);
        if (verwacht == null) {
            assertThatThrownBy(() -> voerUit(zaak, transitie))
                    .isInstanceOf(Weigering.class)
                    .satisfies(e -> assertThat(((Weigering) e).veld()).isNull());
            assertThat(zaak.status()).isEqualTo(status);
            assertThat(zaak.nieuweStappen()).hasSize(stappen);
            assertThat(zaak.toegestaneTransities()).doesNotContain(transitie);
        } else {
            assertThat(zaak.toegestaneTransities()).contains(transitie);
            voerUit(zaak, transitie);
            assertThat(zaak.status().name()).isEqualTo(verwacht.split(" ")[2]);
            Statuswijziging laatste = zaak.nieuweStappen().get(stappen);
            assertThat(laatste.van()).isEqualTo(status);
            assertThat(laatste.naar()).isEqualTo(zaak.status());
            assertThat(laatste.transitie()).isEqualTo(transitie);
            assertThat(laatste.door()).isEqualTo("inspecteur");
            assertThat(laatste.op()).isEqualTo(NU);
            assertThat(laatste.toelichting()).isEqualTo("toelichting");
        }
    }

    @Test
    void aRefusalNamesTheStepAndTheCurrentState() {
        Zaak zaak = eenZaakIn(Zaakstatus.ONTVANGEN, Meldingsoort.CALAMITEIT);
        assertThatThrownBy(
                        () -> zaak.voerUit(Transitie.SLUIT, Sluitreden.GEEN_VERVOLG, TERMIJNEN, "inspecteur", NU, null))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.berichtSleutel()).isEqualTo("zaak.transitie.geweigerd");
                    assertThat(w.argumenten()).hasSize(3);
                    assertThat(w.argumenten()[0].toString()).contains("transitie.SLUIT");
                    assertThat(w.argumenten()[1].toString()).contains("zaakstatus.ONTVANGEN");
                });
    }

    @Test
    void aNewCaseIsReceivedAndRoutedToTheDepartmentOfItsSectorWithATriageDeadline() {
        Zaak zaak = eenZaak(Meldingsoort.CALAMITEIT);
        assertThat(zaak.status()).isEqualTo(Zaakstatus.ONTVANGEN);
        assertThat(zaak.afdeling()).isEqualTo(Zorgsector.GGZ);
        assertThat(zaak.inspecteur()).isNull();
        // Thursday before Easter 2025: Good Friday counts, Easter Monday does not
        assertThat(zaak.termijn()).isEqualTo(new Termijn(Termijnsoort.TRIAGE, LocalDate.of(2025, 4, 23)));
        assertThat(zaak.nieuweStappen()).singleElement().satisfies(s -> {
            assertThat(s.van()).isNull();
            assertThat(s.transitie()).isEqualTo(Transitie.OPENEN);
        });
    }

    @Test
    void askingACalamityInvestigationSetsTheWkkgzDeadlineEightWeeksAfterReceipt() {
        Zaak zaak = eenZaakIn(Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER, Meldingsoort.CALAMITEIT);
        assertThat(zaak.termijn())
                .isEqualTo(new Termijn(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, LocalDate.of(2025, 6, 12)));
    }

    @Test
    void askingAnInvestigationOfAnotherKindSetsEightWeeksFromTheRequest() {
        Zaak zaak = eenZaakIn(Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER, Meldingsoort.KLACHT_OF_SIGNAAL);
        // received 17 April, asked 6 May 2025: the weeks run from the request, not from the receipt (12 June)
        assertThat(zaak.termijn())
                .isEqualTo(new Termijn(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void askingMoreSetsANewDeadlineFromToday() {
        Zaak zaak = eenZaakIn(Zaakstatus.IN_BEOORDELING, Meldingsoort.CALAMITEIT);
        assertThat(zaak.termijn().soort()).isEqualTo(Termijnsoort.BEOORDELING);
        stap(zaak, Transitie.VRAAG_AANVULLING_AAN);
        assertThat(zaak.termijn())
                .isEqualTo(new Termijn(Termijnsoort.AANVULLING_ZORGAANBIEDER, LocalDate.of(2025, 6, 3)));
    }

    @Test
    void closingNeedsAReasonThatStaffMayGive() {
        Zaak zaak = eenZaakIn(Zaakstatus.IN_TRIAGE, Meldingsoort.KLACHT_OF_SIGNAAL);
        assertThatThrownBy(() -> zaak.voerUit(Transitie.SLUIT, null, TERMIJNEN, "inspecteur", NU, null))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo("sluitreden");
                });
        assertThatThrownBy(
                        () -> zaak.voerUit(Transitie.SLUIT, Sluitreden.SAMENGEVOEGD, TERMIJNEN, "inspecteur", NU, null))
                .isInstanceOf(Weigering.class);
        assertThat(zaak.status()).isEqualTo(Zaakstatus.IN_TRIAGE);

        zaak.voerUit(Transitie.SLUIT, Sluitreden.DOORVERWEZEN, TERMIJNEN, "inspecteur", NU, "  ");
        assertThat(zaak.sluitreden()).isEqualTo(Sluitreden.DOORVERWEZEN);
        assertThat(zaak.geslotenOp()).isEqualTo(NU);
        assertThat(zaak.termijn()).isNull();
        assertThat(zaak.nieuweStappen().get(zaak.nieuweStappen().size() - 1).toelichting())
                .isNull();
    }

    @Test
    void assignsOnlyAnInspectorOfTheCasesDepartment() {
        Zaak zaak = eenZaak(Meldingsoort.CALAMITEIT);
        Medewerker vanJeugd = new Medewerker("inspecteur.jeugd", "Jeroen", Rol.INSPECTEUR, Set.of(Zorgsector.JEUGD));
        Medewerker intake = new Medewerker("intake", "Iris", Rol.INTAKE, Set.of(Zorgsector.GGZ));
        Medewerker vanGgz = new Medewerker("inspecteur.ggz", "Aylin", Rol.INSPECTEUR, Set.of(Zorgsector.GGZ));

        assertThatThrownBy(() -> zaak.wijsToe(vanJeugd, "intake", NU)).isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> zaak.wijsToe(intake, "intake", NU)).isInstanceOf(Weigering.class);
        assertThat(zaak.inspecteur()).isNull();

        zaak.wijsToe(vanGgz, "intake", NU);
        assertThat(zaak.inspecteur()).isEqualTo("inspecteur.ggz");
        assertThat(zaak.status()).isEqualTo(Zaakstatus.ONTVANGEN);
        assertThat(zaak.nieuweStappen())
                .last()
                .satisfies(s -> assertThat(s.transitie()).isEqualTo(Transitie.TOEWIJZEN));
    }

    @Test
    void aClosedCaseIsNotAssignedAndTakesNoNotifications() {
        Zaak zaak = eenZaakIn(Zaakstatus.GESLOTEN, Meldingsoort.CALAMITEIT);
        Medewerker vanGgz = new Medewerker("inspecteur.ggz", "Aylin", Rol.INSPECTEUR, Set.of(Zorgsector.GGZ));
        assertThatThrownBy(() -> zaak.wijsToe(vanGgz, "intake", NU)).isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> zaak.voegMeldingToe(MeldingId.nieuw(), "intake", NU))
                .isInstanceOf(Weigering.class);
    }

    @Test
    void aCaseLeftWithoutNotificationsIsClosedAsJoinedFromAnyOpenState() {
        for (Zaakstatus status : List.of(Zaakstatus.ONTVANGEN, Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER)) {
            Zaak bron = eenZaakIn(status, Meldingsoort.KLACHT_OF_SIGNAAL);
            Zaak doel = eenZaak(Meldingsoort.CALAMITEIT);
            MeldingId melding = bron.meldingen().get(0);

            doel.voegMeldingToe(melding, "intake", NU);
            bron.verliesMelding(melding, doel.referentie(), TERMIJNEN, "intake", NU);

            assertThat(doel.meldingen()).hasSize(2).contains(melding);
            assertThat(bron.meldingen()).isEmpty();
            assertThat(bron.status()).isEqualTo(Zaakstatus.GESLOTEN);
            assertThat(bron.sluitreden()).isEqualTo(Sluitreden.SAMENGEVOEGD);
            assertThat(bron.nieuweStappen()).last().satisfies(s -> {
                assertThat(s.transitie()).isEqualTo(Transitie.SAMENVOEGEN);
                assertThat(s.van()).isEqualTo(status);
            });
        }
    }

    @Test
    void aCaseKeepingOtherNotificationsStaysOpenWhenOneLeaves() {
        Zaak bron = eenZaak(Meldingsoort.CALAMITEIT);
        MeldingId tweede = MeldingId.nieuw();
        bron.voegMeldingToe(tweede, "intake", NU);
        assertThatThrownBy(() -> bron.voegMeldingToe(tweede, "intake", NU)).isInstanceOf(Weigering.class);
        bron.verliesMelding(tweede, "Z-2025-000002", TERMIJNEN, "intake", NU);
        assertThat(bron.status()).isEqualTo(Zaakstatus.ONTVANGEN);
        assertThat(bron.meldingen()).hasSize(1);
    }

    @Test
    void overdueWhenMarkedOrPastTheDeadlineAndANewDeadlineStartsOnTime() {
        Zaak zaak = eenZaak(Meldingsoort.CALAMITEIT);
        assertThat(zaak.isTeLaat(LocalDate.of(2025, 4, 23))).isFalse();
        assertThat(zaak.isTeLaat(LocalDate.of(2025, 4, 24))).isTrue();
        stap(zaak, Transitie.START_TRIAGE);
        stap(zaak, Transitie.VRAAG_ONDERZOEK_AAN);
        assertThat(zaak.isTeLaat(LocalDate.of(2025, 5, 6))).isFalse();
    }

    @Test
    void aStepOfTheSystemOrWithACommandOfItsOwnIsNotTakenAsAPlainStep() {
        for (Transitie transitie : List.of(Transitie.OPENEN, Transitie.SAMENVOEGEN, Transitie.TOEWIJZEN)) {
            Zaak zaak = eenZaakIn(Zaakstatus.IN_TRIAGE, Meldingsoort.KLACHT_OF_SIGNAAL);
            assertThatThrownBy(() -> voerUit(zaak, transitie)).isInstanceOfSatisfying(Weigering.class, w -> {
                assertThat(w.veld()).isEqualTo("transitie");
                assertThat(w.berichtSleutel()).isEqualTo("zaak.transitie.niet-handmatig");
            });
            assertThat(zaak.status()).isEqualTo(Zaakstatus.IN_TRIAGE);
        }
    }

    @Test
    void aCalamityRefusesAssessmentWithoutInvestigationNamingTheStep() {
        Zaak zaak = eenZaakIn(Zaakstatus.IN_TRIAGE, Meldingsoort.CALAMITEIT);
        assertThatThrownBy(() -> voerUit(zaak, Transitie.NEEM_IN_BEOORDELING))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isNull();
                    assertThat(w.berichtSleutel()).isEqualTo("zaak.calamiteit-eerst-onderzoek");
                    assertThat(w.argumenten()[0].toString()).contains("transitie.NEEM_IN_BEOORDELING");
                });
        assertThat(zaak.termijn().soort()).isEqualTo(Termijnsoort.TRIAGE);
    }

    @Test
    void theCaseHandsOnlyItsNewEntriesAndJoinedNotificationsToTheStore() {
        Zaak zaak = eenZaakIn(Zaakstatus.IN_TRIAGE, Meldingsoort.KLACHT_OF_SIGNAAL);
        assertThat(zaak.nieuweStappen()).hasSize(2);
        zaak.bewaard();
        assertThat(zaak.nieuweStappen()).isEmpty();

        MeldingId andere = MeldingId.nieuw();
        zaak.voegMeldingToe(andere, "intake", NU);
        stap(zaak, Transitie.NEEM_IN_BEOORDELING);
        assertThat(zaak.nieuweStappen())
                .singleElement()
                .satisfies(s -> assertThat(s.transitie()).isEqualTo(Transitie.NEEM_IN_BEOORDELING));
        assertThat(zaak.nieuweMeldingen()).extracting(ZaakMelding::melding).containsExactly(andere);
        assertThat(zaak.meldingen()).hasSize(2);
        zaak.bewaard();
        assertThat(zaak.nieuweMeldingen()).isEmpty();
        assertThat(zaak.meldingen()).hasSize(2);
    }

    @Test
    void onlyStaffStepsAreManual() {
        assertThat(HANDMATIG)
                .containsExactlyInAnyOrder(
                        Transitie.START_TRIAGE,
                        Transitie.VRAAG_ONDERZOEK_AAN,
                        Transitie.NEEM_IN_BEOORDELING,
                        Transitie.ONTVANG_ONDERZOEK,
                        Transitie.VRAAG_AANVULLING_AAN,
                        Transitie.SLUIT);
    }
}
