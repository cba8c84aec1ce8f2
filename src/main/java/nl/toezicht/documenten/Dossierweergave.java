package nl.toezicht.documenten;

import java.util.List;
import java.util.Map;

/**
 * A dossier as its owner's page shows it (fragment {@code documenten/dossier :: dossier}): the documents,
 * whether the user may add to it, people by name, and the letters the owner offers to make.
 */
public record Dossierweergave(
        Dossier dossier,
        List<Document> documenten,
        boolean magOpstellen,
        Map<String, String> namen,
        List<Briefkeuze> brieven) {

    /** A letter the owner can make now: its name (a message key) and the page that makes it. */
    public record Briefkeuze(String berichtSleutel, String pad) {}
}
