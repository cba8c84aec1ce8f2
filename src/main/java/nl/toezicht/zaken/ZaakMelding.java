package nl.toezicht.zaken;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.meldingen.MeldingId;
import org.springframework.data.relational.core.mapping.Table;

/** A notification held by a case. A notification belongs to exactly one case (the primary key). */
@Table(schema = "zaken", name = "zaak_melding")
record ZaakMelding(UUID meldingId, Instant gekoppeldOp, String gekoppeldDoor) {

    MeldingId melding() {
        return new MeldingId(meldingId);
    }
}
