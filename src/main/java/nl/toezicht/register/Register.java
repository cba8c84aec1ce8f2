package nl.toezicht.register;

import java.util.Optional;

/** The register as other modules see it. */
public interface Register {

    Optional<ZorgaanbiederSamenvatting> vind(ZorgaanbiederId id);

    /** True when the location exists and belongs to the provider. */
    boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie);
}
