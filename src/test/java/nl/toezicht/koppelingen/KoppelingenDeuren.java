package nl.toezicht.koppelingen;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for events to partners: only an administrator manages subscriptions
 * (an id nobody has: 404 for them, 403 for everyone else); the event log opens only for a subscription's key,
 * which no role has (401 for all, KoppelingenIT shows the key at work).
 */
class KoppelingenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /api/v1/abonnementen", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /api/v1/abonnementen", Doel.GEEN).mag(BEHEERDER).body(o -> """
                        {"naam": "Matrixpartner", "soort": "LANDELIJK", "url": "https://partner.example/hook",
                         "typen": ["nl.toezicht.melding.ontvangen"]}"""));
        d.add(deur("GET /api/v1/abonnementen/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("DELETE /api/v1/abonnementen/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/abonnementen/{id}/dode-letters", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("POST /api/v1/abonnementen/{id}/dode-letters/aanbieding", Doel.VAST)
                .status(BEHEERDER, 404));
        d.add(deur("POST /api/v1/abonnementen/{id}/dode-letters/{gebeurtenis}/aanbieding", Doel.VAST)
                .status(BEHEERDER, 404));
        d.add(deur("GET /api/v1/gebeurtenissen", Doel.GEEN).iedereen(401));
        // the administrator's pages: an empty form comes back with its error; an id nobody has is not found
        d.add(deur("GET /beheer/abonnementen", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /beheer/abonnementen", Doel.GEEN).mag(BEHEERDER).formulier(o -> Map.of()));
        d.add(deur("GET /beheer/abonnementen/{id}", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("POST /beheer/abonnementen/{id}/beeindigen", Doel.VAST).status(BEHEERDER, 404));
        d.add(deur("POST /beheer/abonnementen/{id}/dode-letters/aanbieding", Doel.VAST)
                .status(BEHEERDER, 404));
        d.add(deur("POST /beheer/abonnementen/{id}/dode-letters/{gebeurtenis}/aanbieding", Doel.VAST)
                .status(BEHEERDER, 404));
    }
}
