package nl.toezicht.toegang;

import java.util.Set;
import nl.toezicht.kern.Zorgsector;

/** A staff member; the departments (afdelingen) are identified by their supervision sector. */
public record Medewerker(String gebruikersnaam, String naam, Rol rol, Set<Zorgsector> afdelingen) {

    public Medewerker {
        afdelingen = Set.copyOf(afdelingen);
    }

    public boolean werktBij(Zorgsector afdeling) {
        return afdelingen.contains(afdeling);
    }
}
