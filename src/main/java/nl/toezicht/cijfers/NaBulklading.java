package nl.toezicht.cijfers;

import nl.toezicht.meldingen.MeldingenInBulkGeladen;
import nl.toezicht.zaken.ZakenInBulkGeladen;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a bulk load of notifications or cases (the history import, the demo data), the daily counts are
 * brought up to date at once. The figures were right already: the loaded past days are in the owners'
 * journals of late changes and counted live; this makes them fast again, and counts the days the stand
 * had not reached.
 */
@Component
class NaBulklading {

    private final Cijferaggregaten aggregaten;

    NaBulklading(Cijferaggregaten aggregaten) {
        this.aggregaten = aggregaten;
    }

    @ApplicationModuleListener
    void meldingenGeladen(MeldingenInBulkGeladen gebeurtenis) {
        aggregaten.ververs();
    }

    @ApplicationModuleListener
    void zakenGeladen(ZakenInBulkGeladen gebeurtenis) {
        aggregaten.ververs();
    }
}
