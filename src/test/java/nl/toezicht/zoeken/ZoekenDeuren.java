package nl.toezicht.zoeken;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;

import java.util.List;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;
import nl.toezicht.toegang.Rol;

/**
 * The rows of the authorisation matrix for module zoeken: the search box, for staff who read cases or
 * notifications; not the privacy officer, not the provider. Without a term the API refuses on the field (422).
 */
class ZoekenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /zoeken", Doel.GEEN).mag(MEDEWERKERS));
        Deur api = deur("GET /api/v1/zoeken", Doel.GEEN).mag(MEDEWERKERS);
        for (Rol rol : MEDEWERKERS) {
            api.status(rol, 422);
        }
        d.add(api);
    }
}
