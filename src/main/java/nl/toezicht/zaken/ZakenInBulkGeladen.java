package nl.toezicht.zaken;

import java.time.Instant;

/**
 * Cases were written in bulk with their timelines and notifications ({@link Zakenlader}: the history import,
 * the demo data), without a {@link ZaakGeopend} each. Projections of cases (the annual figures' closed
 * counts today, risk selection next) bring themselves up to date for the period named; the rows are read
 * through {@code zaken.zaak_telgegevens} and {@code zaken.zaak_melding_telgegevens}, and
 * {@code zaken.telwijziging} says which past closing days changed.
 *
 * @param aantal cases written
 * @param van the earliest opening among them
 * @param tot the latest step of their timelines (inclusive; the closing of a closed case)
 */
public record ZakenInBulkGeladen(long aantal, Instant van, Instant tot) {}
