package nl.toezicht.inspecties;

/**
 * Where a supervision activity is: planned, carried out, the fieldwork done; then its report (docs/inspecties.md):
 * in draft, in review by a second inspector, with the provider for its view (asked, answered), final, published.
 */
public enum Activiteitstatus {
    GEPLAND,
    IN_UITVOERING,
    VELDWERK_AFGEROND,
    RAPPORT_CONCEPT,
    RAPPORT_TER_BEOORDELING,
    ZIENSWIJZE_GEVRAAGD,
    ZIENSWIJZE_ONTVANGEN,
    RAPPORT_DEFINITIEF,
    GEPUBLICEERD,
    GEANNULEERD;

    public boolean isOpen() {
        return this != GEANNULEERD;
    }

    public String berichtSleutel() {
        return "activiteit.status." + name();
    }
}
