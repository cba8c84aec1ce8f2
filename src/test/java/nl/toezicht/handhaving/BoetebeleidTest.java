package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;

/** The fine policy's sums: base amount less the reductions added up, exact to the cent, never in the party's harm. */
class BoetebeleidTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 5);

    private static Boetebeleid beleid(List<Boetebeleid.Categorie> c, List<Boetebeleid.Matiging> m) {
        return new Boetebeleid(7, VANDAAG, "Beleidsregels test", c, m, "beheerder", Instant.EPOCH);
    }

    private static final Boetebeleid BELEID = beleid(
            List.of(
                    new Boetebeleid.Categorie(1, "Administratief", new BigDecimal("1234.57")),
                    new Boetebeleid.Categorie(3, "Melding", new BigDecimal("12500.00"))),
            List.of(
                    new Boetebeleid.Matiging("KLEIN", "Kleine organisatie", new BigDecimal("50")),
                    new Boetebeleid.Matiging("VERWIJTBAAR", "Verminderde verwijtbaarheid", new BigDecimal("25")),
                    new Boetebeleid.Matiging("EERSTE", "Eerste overtreding", new BigDecimal("10")),
                    new Boetebeleid.Matiging("DERDE", "Een derde", new BigDecimal("33.33"))));

    @Test
    void theAmountIsTheBaseAmountLessTheReductionsAddedUp() {
        Boeteberekening b = BELEID.bereken(3, List.of("VERWIJTBAAR", "EERSTE"));
        assertThat(b.versie()).isEqualTo(7);
        assertThat(b.basisbedrag()).isEqualByComparingTo("12500.00");
        assertThat(b.percentage()).isEqualByComparingTo("35");
        assertThat(b.bedrag()).isEqualTo(new BigDecimal("8125.00"));
        assertThat(BELEID.bereken(3, List.of()).bedrag()).isEqualTo(new BigDecimal("12500.00"));
        // all of them together: 50 + 25 + 10 = 85%
        assertThat(BELEID.bereken(3, List.of("KLEIN", "VERWIJTBAAR", "EERSTE")).bedrag())
                .isEqualTo(new BigDecimal("1875.00"));
    }

    @Test
    void aFractionOfACentIsDroppedInFavourOfTheParty() {
        // 1234.57 × 50% = 617.285 → 617.28 (never 617.29); 1234.57 × 66.67% = 823.088... → 823.08
        assertThat(BELEID.bereken(1, List.of("KLEIN")).bedrag()).isEqualTo(new BigDecimal("617.28"));
        assertThat(BELEID.bereken(1, List.of("DERDE")).bedrag()).isEqualTo(new BigDecimal("823.08"));
        assertThat(BELEID.bereken(1, List.of("DERDE")).bedrag().scale()).isEqualTo(2);
    }

    @Test
    void aReductionChosenTwiceCountsOnce() {
        Boeteberekening b = BELEID.bereken(3, List.of("EERSTE", "EERSTE"));
        assertThat(b.matigingen()).containsExactly("EERSTE");
        assertThat(b.bedrag()).isEqualTo(new BigDecimal("11250.00"));
    }

    @Test
    void refusesAnUnknownCategoryOrReductionAndReductionsOverAHundredPercent() {
        assertThatThrownBy(() -> BELEID.bereken(2, List.of()))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("boetecategorie"));
        assertThatThrownBy(() -> BELEID.bereken(3, List.of("ONBEKEND")))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("matigingen"));
        Boetebeleid ruim = beleid(
                List.of(new Boetebeleid.Categorie(1, "A", new BigDecimal("100"))),
                List.of(
                        new Boetebeleid.Matiging("A", "a", new BigDecimal("60")),
                        new Boetebeleid.Matiging("B", "b", new BigDecimal("40.01")),
                        new Boetebeleid.Matiging("C", "c", new BigDecimal("40"))));
        assertThatThrownBy(() -> ruim.bereken(1, List.of("A", "B")))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.berichtSleutel()).isEqualTo("boetebeleid.matiging.te-veel"));
        // exactly 100% would leave a fine of nothing: refused as well; just below is exact
        assertThatThrownBy(() -> ruim.bereken(1, List.of("A", "C"))).isInstanceOf(Weigering.class);
        assertThat(ruim.bereken(1, List.of("A")).bedrag()).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void aNewVersionIsCheckedBeforeItIsStored() {
        BigDecimal hoogste = new BigDecimal("1000000");
        BELEID.controleer(VANDAAG, hoogste);
        assertThatThrownBy(() -> BELEID.controleer(VANDAAG.plusDays(1), hoogste))
                .isInstanceOfSatisfying(
                        Weigering.class, w -> assertThat(w.veld()).isEqualTo("geldigVanaf"));
        record Geval(Boetebeleid beleid, String veld) {}
        BigDecimal b = new BigDecimal("100");
        List<Geval> gevallen = List.of(
                new Geval(beleid(List.of(), List.of()), "categorieen"),
                new Geval(
                        beleid(
                                List.of(new Boetebeleid.Categorie(1, "A", b), new Boetebeleid.Categorie(1, "B", b)),
                                List.of()),
                        "categorieen"),
                new Geval(
                        beleid(List.of(new Boetebeleid.Categorie(1, "A", new BigDecimal("1.005"))), List.of()),
                        "categorieen"),
                new Geval(
                        beleid(List.of(new Boetebeleid.Categorie(1, "A", new BigDecimal("1000000.01"))), List.of()),
                        "categorieen"),
                new Geval(
                        beleid(
                                List.of(new Boetebeleid.Categorie(1, "A", b)),
                                List.of(new Boetebeleid.Matiging("A", "a", new BigDecimal("100.01")))),
                        "matigingen"),
                new Geval(
                        beleid(
                                List.of(new Boetebeleid.Categorie(1, "A", b)),
                                List.of(new Boetebeleid.Matiging("klein", "a", new BigDecimal("10")))),
                        "matigingen"));
        for (Geval g : gevallen) {
            assertThatThrownBy(() -> g.beleid().controleer(VANDAAG, hoogste))
                    .as(g.toString())
                    .isInstanceOfSatisfying(
                            Weigering.class, w -> assertThat(w.veld()).isEqualTo(g.veld()));
        }
    }
}
