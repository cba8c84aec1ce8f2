package nl.toezicht.handhaving;

import java.time.Instant;
import java.util.UUID;

/**
 * A published decision was taken off the public page (set aside on objection, or by a court): who received
 * {@link MaatregelGepubliceerd} should remove it too. Announced once, only for what was public.
 */
public record MaatregelpublicatieIngetrokken(
        UUID maatregel, String referentie, UUID zorgaanbieder, Instant ingetrokkenOp) {}
