package nl.toezicht.zaken;

import java.time.Instant;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import org.jspecify.annotations.Nullable;

/**
 * A case moved on in its flow (including closing; {@link ZaakGesloten} follows then as well).
 *
 * @param referentie the case's reference; null only in events stored before it was added
 * @param inspecteur the inspector the case is assigned to, if any
 */
public record ZaakStatusGewijzigd(
        ZaakId zaak,
        Zorgsector afdeling,
        Zaakstatus van,
        Zaakstatus naar,
        Transitie transitie,
        Instant op,
        List<MeldingId> meldingen,
        @Nullable String referentie,
        @Nullable String inspecteur) {}
