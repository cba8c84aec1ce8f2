package nl.toezicht.berichten;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;
import nl.toezicht.toegang.Rol;

/** The rows of the authorisation matrix for module berichten: one's own alerts, every staff role; not the provider. */
class BerichtenDeuren implements Autorisatiematrix.Bijdrage {

    static final Rol[] PERSONEEL = {INTAKE, INSPECTEUR, JURIST, ANALIST, PRIVACYFUNCTIONARIS, BEHEERDER};

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /berichten", Doel.GEEN).mag(PERSONEEL));
        d.add(deur("POST /berichten/gelezen", Doel.GEEN).mag(PERSONEEL));
        d.add(deur("POST /berichten/voorkeur", Doel.GEEN).mag(PERSONEEL).formulier(o -> Map.of("perEmail", "true")));
        // an alert nobody has (and so not one's own) is not found
        Deur openen = deur("POST /berichten/{id}", Doel.VAST).mag(PERSONEEL);
        for (Rol rol : PERSONEEL) {
            openen.status(rol, 404);
        }
        d.add(openen);
    }
}
