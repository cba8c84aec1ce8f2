package nl.toezicht.zaken;

import java.util.Optional;
import java.util.UUID;
import nl.toezicht.documenten.Dossier;
import nl.toezicht.documenten.Dossierhouder;
import nl.toezicht.logboek.Logobject;
import org.springframework.stereotype.Component;

/** A case's dossier: its documents and letters are within reach exactly when the case is (its department). */
@Component
class ZaakDossiers implements Dossierhouder {

    static final String SOORT = "ZAAK";

    private final Zaken zaken;

    ZaakDossiers(Zaken zaken) {
        this.zaken = zaken;
    }

    static Dossier van(ZaakId id) {
        return new Dossier(SOORT, id.waarde());
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Optional<Kenmerken> vind(UUID id) {
        return zaken.vind(new ZaakId(id))
                .map(z -> new Kenmerken(z.afdeling(), z.referentie(), Logobject.zaak(id), "/zaken/" + id));
    }
}
