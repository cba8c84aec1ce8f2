package nl.toezicht.inspecties;

import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/** A supervision activity was planned (for a case: {@code zaak} is its id). */
public record ToezichtactiviteitGepland(
        UUID activiteit,
        String referentie,
        Activiteitsoort soort,
        Aankondiging aankondiging,
        Zorgsector afdeling,
        @Nullable UUID zaak,
        LocalDate begindatum) {}
