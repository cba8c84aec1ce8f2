package nl.toezicht.historie;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/** The rows of the authorisation matrix for module historie: the bulk import of the past (docs/toegang.md, "The authorisation matrix"). */
class HistorieDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // bulk import of the past (issue 6): administrators (an import run nobody made: not found)
        d.add(deur("GET /beheer/historie", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /beheer/historie", Doel.GEEN).mag(BEHEERDER).formulier(o -> Map.of()));
        d.add(deur("GET /beheer/historie/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /beheer/historie/{id}/voortgang", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /beheer/historie/{id}/afwijzingen", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/historie/importen/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/historie/importen/{id}/aansluiting.csv", Doel.VAST)
                .status(BEHEERDER, 404));
    }
}
