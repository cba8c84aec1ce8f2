package nl.toezicht.zaken;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.meldingen.MeldingId;

/**
 * A notification held by a case (a row of {@code zaken.zaak_melding}). A notification belongs to exactly one
 * case (the primary key): joining it to another case moves this row.
 */
record ZaakMelding(UUID meldingId, Instant gekoppeldOp, String gekoppeldDoor) {

    MeldingId melding() {
        return new MeldingId(meldingId);
    }
}
