package nl.toezicht.inspecties;

/**
 * Where a supervision activity is. This slice goes up to the end of the fieldwork; the report's states come
 * after {@link #VELDWERK_AFGEROND} (docs/inspecties.md: report in draft, in review, with the provider for its
 * view, final, published), so every state here keeps its meaning when they are added.
 */
public enum Activiteitstatus {
    GEPLAND,
    IN_UITVOERING,
    VELDWERK_AFGEROND,
    GEANNULEERD;

    public boolean isOpen() {
        return this != GEANNULEERD;
    }

    public String berichtSleutel() {
        return "activiteit.status." + name();
    }
}
