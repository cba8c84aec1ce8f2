package nl.toezicht.inspecties;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.JURIST;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for module inspecties (docs/toegang.md): frameworks are read by all
 * staff and kept by the framework owner; activities are need-to-know per department and planned by inspectors.
 */
class InspectiesDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // assessment frameworks: not of a department; the owner (functional administrator) changes them
        d.add(deur("GET /inspecties/kaders", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /inspecties/kaders/{id}", Doel.KADERVERSIE).mag(MEDEWERKERS));
        d.add(deur("GET /inspecties/kaders/{id}/verschil", Doel.KADERVERSIE).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/toetsingskaders/versies/{id}", Doel.KADERVERSIE).mag(MEDEWERKERS));
        d.add(deur("POST /inspecties/kaders/import", Doel.GEEN).mag(BEHEERDER));
        d.add(deur("POST /api/v1/toetsingskaders", Doel.GEEN)
                .mag(BEHEERDER)
                .body(o -> KaderdocumentTest.goed()
                        .replace(
                                "\"test-kader\"",
                                "\"matrix-" + UUID.randomUUID().toString().substring(0, 8) + "\"")));
        d.add(deur("POST /inspecties/kaders/{id}/normen", Doel.KADERVERSIE)
                .mag(BEHEERDER)
                .formulier(o -> Map.of("thema", "1", "code", "1.7", "titel", "Matrix", "tekst", "Matrixtest.")));
        d.add(deur("POST /inspecties/kaders/{id}/normen/verwijderen", Doel.KADERVERSIE)
                .mag(BEHEERDER)
                .formulier(o -> Map.of("code", "1.7")));
        d.add(deur("POST /inspecties/kaders/{id}/themas", Doel.KADERVERSIE)
                .mag(BEHEERDER)
                .formulier(o -> Map.of(
                        "themaCode", "9", "themaTitel", "Matrix", "code", "9.1", "titel", "Matrix", "tekst", "Test.")));
        d.add(deur("POST /inspecties/kaders/{id}/publiceren", Doel.KADERVERSIE).mag(BEHEERDER));
        d.add(deur("POST /inspecties/kaders/{id}/nieuwe-versie", Doel.KADERVERSIE)
                .mag(BEHEERDER));
        // supervision activities: need-to-know per department; inspectors plan and take the steps
        d.add(deur("GET /inspecties", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /inspecties/gemeenten", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /inspecties/activiteiten/nieuw", Doel.GEEN).mag(INSPECTEUR));
        d.add(deur("POST /inspecties/activiteiten", Doel.GEEN).mag(INSPECTEUR));
        d.add(deur("GET /inspecties/activiteiten/{id}", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /inspecties/activiteiten/{id}/stappen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("stap", "STARTEN")));
        // findings: the team records them during the fieldwork (the fixture is planned: refused in words)
        d.add(deur("GET /inspecties/activiteiten/{id}/veldwerk", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/bevindingen", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /inspecties/activiteiten/{id}/bevindingen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(
                        o -> Map.of("sleutel", UUID.randomUUID().toString(), "normCode", "1.1", "score", "VOLDOET")));
        d.add(deur("PUT /api/v1/toezichtactiviteiten/{id}/bevindingen/{normCode}", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"score\": \"VOLDOET\", \"onderbouwing\": \"Matrixtest\"}"));
    }
}
