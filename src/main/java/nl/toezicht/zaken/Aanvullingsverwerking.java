package nl.toezicht.zaken;

import nl.toezicht.meldingen.Aanvulling;
import nl.toezicht.meldingen.Aanvullingen;
import nl.toezicht.meldingen.MeldingAangevuld;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The reporter's later addition reaches the case after intake committed it (issue 13 item 10): one entry on
 * the case's timeline with the reporter's text, and {@link ZaakAangevuld} for the inspector's alert. The
 * attachments are the notification's, on its page.
 */
@Component
class Aanvullingsverwerking {

    static final String MELDER = "melder";

    private final Zaken zaken;
    private final Zaakbehandeling behandeling;
    private final Aanvullingen aanvullingen;
    private final ApplicationEventPublisher events;

    Aanvullingsverwerking(
            Zaken zaken, Zaakbehandeling behandeling, Aanvullingen aanvullingen, ApplicationEventPublisher events) {
        this.zaken = zaken;
        this.behandeling = behandeling;
        this.aanvullingen = aanvullingen;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MeldingAangevuld aangevuld) {
        // no case yet means the opening is still on its way: fail, so the outbox delivers this again
        Zaak zaak = zaken.vindMet(aangevuld.melding())
                .orElseThrow(() -> new IllegalStateException("no case yet for notification " + aangevuld.melding()));
        String tekst = aanvullingen.lees(aangevuld.melding()).stream()
                .filter(a -> a.volgnummer() == aangevuld.volgnummer())
                .findFirst()
                .map(Aanvulling::tekst)
                .orElse(null);
        String toelichting = aangevuld.referentie()
                + (aangevuld.bijlagen() > 0 ? " (+" + aangevuld.bijlagen() + " bijlage(n))" : "")
                + (tekst == null ? "" : ": " + tekst);
        // the state stays, as with a note: no status change to announce
        zaak.ontvangAanvulling(MELDER, aangevuld.op(), toelichting);
        Zaak opgeslagen = behandeling.bewaar(zaak);
        events.publishEvent(new ZaakAangevuld(
                opgeslagen.id(),
                opgeslagen.referentie(),
                opgeslagen.afdeling(),
                opgeslagen.inspecteur(),
                ZaakAangevuld.Afzender.MELDER,
                "aanvulling:" + aangevuld.melding().waarde() + ":" + aangevuld.volgnummer(),
                aangevuld.op()));
    }
}
