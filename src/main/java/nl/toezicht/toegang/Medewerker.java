package nl.toezicht.toegang;

import java.util.Set;
import nl.toezicht.kern.Zorgsector;

/**
 * An account: a staff member, whose departments (afdelingen) are identified by their supervision sector,
 * or a care provider's user, who acts for the providers whose KvK numbers it holds.
 */
public record Medewerker(
        String gebruikersnaam, String naam, Rol rol, Set<Zorgsector> afdelingen, Set<String> kvkNummers) {

    public Medewerker {
        afdelingen = Set.copyOf(afdelingen);
        kvkNummers = Set.copyOf(kvkNummers);
    }

    public Medewerker(String gebruikersnaam, String naam, Rol rol, Set<Zorgsector> afdelingen) {
        this(gebruikersnaam, naam, rol, afdelingen, Set.of());
    }

    public boolean werktBij(Zorgsector afdeling) {
        return afdelingen.contains(afdeling);
    }

    public boolean handeltVoor(String kvkNummer) {
        return kvkNummers.contains(kvkNummer);
    }
}
