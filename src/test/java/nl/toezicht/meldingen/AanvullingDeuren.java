package nl.toezicht.meldingen;

import static nl.toezicht.Autorisatiematrix.deur;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The reporter's later addition behind the private status link (issue 13 item 10): public, the link is the
 * key. The matrix's form has no form key, so it is refused on its field and stores nothing.
 */
class AanvullingDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /status/{token}/aanvullen", Doel.STATUSLINK).openbaar());
        d.add(deur("POST /status/{token}/aanvullen", Doel.STATUSLINK)
                .openbaar()
                .formulier(o -> Map.of("tekst", "Matrix")));
    }
}
