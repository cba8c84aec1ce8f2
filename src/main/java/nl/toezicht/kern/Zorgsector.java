package nl.toezicht.kern;

/**
 * The twelve supervision sectors of the inspectorate, the rows of every published table. A supervision
 * department (afdeling) is identified by its sector.
 */
public enum Zorgsector {
    JEUGD,
    FARMACEUTISCHE_PRODUCTEN,
    GGZ,
    MEDISCHE_TECHNOLOGIE,
    VERZORGING_EN_VERPLEGING,
    EERSTELIJNSZORG,
    ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN,
    GEHANDICAPTENZORG,
    MEDISCH_SPECIALISTISCHE_ZORG,
    NETWERKZORG,
    PREVENTIE,
    SECTOROVERSTIJGEND;

    /** Key of the display name in the message bundles. */
    public String berichtSleutel() {
        return "zorgsector." + name();
    }
}
