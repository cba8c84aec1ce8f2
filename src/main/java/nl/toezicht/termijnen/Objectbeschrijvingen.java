package nl.toezicht.termijnen;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How the owner of an object shows it in the clock lists (SPI): a module that attaches clocks to its objects
 * registers one bean per object type, so that {@code termijnen} links to the object without depending on
 * its module. Without such a bean a row shows the type and id, unlinked.
 */
public interface Objectbeschrijvingen {

    /** The object type this bean describes, as in {@link Objectverwijzing#type()}, e.g. {@code ZAAK}. */
    String objecttype();

    /**
     * Reference, title and URL of these objects, in one go (one query per page of a list). Leave out ids
     * that do not exist. Called after the user's need-to-know on the clocks' departments was checked; show
     * no more than a work queue of the owner shows (no patient identity).
     */
    Map<UUID, Objectbeschrijving> beschrijf(Set<UUID> ids);
}
