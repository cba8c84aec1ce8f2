package nl.toezicht.meldingen;

import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/**
 * A notification was received and stored. Carries what case handling needs to open and route a case
 * and to set its legal clock; no personal data.
 */
public record MeldingOntvangen(
        MeldingId melding,
        String referentie,
        Meldingsoort soort,
        Zorgsector sector,
        @Nullable ZorgaanbiederId zorgaanbieder,
        Instant ontvangenOp,
        @Nullable LocalDate datumVastgesteld) {}
