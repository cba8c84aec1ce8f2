package nl.toezicht.register;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register as other modules see it. */
public interface Register {

    Optional<ZorgaanbiederSamenvatting> vind(ZorgaanbiederId id);

    /** Names of the given providers in one query (for lists); unknown ids are absent from the map. */
    Map<ZorgaanbiederId, String> namen(Collection<ZorgaanbiederId> ids);

    /** The providers registered under these KvK numbers (a care-provider user's own), in one query. */
    List<ZorgaanbiederId> metKvkNummers(Collection<String> kvkNummers);

    /** True when the location exists and belongs to the provider. */
    boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie);

    /**
     * Providers matching what the intake desk typed, best match first: eight digits are a KvK number,
     * anything else is matched typo-tolerantly against names and places. At most {@code limit} (1..100).
     */
    List<ZorgaanbiederSamenvatting> zoek(String term, int limit);
}
