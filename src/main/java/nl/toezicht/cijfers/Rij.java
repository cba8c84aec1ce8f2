package nl.toezicht.cijfers;

import java.util.List;

/** A row: a sector, the total, or (in a table by year) a measure. */
public record Rij(String sleutel, String label, boolean totaal, List<Cel> cellen) {

    public Rij {
        cellen = List.copyOf(cellen);
    }
}
