package nl.toezicht.zaken;

import java.time.Instant;
import nl.toezicht.kern.Zorgsector;

/**
 * A case was assigned to an inspector (or to another one); {@code door} is who assigned it. Module berichten
 * alerts the inspector unless they assigned it to themselves.
 */
public record ZaakToegewezen(
        ZaakId zaak, String referentie, Zorgsector afdeling, String inspecteur, String door, Instant op) {}
