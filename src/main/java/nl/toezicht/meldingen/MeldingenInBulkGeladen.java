package nl.toezicht.meldingen;

import java.time.Instant;

/**
 * Notifications were written in bulk ({@link Meldingenlader}: the history import, the demo data), without
 * a {@link MeldingOntvangen} each. Projections of notifications (the annual figures today, risk selection
 * next) bring themselves up to date for the period named; the rows themselves are read through
 * {@code meldingen.melding_telgegevens}, and {@code meldingen.telwijziging} says which past days changed.
 *
 * @param aantal notifications written
 * @param van the earliest moment of receipt among them
 * @param tot the latest moment of receipt among them (inclusive)
 */
public record MeldingenInBulkGeladen(long aantal, Instant van, Instant tot) {}
