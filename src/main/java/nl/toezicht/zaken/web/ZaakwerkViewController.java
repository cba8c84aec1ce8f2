package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.zaken.Taakstatus;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakopdracht;
import nl.toezicht.zaken.Zaakwerk;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final MessageSource berichten;

    ZaakwerkViewController(Zaakwerk zaakwerk, Termijnen termijnen, MessageSource berichten) {
        this.zaakwerk = zaakwerk;
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    @PostMapping("/zaken/{id}/notities")
    String noteer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String tekst,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id, uit, taal, "notitie", () -> zaakwerk.noteer(new ZaakId(id), Zaakopdracht.Noteren.lees(tekst)));
    }

    @PostMapping("/zaken/{id}/taken")
    String taak(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String omschrijving,
            @RequestParam(required = false) @Nullable String toegewezenAan,
            @RequestParam(required = false) @Nullable String uiterlijk,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "taak",
                () -> zaakwerk.wijsTaakToe(
                        new ZaakId(id),
                        Zaakopdracht.Taaktoewijzing.uitFormulier(
                                omschrijving, toegewezenAan, uiterlijk, termijnen.vandaag())));
    }

    @PostMapping("/zaken/{id}/taken/afronden")
    String rondAf(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String taak,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "taken",
                () -> zaakwerk.handelTaakAf(new ZaakId(id), Zaakopdracht.taak(taak), Taakstatus.AFGEROND));
    }

    @PostMapping("/zaken/{id}/taken/annuleren")
    String annuleer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String taak,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "taken",
                () -> zaakwerk.handelTaakAf(new ZaakId(id), Zaakopdracht.taak(taak), Taakstatus.GEANNULEERD));
    }

    @PostMapping("/zaken/{id}/sluiten/aanvragen")
    String vraagSluitenAan(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String sluitreden,
            @RequestParam(required = false) @Nullable String toelichting,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "sluiten",
                () -> zaakwerk.vraagSluitenAan(
                        new ZaakId(id), Zaakopdracht.Sluitverzoek.lees(sluitreden, toelichting), versie));
    }

    @PostMapping("/zaken/{id}/sluiten/goedkeuren")
    String keurGoed(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String toelichting,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "goedkeuren",
                () -> zaakwerk.keurSluitenGoed(new ZaakId(id), Zaakopdracht.Goedkeuring.lees(toelichting), versie));
    }

    @PostMapping("/zaken/{id}/sluiten/terugsturen")
    String stuurTerug(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "terugsturen",
                () -> zaakwerk.stuurSluitenTerug(new ZaakId(id), Zaakopdracht.MetReden.lees(reden), versie));
    }

    @PostMapping("/zaken/{id}/heropenen")
    String heropen(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(
                id,
                uit,
                taal,
                "heropenen",
                () -> zaakwerk.heropen(new ZaakId(id), Zaakopdracht.MetReden.lees(reden), versie));
    }

    private String uitvoeren(UUID id, RedirectAttributes uit, Locale taal, String formulier, Runnable actie) {
        return Formulierantwoord.uitvoeren(
                berichten, id, uit, taal, formulier, veld -> formulier + "-" + veld, formulier, actie);
    }
}
