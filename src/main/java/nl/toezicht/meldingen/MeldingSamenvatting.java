package nl.toezicht.meldingen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/** A notification as case handling shows it on the case page (staff only). */
public record MeldingSamenvatting(
        MeldingId id,
        String referentie,
        Meldingstatus status,
        Meldingsoort soort,
        Zorgsector sector,
        String bron,
        String kanaal,
        @Nullable ZorgaanbiederId zorgaanbieder,
        @Nullable String zorgaanbiederOmschrijving,
        @Nullable LocalDate datumGebeurtenis,
        String omschrijving,
        boolean patientOverleden,
        boolean doorSuicide,
        Instant ontvangenOp,
        List<Bijlage> bijlagen,
        @Nullable String patientPseudoniem) {

    public record Bijlage(String id, String bestandsnaam, String mediatype, long grootte) {}
}
