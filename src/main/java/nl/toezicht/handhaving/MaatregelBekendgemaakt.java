package nl.toezicht.handhaving;

import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;

/**
 * A letter of a measure was signed and sent: an intention, a decision or a collection decision was made known
 * to the provider on {@code bekendgemaaktOp} (the day its clocks count from).
 */
public record MaatregelBekendgemaakt(
        UUID maatregel,
        String referentie,
        Maatregelsoort soort,
        Maatregelstap stap,
        Zorgsector afdeling,
        UUID zorgaanbieder,
        LocalDate bekendgemaaktOp) {}
