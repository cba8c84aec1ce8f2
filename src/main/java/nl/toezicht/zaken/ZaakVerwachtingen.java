package nl.toezicht.zaken;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Verwachtingen;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import org.springframework.stereotype.Component;

/**
 * For the provider portal: while the case waits for the provider, what it waits for (the investigation report
 * or a supplement) and the case's deadline for it.
 */
@Component
class ZaakVerwachtingen implements Verwachtingen {

    /** The deadlines that run for the provider, not for the inspectorate. */
    private static final Set<Termijnsoort> VOOR_ZORGAANBIEDER =
            EnumSet.of(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, Termijnsoort.AANVULLING_ZORGAANBIEDER);

    private final Zaken zaken;
    private final Termijnen termijnen;

    ZaakVerwachtingen(Zaken zaken, Termijnen termijnen) {
        this.zaken = zaken;
        this.termijnen = termijnen;
    }

    @Override
    public Optional<Verwachting> van(MeldingId melding) {
        return zaken.vindMet(melding)
                .filter(zaak -> zaak.status() == Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER)
                .map(Zaak::termijn)
                .filter(termijn -> VOOR_ZORGAANBIEDER.contains(termijn.soort()))
                .map(termijn -> new Verwachting(
                        termijn.soort().name(), termijn.datum(), termijn.isVerstreken(termijnen.vandaag())));
    }
}
