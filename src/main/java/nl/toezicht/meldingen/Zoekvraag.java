package nl.toezicht.meldingen;

import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the staff list; null means "any". {@code tot} is inclusive (a Dutch date). A patient is found
 * by pseudonym, the only patient key stored searchably (a BSN never travels in a URL: ASVS 14.2.1).
 */
public record Zoekvraag(
        @Nullable Zorgsector sector,
        @Nullable Meldingsoort soort,
        @Nullable Meldingstatus status,
        @Nullable Bron bron,
        @Nullable LocalDate vanaf,
        @Nullable LocalDate tot,
        boolean alleenOngekoppeld,
        @Nullable String pseudoniem) {

    public Zoekvraag(
            @Nullable Zorgsector sector,
            @Nullable Meldingsoort soort,
            @Nullable Meldingstatus status,
            @Nullable Bron bron,
            @Nullable LocalDate vanaf,
            @Nullable LocalDate tot,
            boolean alleenOngekoppeld) {
        this(sector, soort, status, bron, vanaf, tot, alleenOngekoppeld, null);
    }
}
