package nl.toezicht.zaken;

import java.time.Instant;

/**
 * An internal note on a case (table {@code zaken.notitie}, append-only): who wrote what, when. Notes stay within
 * the inspectorate: nothing of them goes to the provider's portal or the reporter's status page.
 */
public record Notitie(String tekst, String door, Instant op) {

    /** The longest note kept. */
    public static final int MAXIMALE_LENGTE = 4000;
}
