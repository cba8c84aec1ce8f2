package nl.toezicht.toegang;

/**
 * Whether a KvK number is that of a care provider in the register (SPI, implemented by module register):
 * an API key or a provider's account is made only for a provider the inspectorate knows.
 */
public interface Kvkregister {

    boolean isIngeschreven(String kvkNummer);
}
