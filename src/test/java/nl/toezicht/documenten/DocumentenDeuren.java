package nl.toezicht.documenten;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for documents and letters: module documenten's doors and the case's
 * letter pages (zaken.web.ZaakbriefViewController), which file into the case's dossier. Need-to-know is the
 * case's department; administrators read documents but add none; analysts see none (decision 0024).
 */
class DocumentenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // no file sent: refused on its field and back to the case (302), after the right and need-to-know
        d.add(deur("POST /documenten/{soort}/{dossierId}", Doel.DOSSIER)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("titel", "Zonder bestand")));
        d.add(deur("POST /documenten/{id}/versies", Doel.DOCUMENT)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of()));
        d.add(deur("GET /documenten/{id}/versies/{versie}", Doel.DOCUMENT)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /zaken/{id}/brieven/{soort}", Doel.ZAAKBRIEF)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /zaken/{id}/brieven/{soort}/voorbeeld", Doel.ZAAKBRIEF)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("tekst", "Matrix")));
        d.add(deur("POST /zaken/{id}/brieven/{soort}", Doel.ZAAKBRIEF)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("tekst", "Matrix")));
    }
}
