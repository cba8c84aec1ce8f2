package nl.toezicht.cijfers;

import nl.toezicht.historie.HistorieGeimporteerd;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a bulk import of past notifications and cases, the daily counts are brought up to date at once:
 * the triggers have marked the imported days (they fire on COPY too), so the figures were right already,
 * but counted live from the rows until the next nightly refresh; this makes them fast again.
 */
@Component
class NaHistorieImport {

    private final Cijferaggregaten aggregaten;

    NaHistorieImport(Cijferaggregaten aggregaten) {
        this.aggregaten = aggregaten;
    }

    @ApplicationModuleListener
    void ververs(HistorieGeimporteerd gebeurtenis) {
        aggregaten.ververs();
    }
}
