package nl.toezicht.cijfers;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A figure Toezicht does not count itself (issue 12), for one measure and year: entered by an analyst with its
 * source and a note, checked by a second person (four eyes). Every change is a new version; a draft of the
 * year's figures takes the latest checked version and is frozen with it.
 */
public record Handmatigcijfer(
        int jaar,
        String grootheid,
        int versie,
        long waarde,
        String bron,
        String toelichting,
        String ingevoerdDoor,
        Instant ingevoerdOp,
        @Nullable String gecontroleerdDoor,
        @Nullable Instant gecontroleerdOp) {

    /** How a manual figure is marked in the printed outputs (page, PDF), explained in the footnotes. */
    public static final String MARKERING = "(h)";

    public boolean gecontroleerd() {
        return gecontroleerdDoor != null;
    }
}
