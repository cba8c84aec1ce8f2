package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a fine's amount follows from the policy: the version and category, the base amount, the reductions chosen
 * (codes) and their sum in percent, and the amount imposed. Stored with the measure, never recomputed.
 */
public record Boeteberekening(
        int versie,
        int categorie,
        BigDecimal basisbedrag,
        List<String> matigingen,
        BigDecimal percentage,
        BigDecimal bedrag) {

    public Boeteberekening {
        matigingen = List.copyOf(matigingen);
    }
}
