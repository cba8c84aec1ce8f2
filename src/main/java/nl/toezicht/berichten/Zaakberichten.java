package nl.toezicht.berichten;

import nl.toezicht.zaken.TaakToegewezen;
import nl.toezicht.zaken.ZaakToegewezen;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Alerts from module zaken's events, delivered after commit through the event publication registry: a delivery
 * that fails is retried and one left incomplete by a restart is republished; the alert's key makes a second
 * delivery add nothing.
 *
 * <p>A task given to a person alerts that person (a task for a whole department shows on the department's
 * lists, not as an alert to each member). Hook still to connect (its event is not published yet): the provider's
 * answer arriving in the portal (issue 13.9) → {@link Berichtsoort#ANTWOORD_ZORGAANBIEDER} with key {@code
 * antwoord:<answer id>} for the case's inspector: one listener method here calling {@link Berichten#meld}.
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

    /** A task on a case given to a person by someone else; giving oneself a task needs no alert. */
    @ApplicationModuleListener
    void bij(TaakToegewezen taak) {
        if (taak.medewerker() == null || taak.medewerker().equals(taak.door())) {
            return;
        }
        berichten.meld(new Melding(
                taak.medewerker(),
                Berichtsoort.TAAK,
                "taak:" + taak.taak().waarde(),
                taak.referentie(),
                "/zaken/" + taak.zaak().waarde(),
                taak.uiterlijk()));
    }
}
