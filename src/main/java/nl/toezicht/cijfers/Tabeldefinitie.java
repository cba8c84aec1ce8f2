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

    /**
     * The sectors the total row sums: by default the listed rows (the deaths table lists eleven sectors
     * without Jeugd and totals those). A total over all sectors below a subset of rows is allowed, but then
     * the rows are not a group that adds up (no suppression across it, no adding-up check).
     */
    default List<Zorgsector> totaalOver() {
        return sectoren();
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
     * Whether the table is printed unrounded: exact counts, no small-count mark, no suppression (rule set
     * {@link Regelset#EXACT}; a table may name its {@link #regelset()} instead). For counts of the inspectorate's
     * own decisions, which the annual report prints as they are (enforcement measures), never for counts of
     * notifications about people.
     */
    default boolean onafgerond() {
        return false;
    }

    /**
     * The rule set the table is published under, named and versioned under the table. Default: exact when
     * {@link #onafgerond()}, else the annual report's rounding to tens with {@code <5}.
     */
    default Regelset regelset() {
        return onafgerond() ? Regelset.EXACT : Regelset.AFGEROND;
    }

    /**
     * Measures of this table that an analyst may enter by hand for a year (totals only), with source and note,
     * checked by a second person: a checked manual figure replaces the cell ({@link Cel.Markering#HANDMATIG}).
     * Default: the measures Toezicht does not hold.
     */
    default java.util.Set<Grootheid> handmatig() {
        return nietInToezicht().keySet();
    }

    /** Explanations printed under the table. */
    default List<String> toelichting() {
        return List.of();
    }
}
