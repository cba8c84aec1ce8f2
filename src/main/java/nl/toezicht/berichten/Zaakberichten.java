package nl.toezicht.berichten;

import nl.toezicht.zaken.ZaakToegewezen;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Alerts from module zaken's events, delivered after commit through the event publication registry: a delivery
 * that fails is retried and one left incomplete by a restart is republished; the alert's key makes a second
 * delivery add nothing.
 *
 * <p>Hooks still to connect (their events are not published yet): {@code zaken.TaakToegewezen} (issue 13.4) →
 * {@link Berichtsoort#TAAK} with key {@code taak:<task id>} for the assignee unless they assigned it to
 * themselves; the provider's answer arriving in the portal (issue 13.9) → {@link
 * Berichtsoort#ANTWOORD_ZORGAANBIEDER} with key {@code antwoord:<answer id>} for the case's inspector. Each is one
 * listener method here calling {@link Berichten#meld}.
 */
@Component
class Zaakberichten {

    private final Berichten berichten;

    Zaakberichten(Berichten berichten) {
        this.berichten = berichten;
    }

    /** A case assigned to an inspector by someone else; assigning a case to oneself needs no alert. */
    @ApplicationModuleListener
    void bij(ZaakToegewezen toegewezen) {
        if (toegewezen.inspecteur().equals(toegewezen.door())) {
            return;
        }
        berichten.meld(new Melding(
                toegewezen.inspecteur(),
                Berichtsoort.TOEWIJZING,
                "toewijzing:" + toegewezen.zaak().waarde() + ":"
                        + toegewezen.op().toEpochMilli(),
                toegewezen.referentie(),
                "/zaken/" + toegewezen.zaak().waarde(),
                null));
    }
}
