package nl.toezicht.register;

import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/** What other modules may know of a care provider: enough to show and link it. */
public record ZorgaanbiederSamenvatting(
        ZorgaanbiederId id,
        String naam,
        String kvkNummer,
        @Nullable String agbCode,
        Set<Zorgsector> sectoren,
        List<LocatieSamenvatting> locaties) {

    /** The first location, where the provider is usually known: for telling providers of one name apart. */
    public @Nullable LocatieSamenvatting hoofdlocatie() {
        return locaties.isEmpty() ? null : locaties.get(0);
    }

    public record LocatieSamenvatting(LocatieId id, String naam, String adres, String postcode, String plaats) {}
}
