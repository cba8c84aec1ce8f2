package nl.toezicht.inspecties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/** The rows of the planning lists (docs/inspecties.md, "Planning"). */
public final class Planningsoverzichten {

    private Planningsoverzichten() {}

    /**
     * One activity in a planning list.
     *
     * @param botsing one of its team is also on another activity on one of its days
     */
    public record Regel(
            UUID id,
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            UUID zorgaanbiederId,
            String leider,
            List<String> team,
            LocalDate begindatum,
            LocalDate einddatum,
            boolean botsing) {}

    /**
     * A team member is on another activity on one of the same days. Of an activity outside the user's
     * departments only the dates are shown.
     */
    public record Botsing(
            String gebruikersnaam,
            @Nullable UUID activiteit,
            @Nullable String referentie,
            LocalDate begindatum,
            LocalDate einddatum) {}

    /** A location visited in the last twelve months: when last, how often. */
    public record BezochteLocatie(
            UUID locatieId,
            @Nullable String naam,
            String adres,
            String plaats,
            String gemeente,
            UUID zorgaanbiederId,
            LocalDate laatsteBezoek,
            int aantal) {}

    /** An open activity at a location of a municipality. */
    public record Gemeenteregel(
            String gemeente,
            String plaats,
            @Nullable String locatie,
            UUID activiteit,
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            UUID zorgaanbiederId,
            LocalDate begindatum) {}
}
