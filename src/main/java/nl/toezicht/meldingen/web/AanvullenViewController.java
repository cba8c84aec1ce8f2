package nl.toezicht.meldingen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Opmaak;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.Aanvullingen;
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
 * The reporter adds information later, behind the private status link (issue 13 item 10): a text and
 * attachments. A refused addition comes back with the text kept and the error on its field; an acknowledged
 * one is stored, and a handled notification says plainly that it takes nothing more.
 */
@Controller
class AanvullenViewController {

    private final Aanvullingen aanvullingen;
    private final MessageSource berichten;
    private final Opmaak opmaak;

    AanvullenViewController(Aanvullingen aanvullingen, MessageSource berichten, Opmaak opmaak) {
        this.aanvullingen = aanvullingen;
        this.berichten = berichten;
        this.opmaak = opmaak;
    }

    @GetMapping("/status/{token}/aanvullen")
    String pagina(@PathVariable String token, Model model) {
        return toon(token, "", null, model);
    }

    @PostMapping("/status/{token}/aanvullen")
    String voegToe(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String tekst,
            @RequestParam(name = "bijlagen", required = false) List<MultipartFile> bestanden,
            @RequestParam(defaultValue = "") String sleutel,
            Model model,
            Locale taal,
            RedirectAttributes doorgeven) {
        List<MultipartUpload> bijlagen = new ArrayList<>();
        if (bestanden != null) {
            for (MultipartFile bestand : bestanden) {
                // a file field left empty sends an empty part without a name
                if (!bestand.isEmpty()
                        || (bestand.getOriginalFilename() != null
                                && !bestand.getOriginalFilename().isEmpty())) {
                    bijlagen.add(new MultipartUpload(bestand));
                }
            }
        }
        try {
            Aanvullingen.Ontvangen ontvangen = aanvullingen.voegToe(token, tekst, bijlagen, sleutel);
            // a plain string: flash attributes live in the session, kept in PostgreSQL
            doorgeven.addFlashAttribute(
                    "ontvangen",
                    berichten.getMessage(
                            "aanvulling.ontvangen",
                            new Object[] {opmaak.tijdstip(ontvangen.ontvangenOp()), ontvangen.referentie()},
                            taal));
            return "redirect:/status/" + token + "/aanvullen";
        } catch (Weigering w) {
            String veld = w.veld() == null ? null : w.veld().startsWith("bijlagen") ? "bijlagen" : w.veld();
            Object[] argumenten = w.argumenten();
            if (w.veld() != null && w.veld().startsWith("bijlagen[")) {
                // which file: its name before the reason
                int i = Integer.parseInt(w.veld().substring(9, w.veld().indexOf(']')));
                argumenten = new Object[] {bijlagen.get(i).bestandsnaam()};
                model.addAttribute("fout", berichten.getMessage(w.berichtSleutel() + ".bestand", argumenten, taal));
            } else {
                model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), argumenten, taal));
            }
            model.addAttribute("foutVeld", veld == null ? null : "aanvulling-" + veld);
            return toon(token, tekst, sleutel, model);
        }
    }

    private String toon(String token, String tekst, @org.jspecify.annotations.Nullable String sleutel, Model model) {
        model.addAttribute("stand", aanvullingen.stand(token));
        model.addAttribute("token", token);
        model.addAttribute("tekst", tekst);
        model.addAttribute("maxTekst", Aanvullingen.MAX_TEKST);
        model.addAttribute("maxBijlagen", Aanvullingen.MAX_BIJLAGEN);
        // after a refusal the same key: nothing was stored under it, and a resend stays one addition
        model.addAttribute(
                "sleutel",
                sleutel == null || sleutel.isBlank() ? UUID.randomUUID().toString() : sleutel);
        return "meldingen/aanvullen";
    }
}
