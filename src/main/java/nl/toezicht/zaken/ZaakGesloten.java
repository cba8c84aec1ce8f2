package nl.toezicht.zaken;

import java.time.Instant;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;

/** A case was closed; counted in the annual figures by sector, kind and reason. */
public record ZaakGesloten(
        ZaakId zaak,
        Zorgsector afdeling,
        Meldingsoort soort,
        Sluitreden reden,
        Instant op,
        List<MeldingId> meldingen) {}
