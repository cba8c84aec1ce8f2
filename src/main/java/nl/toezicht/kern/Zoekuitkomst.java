package nl.toezicht.kern;

import java.util.List;
import java.util.Map;

/**
 * What an owner's search found (decision 0068): one page, and the facets of everything the user may see that
 * matched — counted after need-to-know, never before, so no count reveals an object out of reach. Counting stops
 * at {@link #TELLEN_TOT}: beyond it the total and the facets are those of the first {@value #TELLEN_TOT} + 1 matches
 * ({@code pagina().meerDan(TELLEN_TOT)}).
 *
 * @param statussen matches per state code
 * @param afdelingen matches per department (cases) or sector (notifications)
 * @param jaren matches per year of receipt
 * @param afgeschermd free text was asked for but not searched: the user may not read free text (decision 0024)
 */
public record Zoekuitkomst<T>(
        Pagina<T> pagina,
        Map<String, Long> statussen,
        Map<Zorgsector, Long> afdelingen,
        Map<Integer, Long> jaren,
        boolean afgeschermd) {

    /**
     * Counting stops here: a count and the facets read every matching row they count, and a common word matches
     * a third of a million notifications; beyond this the page says "more than" and asks to refine.
     */
    public static final int TELLEN_TOT = 1_000;

    public Zoekuitkomst {
        statussen = Map.copyOf(statussen);
        afdelingen = Map.copyOf(afdelingen);
        jaren = Map.copyOf(jaren);
    }

    public static <T> Zoekuitkomst<T> leeg(boolean afgeschermd) {
        return new Zoekuitkomst<>(new Pagina<>(List.of(), null, null, 0L), Map.of(), Map.of(), Map.of(), afgeschermd);
    }

    public long totaal() {
        Long totaal = pagina.totaal();
        return totaal == null ? 0 : totaal;
    }
}
