package nl.toezicht.register;

import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;

/** What other modules may know of a care provider: enough to show and link it. */
public record ZorgaanbiederSamenvatting(
        ZorgaanbiederId id,
        String naam,
        String kvkNummer,
        Set<Zorgsector> sectoren,
        List<LocatieSamenvatting> locaties) {

    public record LocatieSamenvatting(LocatieId id, String naam, String adres, String postcode, String plaats) {}
}
