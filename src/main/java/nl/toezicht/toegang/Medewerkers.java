package nl.toezicht.toegang;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Zorgsector;

/** Who works here: for routing a case to an inspector of its department and for showing names. */
public interface Medewerkers {

    Optional<Medewerker> vind(String gebruikersnaam);

    /**
     * The names of these staff members by user name, for a list that shows many (one look-up, not one per
     * name); an unknown user name is left out.
     */
    default Map<String, String> namen(Collection<String> gebruikersnamen) {
        Map<String, String> namen = new HashMap<>();
        gebruikersnamen.forEach(g -> vind(g).ifPresent(m -> namen.put(g, m.naam())));
        return namen;
    }

    /** Active inspectors of a department, by name. */
    List<Medewerker> inspecteursVan(Zorgsector afdeling);

    /** The e-mail address of an active account, if it has one (for alerts by e-mail). */
    Optional<String> emailadres(String gebruikersnaam);

    /** The logged-in staff member; refuses when nobody is logged in. */
    Medewerker huidige();
}
