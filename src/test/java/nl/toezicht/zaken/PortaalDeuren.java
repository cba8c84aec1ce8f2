package nl.toezicht.zaken;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The provider portal's sending in (issue 13 item 9): only a provider, only on its own notification (another's
 * is not found). The matrix's form has no form key, so it is refused on its field and stores nothing.
 */
class PortaalDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /mijn-meldingen/{id}/inzenden", Doel.MELDING).eigen(ZORGAANBIEDER));
        d.add(deur("POST /mijn-meldingen/{id}/inzenden", Doel.MELDING)
                .eigen(ZORGAANBIEDER)
                .formulier(o -> Map.of("titel", "Matrix")));
        d.add(deur("GET /api/v1/mijn-meldingen/{id}/inzendingen", Doel.MELDING).eigen(ZORGAANBIEDER));
        // a JSON body: refused (422, no Idempotency-Key) after the access check, storing nothing
        d.add(deur("POST /api/v1/mijn-meldingen/{id}/inzendingen", Doel.MELDING)
                .eigen(ZORGAANBIEDER)
                .body(o -> "{}"));
    }
}
