package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Weigering;

/**
 * One version of the fine policy table (docs/handhaving.md, decision 0094): the base amount per category and the
 * reductions allowed, in force from {@code geldigVanaf} until the next version. Never changed once stored.
 */
public record Boetebeleid(
        int versie,
        LocalDate geldigVanaf,
        String omschrijving,
        List<Categorie> categorieen,
        List<Matiging> matigingen,
        String vastgesteldDoor,
        Instant vastgesteldOp) {

    static final BigDecimal HONDERD = new BigDecimal("100");

    public record Categorie(int categorie, String omschrijving, BigDecimal basisbedrag) {}

    public record Matiging(String code, String omschrijving, BigDecimal percentage) {}

    public Boetebeleid {
        categorieen = List.copyOf(categorieen);
        matigingen = List.copyOf(matigingen);
    }

    /**
     * A fine's amount: the category's base amount less the sum of the chosen reductions' percentages (below
     * 100: a fine is never nil), to the cent, a fraction of a cent dropped in favour of the party. Refused on {@code boetecategorie}
     * for a category the version lacks, on {@code matigingen} for an unknown reduction or a sum of 100 or more.
     */
    public Boeteberekening bereken(int categorie, List<String> gekozen) {
        Categorie c = categorieen.stream()
                .filter(x -> x.categorie() == categorie)
                .findFirst()
                .orElseThrow(
                        () -> Weigering.opVeld("boetecategorie", "boetebeleid.categorie.onbekend", categorie, versie));
        Set<String> codes = new LinkedHashSet<>(gekozen);
        BigDecimal percentage = BigDecimal.ZERO.setScale(2);
        for (String code : codes) {
            Matiging m = matigingen.stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> Weigering.opVeld("matigingen", "boetebeleid.matiging.onbekend", code, versie));
            percentage = percentage.add(m.percentage());
        }
        if (percentage.compareTo(HONDERD) >= 0) {
            throw Weigering.opVeld("matigingen", "boetebeleid.matiging.te-veel", percentage.toPlainString());
        }
        BigDecimal bedrag =
                c.basisbedrag().multiply(HONDERD.subtract(percentage)).divide(HONDERD, 2, RoundingMode.DOWN);
        return new Boeteberekening(versie, categorie, c.basisbedrag(), List.copyOf(codes), percentage, bedrag);
    }

    /**
     * Checks a new version before it is stored: a start day not before today, at least one category, numbers and
     * codes once each, amounts positive with at most two decimals and not above the highest fine allowed,
     * percentages above 0 and at most 100.
     */
    void controleer(LocalDate vandaag, BigDecimal hoogsteBoete) {
        if (omschrijving.isBlank() || omschrijving.length() > 200) {
            throw Weigering.opVeld("omschrijving", "boetebeleid.omschrijving.verplicht");
        }
        if (geldigVanaf.isBefore(vandaag)) {
            throw Weigering.opVeld("geldigVanaf", "boetebeleid.geldig-vanaf.verleden");
        }
        if (categorieen.isEmpty()) {
            throw Weigering.opVeld("categorieen", "boetebeleid.categorie.geen");
        }
        Set<Integer> nummers = new HashSet<>();
        for (Categorie c : categorieen) {
            if (c.categorie() < 1 || c.categorie() > 99 || !nummers.add(c.categorie())) {
                throw Weigering.opVeld("categorieen", "boetebeleid.categorie.nummer", c.categorie());
            }
            if (c.omschrijving().isBlank() || c.omschrijving().length() > 200) {
                throw Weigering.opVeld("categorieen", "boetebeleid.categorie.omschrijving", c.categorie());
            }
            if (c.basisbedrag().signum() <= 0
                    || c.basisbedrag().stripTrailingZeros().scale() > 2
                    || c.basisbedrag().compareTo(hoogsteBoete) > 0) {
                throw Weigering.opVeld(
                        "categorieen", "boetebeleid.categorie.bedrag", c.categorie(), hoogsteBoete.toPlainString());
            }
        }
        Set<String> codes = new HashSet<>();
        for (Matiging m : matigingen) {
            if (!m.code().matches("[A-Z][A-Z_]{1,39}") || !codes.add(m.code())) {
                throw Weigering.opVeld("matigingen", "boetebeleid.matiging.code", m.code());
            }
            if (m.omschrijving().isBlank() || m.omschrijving().length() > 200) {
                throw Weigering.opVeld("matigingen", "boetebeleid.matiging.omschrijving", m.code());
            }
            if (m.percentage().signum() <= 0
                    || m.percentage().compareTo(HONDERD) > 0
                    || m.percentage().stripTrailingZeros().scale() > 2) {
                throw Weigering.opVeld("matigingen", "boetebeleid.matiging.percentage", m.code());
            }
        }
    }
}
