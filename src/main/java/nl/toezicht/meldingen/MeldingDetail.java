package nl.toezicht.meldingen;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff see of one notification: what was reported (the same {@link Meldinggegevens} as came
 * in) plus what intake added to it. For a role that may not see identities ({@code afgeschermd}) the
 * patient and the reporter's contact data are absent and only the patient's pseudonym is given, and so is
 * the free text that may name them: the description and the attachments' file names (decision 0024).
 */
public record MeldingDetail(
        MeldingId id,
        String referentie,
        Meldingstatus status,
        Meldinggegevens gegevens,
        Instant ontvangenOp,
        List<BijlageInfo> bijlagen,
        @Nullable String patientPseudoniem,
        boolean afgeschermd) {

    public record BijlageInfo(
            String id, @Nullable String bestandsnaam, String mediatype, long grootte, String sha256) {}

    /** The description, or nothing for a role that sees pseudonyms only. */
    public @Nullable String omschrijving() {
        return afgeschermd ? null : gegevens.omschrijving();
    }

    public boolean gekoppeld() {
        return gegevens.zorgaanbieder() != null;
    }
}
