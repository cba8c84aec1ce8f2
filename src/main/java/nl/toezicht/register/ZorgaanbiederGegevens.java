package nl.toezicht.register;

import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * What intake staff enter about a provider, as typed: the aggregate normalises and judges it. A location
 * with an id is an existing one (kept, with its id, because other modules store it); without, a new one.
 */
public record ZorgaanbiederGegevens(
        String naam,
        String kvkNummer,
        @Nullable String agbCode,
        Set<Zorgsector> sectoren,
        List<LocatieGegevens> locaties) {

    public ZorgaanbiederGegevens {
        sectoren = sectoren == null ? Set.of() : Set.copyOf(sectoren);
        locaties = locaties == null ? List.of() : List.copyOf(locaties);
    }

    public record LocatieGegevens(
            @Nullable LocatieId id,
            @Nullable String naam,
            String adres,
            String postcode,
            String plaats,
            String gemeente) {}
}
