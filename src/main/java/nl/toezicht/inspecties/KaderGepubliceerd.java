package nl.toezicht.inspecties;

import java.time.Instant;
import java.util.UUID;

/** A version of an assessment framework was published: from now on activities can be planned against it. */
public record KaderGepubliceerd(UUID kaderversie, String code, int versie, Instant op) {}
