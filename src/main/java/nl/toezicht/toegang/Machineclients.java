package nl.toezicht.toegang;

import java.util.Optional;

/**
 * Machine clients (a hospital's system) that send notifications through the API with an API key bound to
 * one care provider.
 */
public interface Machineclients {

    /** The KvK number of the care provider whose API key authenticated the current request, if any. */
    Optional<String> zorgaanbiederVanApiSleutel();
}
