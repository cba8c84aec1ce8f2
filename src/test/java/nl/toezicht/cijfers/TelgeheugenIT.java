package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import nl.toezicht.zaken.Zakenlader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of settled months are served from memory only while nothing has changed them (decision 0097): a
 * history import into a past year, a case of it closed, must show at the next request, not at the next refresh
 * or restart; the refresh itself must not change a figure. Counted on a year of its own, long ago (no other test
 * writes it), in the sector the bulk fixtures use, so every assertion is on this test's own rows.
 */
@IntegratieTest
class TelgeheugenIT {

    @Autowired
    MeldingTelbron telbron;

    @Autowired
    Telgeheugen geheugen;

    @Autowired
    Cijferaggregaten aggregaten;

    @Autowired
    Meldingenlader meldingenlader;

    @Autowired
    Zakenlader zakenlader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Clock klok;

    private record Stand(long ontvangen, long gesloten, long openBijBeginVolgendJaar) {}

    private Stand tel(int jaar) {
        Telling t = telbron.tel(List.of(Periode.jaar(jaar), Periode.jaar(jaar + 1)), klok.instant());
        return new Stand(
                t.aantal(Grootheid.ONTVANGEN, Zorgsector.PREVENTIE, Periode.jaar(jaar)),
                t.aantal(Grootheid.GESLOTEN, Zorgsector.PREVENTIE, Periode.jaar(jaar)),
                t.aantal(Grootheid.OPEN_BIJ_BEGIN, Zorgsector.PREVENTIE, YearMonth.of(jaar + 1, 1)));
    }

    @Test
    void aLateChangeToAPastYearShowsAtTheNextRequestAndTheRefreshChangesNoFigure() {
        int jaar = 1990 + ThreadLocalRandom.current().nextInt(15);
        aggregaten.ververs(); // the stand at today: the year is settled, and what is loaded now a late change
        Stand voor = tel(jaar);
        long bediend = geheugen.tellers()[0];
        assertThat(tel(jaar)).isEqualTo(voor);
        assertThat(geheugen.tellers()[0])
                .as("the settled year served from memory")
                .isGreaterThan(bediend);

        // a history import of two notifications into that year (in its own transaction, no refresh after it)
        Instant ontvangen = LocalDate.of(jaar, 3, 14)
                .atTime(10, 0)
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
        List<Bulkmelding> meldingen =
                List.of(NaBulkladingIT.melding(ontvangen), NaBulkladingIT.melding(ontvangen.plusSeconds(60)));
        transacties.executeWithoutResult(t -> meldingenlader.begin().schrijf(meldingen));
        Stand geladen = tel(jaar);
        assertThat(geladen)
                .isEqualTo(new Stand(voor.ontvangen() + 2, voor.gesloten(), voor.openBijBeginVolgendJaar() + 2));
        bediend = geheugen.tellers()[0];
        assertThat(tel(jaar)).isEqualTo(geladen);
        assertThat(geheugen.tellers()[0])
                .as("counted again once, then from memory")
                .isGreaterThan(bediend);

        // the case of one of them, closed that year: the closed count and the next year's open stock move
        Instant gesloten = LocalDate.of(jaar, 6, 2)
                .atTime(15, 0)
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
        transacties.executeWithoutResult(
                t -> zakenlader.begin().schrijf(List.of(NaBulkladingIT.geslotenZaak(meldingen.get(0), gesloten))));
        Stand gesloteneZaak = tel(jaar);
        assertThat(gesloteneZaak)
                .isEqualTo(
                        new Stand(geladen.ontvangen(), geladen.gesloten() + 1, geladen.openBijBeginVolgendJaar() - 1));

        // the refresh moves the late days into the daily counts: the same figures, now from them
        aggregaten.ververs();
        assertThat(tel(jaar)).isEqualTo(gesloteneZaak);
    }
}
