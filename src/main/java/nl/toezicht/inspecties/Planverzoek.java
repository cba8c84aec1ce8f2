package nl.toezicht.inspecties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * What the planner asks for. With a case ({@code zaak}) the department and, when not given, the provider are
 * the case's; otherwise the department is required.
 */
public record Planverzoek(
        @Nullable Activiteitsoort soort,
        @Nullable Aankondiging aankondiging,
        @Nullable Zorgsector afdeling,
        @Nullable Aanleiding aanleiding,
        @Nullable UUID zaak,
        @Nullable String aanleidingOmschrijving,
        @Nullable UUID zorgaanbieder,
        List<UUID> locaties,
        @Nullable UUID kaderversie,
        @Nullable String leider,
        List<String> team,
        @Nullable LocalDate begindatum,
        @Nullable LocalDate einddatum) {

    public Planverzoek {
        locaties = List.copyOf(locaties);
        team = List.copyOf(team);
    }
}
