package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.zaken.Taak;
import nl.toezicht.zaken.Taakstatus;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakopdracht;
import nl.toezicht.zaken.Zaakwerk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms for notes, tasks, the four-eyes closing and reopening (fragment {@code
 * zaken/zaakwerk.html}). Each posts and comes back to the case page with what happened or why it was refused;
 * a refusal names its field as {@code <form>-<field>}, the id of the field in the fragment.
 */
@Controller
class ZaakwerkViewController {

    private final Zaakwerk zaakwerk;
    private final Termijnen termijnen;
    private final Formulierantwoord antwoord;

    ZaakwerkViewController(Zaakwerk zaakwerk, Termijnen termijnen, MessageSource berichten) {
        this.zaakwerk = zaakwerk;
        this.termijnen = termijnen;
        this.antwoord = Formulierantwoord.bijFormulier(berichten);
    }

    @PostMapping("/zaken/{id}/notities")
    String noteer(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "notitie",
                (zaak, versie) -> zaakwerk.noteer(zaak, Zaakopdracht.Noteren.lees(f.tekst())));
    }

    @PostMapping("/zaken/{id}/taken")
    String taak(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "taak",
                (zaak, versie) -> zaakwerk.wijsTaakToe(
                        zaak,
                        Zaakopdracht.Taaktoewijzing.uitFormulier(
                                f.omschrijving(), f.toegewezenAan(), f.uiterlijk(), termijnen.vandaag())));
    }

    @PostMapping("/zaken/{id}/taken/afronden")
    String rondAf(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(id, f, uit, taal, "taken", (zaak, versie) -> handelAf(zaak, f, Taakstatus.AFGEROND));
    }

    @PostMapping("/zaken/{id}/taken/annuleren")
    String annuleer(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(id, f, uit, taal, "taken", (zaak, versie) -> handelAf(zaak, f, Taakstatus.GEANNULEERD));
    }

    private Taak handelAf(ZaakId zaak, Zaakformulier f, Taakstatus uitkomst) {
        return zaakwerk.handelTaakAf(zaak, Zaakopdracht.taak(f.taak()), uitkomst);
    }

    @PostMapping("/zaken/{id}/sluiten/aanvragen")
    String vraagSluitenAan(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "sluiten",
                (zaak, versie) -> zaakwerk.vraagSluitenAan(
                        zaak, Zaakopdracht.Sluitverzoek.lees(f.sluitreden(), f.toelichting()), versie));
    }

    @PostMapping("/zaken/{id}/sluiten/goedkeuren")
    String keurGoed(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "goedkeuren",
                (zaak, versie) ->
                        zaakwerk.keurSluitenGoed(zaak, Zaakopdracht.Goedkeuring.lees(f.toelichting()), versie));
    }

    @PostMapping("/zaken/{id}/sluiten/terugsturen")
    String stuurTerug(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "terugsturen",
                (zaak, versie) -> zaakwerk.stuurSluitenTerug(zaak, Zaakopdracht.MetReden.lees(f.reden()), versie));
    }

    @PostMapping("/zaken/{id}/heropenen")
    String heropen(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "heropenen",
                (zaak, versie) -> zaakwerk.heropen(zaak, Zaakopdracht.MetReden.lees(f.reden()), versie));
    }
}
