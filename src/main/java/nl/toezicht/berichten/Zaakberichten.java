package nl.toezicht.berichten;

import nl.toezicht.zaken.TaakToegewezen;
import nl.toezicht.zaken.ZaakAangevuld;
import nl.toezicht.zaken.ZaakToegewezen;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Alerts from module zaken's events, delivered after commit through the event publication registry: a delivery
 * that fails is retried and one left incomplete by a restart is republished; the alert's key makes a second
 * delivery add nothing.
 *
 * <p>A task given to a person alerts that person (a task for a whole department shows on the department's
 * lists, not as an alert to each member). What the provider sends in through the portal and what the reporter
 * adds through the status link alert the case's inspector (a case without one shows on its department's queue).
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

    /** The provider's report or answer, or the reporter's addition, for the case's inspector. */
    @ApplicationModuleListener
    void bij(ZaakAangevuld aangevuld) {
        if (aangevuld.inspecteur() == null) {
            return;
        }
        berichten.meld(new Melding(
                aangevuld.inspecteur(),
                aangevuld.afzender() == ZaakAangevuld.Afzender.ZORGAANBIEDER
                        ? Berichtsoort.ANTWOORD_ZORGAANBIEDER
                        : Berichtsoort.AANVULLING_MELDER,
                aangevuld.sleutel(),
                aangevuld.referentie(),
                "/zaken/" + aangevuld.zaak().waarde(),
                null));
    }
}
