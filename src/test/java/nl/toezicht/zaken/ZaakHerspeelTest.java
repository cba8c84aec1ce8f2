package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.Meldingsoort;
import org.junit.jupiter.api.Test;

/** A past case's timeline replayed through the case flow (bulk import). */
class ZaakHerspeelTest {

    private static final Instant ONTVANGEN = Instant.parse("2023-03-03T09:00:00Z");

    private static HistorischeStap stap(Transitie transitie, String op) {
        return new HistorischeStap(transitie, Instant.parse(op), "intake", null);
    }

    @Test
    void aClosedHistoryBecomesTheTimelineWithItsStates() {
        List<Statuswijziging> tijdlijn = Zaak.herspeel(
                Meldingsoort.CALAMITEIT,
                ONTVANGEN,
                List.of(
                        stap(Transitie.OPENEN, "2023-03-03T09:00:02Z"),
                        stap(Transitie.START_TRIAGE, "2023-03-04T09:00:00Z"),
                        stap(Transitie.TOEWIJZEN, "2023-03-04T09:05:00Z"),
                        stap(Transitie.VRAAG_ONDERZOEK_AAN, "2023-03-05T09:00:00Z"),
                        stap(Transitie.ONTVANG_ONDERZOEK, "2023-04-05T09:00:00Z"),
                        stap(Transitie.VRAAG_AANVULLING_AAN, "2023-04-06T09:00:00Z"),
                        stap(Transitie.ONTVANG_ONDERZOEK, "2023-04-20T09:00:00Z"),
                        stap(Transitie.SLUIT, "2023-05-01T09:00:00Z")),
                Sluitreden.MAATREGEL_VOORGESTELD);
        assertThat(tijdlijn)
                .extracting(Statuswijziging::naar)
                .containsExactly(
                        Zaakstatus.ONTVANGEN,
                        Zaakstatus.IN_TRIAGE,
                        Zaakstatus.IN_TRIAGE,
                        Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
                        Zaakstatus.IN_BEOORDELING,
                        Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER,
                        Zaakstatus.IN_BEOORDELING,
                        Zaakstatus.GESLOTEN);
        assertThat(tijdlijn.get(0).van()).isNull();
        assertThat(tijdlijn.get(7).van()).isEqualTo(Zaakstatus.IN_BEOORDELING);
    }

    private static void weigert(
            Meldingsoort soort, List<HistorischeStap> stappen, Sluitreden reden, String veld, String sleutel) {
        assertThatThrownBy(() -> Zaak.herspeel(soort, ONTVANGEN, stappen, reden))
                .isInstanceOfSatisfying(Weigering.class, w -> {
                    assertThat(w.veld()).isEqualTo(veld);
                    assertThat(w.berichtSleutel()).isEqualTo(sleutel);
                });
    }

    @Test
    void refusesWhatTheFlowDoesNotHave() {
        weigert(
                Meldingsoort.OVERIG,
                List.of(stap(Transitie.START_TRIAGE, "2023-03-04T09:00:00Z")),
                null,
                "tijdlijn[0].transitie",
                "zaak.historie.eerst-openen");
        weigert(
                Meldingsoort.OVERIG,
                List.of(stap(Transitie.OPENEN, "2023-03-02T09:00:00Z")),
                null,
                "tijdlijn[0].op",
                "zaak.historie.voor-ontvangst");
        weigert(
                Meldingsoort.OVERIG,
                List.of(
                        stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"),
                        stap(Transitie.START_TRIAGE, "2023-03-03T10:00:00Z")),
                null,
                "tijdlijn[1].op",
                "zaak.historie.volgorde");
        weigert(
                Meldingsoort.OVERIG,
                List.of(stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"), stap(Transitie.SLUIT, "2023-03-05T10:00:00Z")),
                Sluitreden.GEEN_VERVOLG,
                "tijdlijn[1].transitie",
                "zaak.historie.transitie");
        weigert(
                Meldingsoort.OVERIG,
                List.of(stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"), stap(Transitie.OPENEN, "2023-03-05T10:00:00Z")),
                null,
                "tijdlijn[1].transitie",
                "zaak.historie.transitie");
        weigert(
                Meldingsoort.CALAMITEIT,
                List.of(
                        stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"),
                        stap(Transitie.START_TRIAGE, "2023-03-05T10:00:00Z"),
                        stap(Transitie.NEEM_IN_BEOORDELING, "2023-03-06T10:00:00Z")),
                null,
                "tijdlijn[2].transitie",
                "zaak.calamiteit-eerst-onderzoek");
    }

    @Test
    void aClosedCaseHasAFittingReasonAndAnOpenOneNone() {
        List<HistorischeStap> gesloten = List.of(
                stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"),
                stap(Transitie.START_TRIAGE, "2023-03-05T10:00:00Z"),
                stap(Transitie.SLUIT, "2023-03-06T10:00:00Z"));
        weigert(Meldingsoort.OVERIG, gesloten, null, "sluitreden", "zaak.sluitreden.verplicht");
        weigert(Meldingsoort.OVERIG, gesloten, Sluitreden.SAMENGEVOEGD, "sluitreden", "zaak.sluitreden.niet-handmatig");
        weigert(
                Meldingsoort.OVERIG,
                gesloten.subList(0, 2),
                Sluitreden.GEEN_VERVOLG,
                "sluitreden",
                "zaak.sluitreden.alleen-bij-sluiten");
        weigert(
                Meldingsoort.OVERIG,
                List.of(
                        stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"),
                        stap(Transitie.SAMENVOEGEN, "2023-03-05T10:00:00Z")),
                Sluitreden.GEEN_VERVOLG,
                "sluitreden",
                "zaak.historie.samengevoegd");
        assertThat(Zaak.herspeel(
                        Meldingsoort.OVERIG,
                        ONTVANGEN,
                        List.of(
                                stap(Transitie.OPENEN, "2023-03-04T09:00:00Z"),
                                stap(Transitie.SAMENVOEGEN, "2023-03-05T10:00:00Z")),
                        Sluitreden.SAMENGEVOEGD))
                .last()
                .extracting(Statuswijziging::naar)
                .isEqualTo(Zaakstatus.GESLOTEN);
    }
}
