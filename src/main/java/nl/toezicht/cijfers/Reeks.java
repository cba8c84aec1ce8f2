package nl.toezicht.cijfers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly series for the trend lines: one measure for one sector (or {@code TOTAAL}) over the months of
 * the period. {@code waarden} are unrounded (analysts only), {@code gepubliceerd} rounded by the rules
 * (small counts as 0).
 */
public record Reeks(
        String grootheid,
        String sector,
        List<String> maanden,
        @Nullable List<Long> waarden,
        List<Long> gepubliceerd) {

    Reeks zonderWaarden() {
        return new Reeks(grootheid, sector, maanden, null, gepubliceerd);
    }
}
