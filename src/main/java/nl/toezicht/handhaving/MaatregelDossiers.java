package nl.toezicht.handhaving;

import java.util.Optional;
import java.util.UUID;
import nl.toezicht.documenten.Dossier;
import nl.toezicht.documenten.Dossierhouder;
import nl.toezicht.logboek.Logobject;
import org.springframework.stereotype.Component;

/** A measure's dossier: its letters are within reach exactly when the measure is (its department). */
@Component
class MaatregelDossiers implements Dossierhouder {

    static final String SOORT = "MAATREGEL";

    private final Maatregelen maatregelen;

    MaatregelDossiers(Maatregelen maatregelen) {
        this.maatregelen = maatregelen;
    }

    static Dossier van(UUID id) {
        return new Dossier(SOORT, id);
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Optional<Kenmerken> vind(UUID id) {
        return maatregelen
                .vind(id)
                .map(m -> new Kenmerken(m.afdeling(), m.referentie(), Logobject.maatregel(id), "/handhaving/" + id));
    }
}
