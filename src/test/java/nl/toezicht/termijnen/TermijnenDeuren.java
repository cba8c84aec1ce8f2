package nl.toezicht.termijnen;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;

import java.util.List;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for module termijnen: "due this week" and the kinds of clock, for
 * staff with {@code termijnen.inzien}; the list holds only departments the user may see.
 */
class TermijnenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /termijnen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/termijnen", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/termijnsoorten", Doel.GEEN).mag(MEDEWERKERS));
    }
}
