package nl.toezicht.zaken;

import nl.toezicht.meldingen.MeldingGekoppeld;
import nl.toezicht.meldingen.MeldingOntvangen;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Intake's events reach case handling after intake committed; the outbox retries a failed delivery. */
@Component
class MeldingenListener {

    private final Zaakbehandeling behandeling;

    MeldingenListener(Zaakbehandeling behandeling) {
        this.behandeling = behandeling;
    }

    @ApplicationModuleListener
    void on(MeldingOntvangen ontvangen) {
        behandeling.open(ontvangen);
    }

    @ApplicationModuleListener
    void on(MeldingGekoppeld gekoppeld) {
        behandeling.koppel(gekoppeld);
    }
}
