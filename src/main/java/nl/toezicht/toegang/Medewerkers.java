package nl.toezicht.toegang;

import java.util.List;
import java.util.Optional;
import nl.toezicht.kern.Zorgsector;

/** Who works here: for routing a case to an inspector of its department and for showing names. */
public interface Medewerkers {

    Optional<Medewerker> vind(String gebruikersnaam);

    /** Active inspectors of a department, by name. */
    List<Medewerker> inspecteursVan(Zorgsector afdeling);

    /** The e-mail address of an active account, if it has one (for alerts by e-mail). */
    Optional<String> emailadres(String gebruikersnaam);

    /** The logged-in staff member; refuses when nobody is logged in. */
    Medewerker huidige();
}
