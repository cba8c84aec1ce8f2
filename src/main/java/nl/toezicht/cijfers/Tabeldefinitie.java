package nl.toezicht.cijfers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;

/**
 * One table of the annual figures, as a bean: the engine ({@link Tabellenregister}) computes, protects,
 * checks, freezes and exports every definition it finds, so a new table is a new bean.
 */
public interface Tabeldefinitie {

    /** How the table is laid out. */
    enum Indeling {
        /** Rows: sectors (and a total row); columns: the measures, for each compared year. */
        SECTOREN,
        /** Rows: the measures (all sectors together); columns: the compared years. */
        JAREN
    }

    /** Stable id, kebab-case, used in URLs and exports, e.g. {@code ontvangen-meldingen}. */
    String id();

    /** Position in the chapter. */
    int volgorde();

    String titel();

    /**
     * A short title for a spreadsheet tab: at most 31 characters and none of {@code []:*?/\} (Excel's rules).
     */
    default String kortetitel() {
        return id().length() <= 31 ? id() : id().substring(0, 31);
    }

    default Indeling indeling() {
        return Indeling.SECTOREN;
    }

    List<Kolom> kolommen();

    /** The sector rows; the total row follows when {@link #metTotaal()}. */
    default List<Zorgsector> sectoren() {
        return Arrays.asList(Zorgsector.values());
    }

    default boolean metTotaal() {
        return true;
    }

    /** Measures whose columns add up to another column in every row, e.g. the three kinds of SGG. */
    default Map<Grootheid, List<Grootheid>> sommen() {
        return Map.of();
    }

    /**
     * Measures Toezicht does not hold, with the reason printed instead of a figure (never an invented
     * number).
     */
    default Map<Grootheid, String> nietInToezicht() {
        return Map.of();
    }

    /**
     * Whether the table is printed unrounded: exact counts, no small-count mark, no suppression (the
     * disclosure rules' exact variant, {@link Openbaarmakingsregels#exact()}). For counts of the inspectorate's
     * own decisions, which the annual report prints as they are (enforcement measures), never for counts of
     * notifications about people.
     */
    default boolean onafgerond() {
        return false;
    }

    /** Explanations printed under the table. */
    default List<String> toelichting() {
        return List.of();
    }
}
