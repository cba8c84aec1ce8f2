package nl.toezicht.meldingen;

import java.time.Instant;
import java.util.List;

/**
 * Everything intake staff see of one notification: what was reported (the same {@link Meldinggegevens} as
 * came in) plus what intake added to it.
 */
public record MeldingDetail(
        MeldingId id,
        String referentie,
        Meldingstatus status,
        Meldinggegevens gegevens,
        Instant ontvangenOp,
        List<BijlageInfo> bijlagen) {

    public record BijlageInfo(String id, String bestandsnaam, String mediatype, long grootte, String sha256) {}

    public boolean gekoppeld() {
        return gegevens.zorgaanbieder() != null;
    }
}
