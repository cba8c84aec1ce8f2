package nl.toezicht.inspecties;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;

/**
 * A final report of a supervision activity was published on its provider's public page (after the
 * anonymisation check); from now on anyone can read it.
 */
public record RapportGepubliceerd(
        UUID activiteit,
        String referentie,
        Activiteitsoort soort,
        Zorgsector afdeling,
        UUID zorgaanbieder,
        Instant gepubliceerdOp) {}
