package nl.toezicht.kern;

import org.jspecify.annotations.Nullable;

/**
 * One search as every owner of searchable objects receives it (decision 0068): the term, the facets chosen, and
 * the page. The owner applies need-to-know before it counts, and decides itself whether the current user may
 * search free text.
 *
 * @param status a state of the owner's objects by its code, or null for all
 * @param afdeling the department (cases) or sector (notifications), or null for all visible ones
 * @param jaar the year of receipt, or null for all
 * @param pagina the page, from 1
 * @param grootte the page's size; 0 to count and facet only (no objects read, none shown or logged)
 */
public record Zoekopdracht(
        Zoekterm term,
        @Nullable String status,
        @Nullable Zorgsector afdeling,
        @Nullable Integer jaar,
        int pagina,
        int grootte) {

    public static final int MAX_GROOTTE = 50;

    public Zoekopdracht {
        if (pagina < 1 || pagina > 10_000) {
            throw Weigering.opVeld("pagina", "zoeken.pagina");
        }
        if (grootte < 0 || grootte > MAX_GROOTTE) {
            throw Weigering.opVeld("grootte", "zoeken.grootte", MAX_GROOTTE);
        }
        if (jaar != null && (jaar < 1900 || jaar > 2999)) {
            throw Weigering.opVeld("jaar", "zoeken.jaar");
        }
    }

    /** The same search, counting only: for the number beside another kind's tab. */
    public Zoekopdracht telling() {
        return new Zoekopdracht(term, null, afdeling, jaar, 1, 0);
    }

    /** The rows to skip before this page. */
    public long overslaan() {
        return (long) (pagina - 1) * grootte;
    }
}
