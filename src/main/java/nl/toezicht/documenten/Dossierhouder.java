package nl.toezicht.documenten;

import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Logobject;

/**
 * The owner of objects that have a dossier (SPI), one bean per kind: tells this module what need-to-know
 * and the access log need of the object, so that documenten depends on no domain module. A document is
 * within reach exactly when its dossier's object is.
 */
public interface Dossierhouder {

    /** The kind of object, as in {@link Dossier#soort()}, e.g. {@code ZAAK}. */
    String soort();

    /** The object, or empty when it does not exist. No rights are checked here: documenten does that. */
    Optional<Kenmerken> vind(UUID id);

    /**
     * @param afdeling the department whose staff may see the object (need-to-know)
     * @param referentie the public reference ({@code Z-2026-000123})
     * @param logobject the object as the access log names it
     * @param pad the object's page, where the dossier is shown
     */
    record Kenmerken(Zorgsector afdeling, String referentie, Logobject logobject, String pad) {}
}
