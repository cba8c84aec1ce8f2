package nl.toezicht.register;

import java.util.List;

/** One page of search results; pages count from 1. */
public record Pagina<T>(List<T> items, int pagina, int grootte, long totaal) {

    public Pagina {
        items = List.copyOf(items);
    }

    public long aantalPaginas() {
        return Math.max(1, (totaal + grootte - 1) / grootte);
    }

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < aantalPaginas();
    }
}
