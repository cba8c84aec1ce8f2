package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks before approval, on deliberately contradictory sets: each finding says where. */
class ConsistentiecontroleTest {

    private final Consistentiecontrole controle =
            new Consistentiecontrole(CijfersGoudenTest.register().definities());

    /** The golden set with one unrounded count changed. */
    private static Cijferset met(String tabel, String rij, String grootheid, long waarde) {
        Cijferset set = CijfersGoudenTest.gouden();
        List<Tabel> tabellen = new ArrayList<>();
        for (Tabel t : set.tabellen()) {
            if (!t.id().equals(tabel)) {
                tabellen.add(t);
                continue;
            }
            List<Rij> rijen = new ArrayList<>();
            for (Rij r : t.rijen()) {
                rijen.add(
                        !r.sleutel().equals(rij)
                                ? r
                                : new Rij(
                                        r.sleutel(),
                                        r.label(),
                                        r.totaal(),
                                        r.cellen().stream()
                                                .map(c -> c.grootheid().equals(grootheid)
                                                        ? new Cel(
                                                                c.grootheid(),
                                                                c.sector(),
                                                                c.jaar(),
                                                                waarde,
                                                                c.tekst(),
                                                                c.markering())
                                                        : c)
                                                .toList()));
            }
            tabellen.add(new Tabel(t.id(), t.titel(), t.indeling(), t.kolomkoppen(), rijen, t.voetnoten(), t.regels()));
        }
        return new Cijferset(
                set.jaar(),
                set.periode(),
                set.periodeOmschrijving(),
                set.jaren(),
                set.peilmoment(),
                set.regelsVersie(),
                set.vorm(),
                tabellen,
                set.reeksen(),
                set.balans());
    }

    @Test
    void anOfWhichAboveItsTotalIsFoundWithTableRowAndColumn() {
        Cijferset set = met("ontvangen-meldingen", "GGZ", "ONTVANGEN_CALAMITEIT", 5);

        assertThat(controle.controleer(set))
                .contains("'Waarvan' groter dan het geheel: tabel 'Ontvangen meldingen per zorgsector', rij 'GGZ',"
                        + " kolom 'Waarvan calamiteit' is 5, meer dan Ontvangen meldingen (4).");
    }

    @Test
    void rowsThatDoNotAddUpToTheTotalRowAreFound() {
        Cijferset set = met("overlijden", "TOTAAL", "OVERLEDEN", 31);

        assertThat(controle.controleer(set))
                .contains("Rijen tellen niet op: tabel 'Meldingen over overlijden/suïcide per zorgsector', kolom 'Is"
                        + " overleden': de sectoren samen 30, de totaalrij 31.");
    }

    @Test
    void partsThatDoNotAddUpToTheirWholeWithinARowAreFound() {
        Cijferset set = met("seksueel-grensoverschrijdend-gedrag", "GEHANDICAPTENZORG", "SGG", 9);

        assertThat(controle.controleer(set))
                .anySatisfy(b -> assertThat(b)
                        .isEqualTo("Kolommen tellen niet op: tabel 'Meldingen (vermoeden van) seksueel"
                                + " grensoverschrijdend gedrag per zorgsector', rij 'Gehandicaptenzorg', 2019: de"
                                + " delen samen 8, Seksueel grensoverschrijdend gedrag 9."));
    }

    @Test
    void theSameFigureDifferingBetweenTablesIsFoundWithBothPlaces() {
        Cijferset set = met("productie", "ONTVANGEN", "ONTVANGEN", 1283);

        assertThat(controle.controleer(set))
                .anySatisfy(b -> assertThat(b)
                        .startsWith("Hetzelfde cijfer verschilt:")
                        .contains(
                                "tabel 'Ontvangen meldingen per zorgsector', rij 'Totaal', kolom 'Ontvangen' zegt 1282")
                        .contains("tabel 'Overige productie-indicatoren', rij 'Ontvangen meldingen', 2019 zegt 1283"));
    }

    @Test
    void moreClosedThanReceivedPlusOpenAtTheStartIsFound() {
        Cijferset gouden = CijfersGoudenTest.gouden();
        List<Balans> balans = new ArrayList<>(gouden.balans());
        balans.add(new Balans("GGZ", 2019, 2, 4, 7));
        Cijferset set = new Cijferset(
                gouden.jaar(),
                gouden.periode(),
                gouden.periodeOmschrijving(),
                gouden.jaren(),
                gouden.peilmoment(),
                gouden.regelsVersie(),
                gouden.vorm(),
                gouden.tabellen(),
                gouden.reeksen(),
                balans);

        assertThat(controle.controleer(set))
                .contains("Sector GGZ, 2019: afgesloten (7) is meer dan ontvangen (4) plus open bij het begin (2).");
    }

    /** The production table with the visits of a year as counted (or printed): total and its three kinds. */
    private static Cijferset bezoeken(long totaal, long aangekondigd, long onaangekondigd, long deels) {
        java.time.YearMonth maand = java.time.YearMonth.of(2019, 5);
        Telling telling = Gouden.telling(2019)
                .tel(Grootheid.BEZOEKEN, nl.toezicht.kern.Zorgsector.GGZ, maand, totaal)
                .tel(Grootheid.BEZOEKEN_AANGEKONDIGD, nl.toezicht.kern.Zorgsector.GGZ, maand, aangekondigd)
                .tel(Grootheid.BEZOEKEN_ONAANGEKONDIGD, nl.toezicht.kern.Zorgsector.GGZ, maand, onaangekondigd)
                .tel(Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD, nl.toezicht.kern.Zorgsector.GGZ, maand, deels);
        return new Tabellenregister(
                        List.of(new StandaardTabellen().toezichtproductie()), List.of(), CijfersGoudenTest.berichten())
                .samenstellen(List.of(Periode.jaar(2019)), telling, CijfersGoudenTest.PEIL);
    }

    /**
     * The annual report's printed 2019 column of "Realisatie productie": 835 + 693 + 1,044 external visits make
     * 2,572, printed as 2,575. The parts are rows of their own in this table by year, and still checked.
     */
    /** The check of the supervision production table, which is not among the golden tables. */
    private final Consistentiecontrole toezicht =
            new Consistentiecontrole(List.of(new StandaardTabellen().toezichtproductie()));

    @Test
    void thePrinted2019VisitsColumnThatDoesNotAddUpIsAFailedCheck() {
        assertThat(toezicht.controleer(bezoeken(2_575, 835, 693, 1_044)))
                .contains("Kolommen tellen niet op: tabel 'Realisatie productie', rij 'Externe bezoeken', 2019: de"
                        + " delen samen 2572, Externe bezoeken 2575.");
        // 2021 as printed adds up: 1,415 + 201 + 760 = 2,376
        assertThat(toezicht.controleer(bezoeken(2_376, 1_415, 201, 760))).isEmpty();
    }

    @Test
    void aKindOfVisitAboveAllVisitsIsFoundAcrossTheRowsOfATableByYear() {
        assertThat(toezicht.controleer(bezoeken(100, 20, 130, 0)))
                .contains("'Waarvan' groter dan het geheel: tabel 'Realisatie productie', rij 'Waarvan onaangekondigd',"
                        + " 2019 is 130, meer dan Externe bezoeken (100).");
    }
}
