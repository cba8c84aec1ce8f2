package nl.toezicht.zoeken;

import java.util.Map;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;

/**
 * What one search answers: the kind shown, how many of each kind the user may see matched (counted up to
 * {@link nl.toezicht.kern.Zoekuitkomst#TELLEN_TOT}, beyond it "more than"), the page of the kind shown and its
 * facets.
 *
 * @param aantallen per kind the user may search, its number of matches
 * @param afgeschermd free text was not searched in cases and notifications: the user may not read it (decision 0024)
 */
public record Zoekresultaat(
        String q,
        Soort soort,
        Map<Soort, Long> aantallen,
        Pagina<Treffer> pagina,
        Map<String, Long> statussen,
        Map<Zorgsector, Long> afdelingen,
        Map<Integer, Long> jaren,
        boolean afgeschermd) {

    public boolean meerDan(Soort s) {
        return aantallen.getOrDefault(s, 0L) > nl.toezicht.kern.Zoekuitkomst.TELLEN_TOT;
    }
}
