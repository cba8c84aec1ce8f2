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
        @Nullable String omschrijving,
        boolean patientOverleden,
        boolean doorSuicide,
        Instant ontvangenOp,
        List<Bijlage> bijlagen,
        @Nullable String patientPseudoniem) {

    public record Bijlage(String id, @Nullable String bestandsnaam, String mediatype, long grootte) {}

    /** Without the free text that may name the patient: no description, no file names (decision 0024). */
    MeldingSamenvatting zonderVrijeTekst() {
        return new MeldingSamenvatting(
                id,
                referentie,
                status,
                soort,
                sector,
                bron,
                kanaal,
                zorgaanbieder,
                zorgaanbiederOmschrijving,
                datumGebeurtenis,
                null,
                patientOverleden,
                doorSuicide,
                ontvangenOp,
                bijlagen.stream()
                        .map(b -> new Bijlage(b.id(), null, b.mediatype(), b.grootte()))
                        .toList(),
                patientPseudoniem);
    }
}
