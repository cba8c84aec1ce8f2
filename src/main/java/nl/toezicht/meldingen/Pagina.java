package nl.toezicht.meldingen;

import java.util.List;

/** One page of a list; {@code pagina} counts from 0. */
public record Pagina<T>(List<T> items, int pagina, int grootte, long totaal) {

    public Pagina {
        items = List.copyOf(items);
    }

    public int aantalPaginas() {
        return (int) ((totaal + grootte - 1) / grootte);
    }

    public boolean heeftVolgende() {
        return (long) (pagina + 1) * grootte < totaal;
    }

    public boolean heeftVorige() {
        return pagina > 0;
    }
}
