package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/** A measure in a list. */
public record Maatregelregel(
        UUID id,
        String referentie,
        Maatregelsoort soort,
        Maatregelstatus status,
        Zorgsector afdeling,
        UUID zorgaanbiederId,
        String zorgaanbieder,
        @Nullable LocalDate besluitOp,
        @Nullable LocalDate termijnTot,
        BigDecimal opgelegd,
        BigDecimal openstaand) {}
