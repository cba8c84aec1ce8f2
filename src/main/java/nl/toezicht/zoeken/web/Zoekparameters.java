package nl.toezicht.zoeken.web;

import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/** The numbers of a search's URL, read by hand so that a wrong one is refused on its field (422), not a 400. */
final class Zoekparameters {

    private Zoekparameters() {}

    static @Nullable Integer jaar(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        return getal(tekst, "jaar", 0);
    }

    static int getal(@Nullable String tekst, String veld, int standaard) {
        if (tekst == null || tekst.isBlank()) {
            return standaard;
        }
        try {
            return Integer.parseInt(tekst.strip());
        } catch (NumberFormatException e) {
            throw Weigering.opVeld(veld, "zoeken." + veld);
        }
    }
}
