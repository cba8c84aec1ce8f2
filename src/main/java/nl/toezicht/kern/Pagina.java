package nl.toezicht.kern;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, the same shape for every paged list in Toezicht (decision 0058): the items, where the
 * previous and the next page start, and how many there are in all.
 *
 * <p>A position is opaque text for the list's URL: a keyset cursor ({@code 2026-12-01_<id>}) where the list is
 * long (work queue, access log, deadlines), a page number where it is short and counted (register, notification
 * list). Null: no such page. Pages render with the one pager fragment ({@code fragments/pager}).
 *
 * @param vorige the position of the previous page, or null on the first
 * @param volgende the position of the next page, or null on the last
 * @param totaal all matching items, or null where counting costs too much; a list that counts only up to a bound
 *     says so with {@link #meerDan}
 */
public record Pagina<T>(
        List<T> items,
        @Nullable String vorige,
        @Nullable String volgende,
        @Nullable Long totaal) {

    public Pagina {
        items = List.copyOf(items);
    }

    /** A page of a list that counts every match and pages by number (from 1). */
    public static <T> Pagina<T> genummerd(List<T> items, int pagina, int grootte, long totaal) {
        long paginas = Math.max(1, (totaal + grootte - 1) / grootte);
        return new Pagina<>(
                items,
                pagina > 1 ? Integer.toString(pagina - 1) : null,
                pagina < paginas ? Integer.toString(pagina + 1) : null,
                totaal);
    }

    public boolean isLeeg() {
        return items.isEmpty();
    }

    /** Whether the total is a lower bound: {@code grens} was counted and there are more. */
    public boolean meerDan(long grens) {
        return totaal != null && totaal > grens;
    }
}
