package nl.toezicht.zaken;

import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Termijnsoort;

/** A received notification opened a case, routed to the department of its sector. */
public record ZaakGeopend(
        ZaakId zaak,
        String referentie,
        MeldingId melding,
        Meldingsoort soort,
        Zorgsector afdeling,
        Termijnsoort termijnSoort,
        LocalDate termijnDatum,
        boolean teLaatGemeld) {}
