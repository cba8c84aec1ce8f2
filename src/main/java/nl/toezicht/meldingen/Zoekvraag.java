package nl.toezicht.meldingen;

import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/** Filters of the staff list; null means "any". {@code tot} is inclusive (a Dutch date). */
public record Zoekvraag(
        @Nullable Zorgsector sector,
        @Nullable Meldingsoort soort,
        @Nullable Meldingstatus status,
        @Nullable Bron bron,
        @Nullable LocalDate vanaf,
        @Nullable LocalDate tot,
        boolean alleenOngekoppeld) {}
