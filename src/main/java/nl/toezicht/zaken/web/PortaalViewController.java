package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Opmaak;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.zaken.Inzending;
import nl.toezicht.zaken.Zaakportaal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider portal's page for one notification's case (issue 13 item 9): what the inspectorate asks and by
 * when, sending in the report or answer, and what was sent in. A refused sending comes back on the same page
 * with the title kept and the error on its field; a sending acknowledged is stored.
 */
@Controller
class PortaalViewController {

    private final Zaakportaal portaal;
    private final MessageSource berichten;
    private final Opmaak opmaak;

    PortaalViewController(Zaakportaal portaal, MessageSource berichten, Opmaak opmaak) {
        this.portaal = portaal;
        this.berichten = berichten;
        this.opmaak = opmaak;
    }

    @GetMapping("/mijn-meldingen/{id}/inzenden")
    String pagina(@PathVariable UUID id, Model model) {
        return toon(id, "", model);
    }

    @PostMapping("/mijn-meldingen/{id}/inzenden")
    String dienIn(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String titel,
            @RequestParam(required = false) @Nullable MultipartFile bestand,
            @RequestParam(defaultValue = "") String sleutel,
            Model model,
            Locale taal,
            RedirectAttributes doorgeven) {
        try {
            Inzending inzending = portaal.dienIn(
                    new MeldingId(id),
                    titel,
                    bestand == null ? GeenBestand.BESTAND : new MultipartUpload(bestand),
                    sleutel);
            // a plain string: flash attributes live in the session, kept in PostgreSQL
            doorgeven.addFlashAttribute(
                    "ontvangen",
                    berichten.getMessage(
                            "portaal.ontvangen",
                            new Object[] {
                                inzending.titel(), opmaak.tijdstip(inzending.ingediendOp()), inzending.referentie()
                            },
                            taal));
            return "redirect:/mijn-meldingen/" + id + "/inzenden";
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld() == null ? null : "inzending-" + w.veld());
            // the same key again: a resend of this form after fixing it is still the one sending
            model.addAttribute("sleutelWeer", sleutel);
            return toon(id, titel, model);
        }
    }

    private String toon(UUID id, String titel, Model model) {
        model.addAttribute("weergave", portaal.weergave(new MeldingId(id)));
        model.addAttribute("titel", titel);
        Object weer = model.getAttribute("sleutelWeer");
        model.addAttribute(
                "sleutel",
                weer instanceof String s && !s.isBlank() ? s : UUID.randomUUID().toString());
        return "zaken/portaal";
    }
}
