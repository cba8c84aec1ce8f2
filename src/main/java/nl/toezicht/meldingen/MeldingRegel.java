package nl.toezicht.meldingen;

import java.time.Instant;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/** One line of the staff list of notifications. */
public record MeldingRegel(
        MeldingId id,
        String referentie,
        Meldingstatus status,
        Bron bron,
        Kanaal kanaal,
        Meldingsoort soort,
        Zorgsector sector,
        @Nullable ZorgaanbiederId zorgaanbieder,
        @Nullable String zorgaanbiederOmschrijving,
        Instant ontvangenOp,
        @Nullable String patientPseudoniem) {

    public boolean gekoppeld() {
        return zorgaanbieder != null;
    }
}
