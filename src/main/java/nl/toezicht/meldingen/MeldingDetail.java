package nl.toezicht.meldingen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/** Everything intake staff see of one notification. */
public record MeldingDetail(
        MeldingId id,
        String referentie,
        Meldingstatus status,
        Bron bron,
        Kanaal kanaal,
        Meldingsoort soort,
        Zorgsector sector,
        @Nullable ZorgaanbiederId zorgaanbieder,
        @Nullable LocatieId locatie,
        @Nullable String zorgaanbiederOmschrijving,
        @Nullable String melderKvkNummer,
        @Nullable LocalDate datumGebeurtenis,
        @Nullable LocalDate datumVastgesteld,
        String omschrijving,
        boolean patientOverleden,
        boolean doorSuicide,
        boolean suicidepoging,
        boolean geslotenJeugdinstelling,
        boolean seksueelGrensoverschrijdend,
        @Nullable SggSoort sggSoort,
        List<String> themas,
        @Nullable Melder melder,
        @Nullable Patient patient,
        Instant ontvangenOp,
        List<BijlageInfo> bijlagen) {

    public record BijlageInfo(String id, String bestandsnaam, String mediatype, long grootte, String sha256) {}

    public boolean gekoppeld() {
        return zorgaanbieder != null;
    }
}
