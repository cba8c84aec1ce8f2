package nl.toezicht.handhaving;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;

/**
 * A decision on a measure became public on the public page (decision 0103): announced once, by the publication
 * job, in the transaction that published it.
 */
public record MaatregelGepubliceerd(
        UUID maatregel,
        String referentie,
        Maatregelsoort soort,
        Zorgsector afdeling,
        UUID zorgaanbieder,
        Instant gepubliceerdOp) {}
