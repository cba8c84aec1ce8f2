package nl.toezicht.zaken;

import java.time.Instant;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;

/** A case moved on in its flow (including closing; {@link ZaakGesloten} follows then as well). */
public record ZaakStatusGewijzigd(
        ZaakId zaak,
        Zorgsector afdeling,
        Zaakstatus van,
        Zaakstatus naar,
        Transitie transitie,
        Instant op,
        List<MeldingId> meldingen) {}
