package nl.toezicht.zaken.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.documenten.Document;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbrief;
import nl.toezicht.zaken.Zaakbrieven;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making a letter of a case: the inspector sees the letter as it will be filed (its PDF pages), may change
 * the free text and look again, and files it in the case's dossier.
 */
@Controller
class ZaakbriefViewController {

    private final Zaakbrieven zaakbrieven;
    private final MessageSource berichten;

    ZaakbriefViewController(Zaakbrieven zaakbrieven, MessageSource berichten) {
        this.zaakbrieven = zaakbrieven;
        this.berichten = berichten;
    }

    @GetMapping("/zaken/{id}/brieven/{soort}")
    String brief(@PathVariable UUID id, @PathVariable String soort, Model model, RedirectAttributes uit, Locale taal) {
        try {
            return toon(id, brief(soort), null, model, taal);
        } catch (Weigering w) {
            return terug(id, w, uit, taal);
        }
    }

    @PostMapping("/zaken/{id}/brieven/{soort}/voorbeeld")
    String voorbeeld(
            @PathVariable UUID id,
            @PathVariable String soort,
            @RequestParam(required = false) @Nullable String tekst,
            Model model,
            RedirectAttributes uit,
            Locale taal,
            HttpServletResponse response) {
        try {
            return toon(id, brief(soort), tekst, model, taal);
        } catch (Weigering w) {
            return w.veld() == null
                    ? terug(id, w, uit, taal)
                    : geweigerd(id, brief(soort), tekst, w, model, taal, response);
        }
    }

    @PostMapping("/zaken/{id}/brieven/{soort}")
    String archiveer(
            @PathVariable UUID id,
            @PathVariable String soort,
            @RequestParam(required = false) @Nullable String tekst,
            Model model,
            RedirectAttributes uit,
            Locale taal,
            HttpServletResponse response) {
        Zaakbrief brief = brief(soort);
        try {
            Document document = zaakbrieven.archiveer(new ZaakId(id), brief, tekst);
            uit.addFlashAttribute(
                    "gelukt", berichten.getMessage("zaakbrief.gearchiveerd", new Object[] {document.titel()}, taal));
            return "redirect:/zaken/" + id + "#documenten";
        } catch (Weigering w) {
            return w.veld() == null ? terug(id, w, uit, taal) : geweigerd(id, brief, tekst, w, model, taal, response);
        }
    }

    /** A letter the case cannot have now: back to the case, saying why. */
    private String terug(UUID id, Weigering w, RedirectAttributes uit, Locale taal) {
        uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
        return "redirect:/zaken/" + id + "#documenten";
    }

    private String toon(UUID id, Zaakbrief brief, @Nullable String tekst, Model model, Locale taal) {
        Zaakbrieven.Concept concept = zaakbrieven.concept(new ZaakId(id), brief, tekst);
        List<String> paginas = zaakbrieven.voorbeeld(concept).stream()
                .map(png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                .toList();
        model.addAttribute("concept", concept);
        model.addAttribute("paginas", paginas);
        model.addAttribute("tekst", concept.tekst());
        return "zaken/brief";
    }

    /** The text could not be taken: the page again with what was typed and why (no preview of it). */
    private String geweigerd(
            UUID id,
            Zaakbrief brief,
            @Nullable String tekst,
            Weigering w,
            Model model,
            Locale taal,
            HttpServletResponse response) {
        toon(id, brief, null, model, taal);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("tekst", tekst);
        model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
        model.addAttribute("foutVeld", w.veld());
        return "zaken/brief";
    }

    private static Zaakbrief brief(String soort) {
        return Zaakbrief.metCode(soort).orElseThrow(() -> new NietGevonden("object.brief", soort));
    }
}
