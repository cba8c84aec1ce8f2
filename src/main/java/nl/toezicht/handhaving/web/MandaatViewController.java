package nl.toezicht.handhaving.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.toezicht.handhaving.Handhaving;
import nl.toezicht.handhaving.HandhavingRechten;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mandate table (decision 0095): who reads measures sees which role signs which kind up to which amount and
 * every change; the administrator grants, changes or withdraws a mandate with a reason. A refusal comes back in
 * words with what was typed.
 */
@Controller
class MandaatViewController {

    private final Handhaving handhaving;
    private final Toegangsbeleid toegang;
    private final MessageSource berichten;

    MandaatViewController(Handhaving handhaving, Toegangsbeleid toegang, MessageSource berichten) {
        this.handhaving = handhaving;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/handhaving/mandaten")
    String mandaten(Model model) {
        model.addAttribute("mandaten", handhaving.mandaten());
        model.addAttribute("wijzigingen", handhaving.mandaatwijzigingen());
        model.addAttribute("magBeheren", toegang.heeft(HandhavingRechten.MANDAAT_BEHEREN));
        model.addAttribute("soorten", Maatregelsoort.values());
        model.addAttribute(
                "rollen",
                Arrays.stream(Rol.values()).filter(r -> r != Rol.ZORGAANBIEDER).toList());
        if (!model.containsAttribute("ingevuld")) {
            model.addAttribute("ingevuld", Map.of());
        }
        return "handhaving/mandaten";
    }

    @PostMapping("/handhaving/mandaten")
    String wijzig(@RequestParam Map<String, String> formulier, RedirectAttributes uit, Locale taal) {
        try {
            handhaving.wijzigMandaat(
                    Formulierveld.keuze(Rol.class, formulier.get("rol"), "rol", "mandaat.rol.ongeldig"),
                    Formulierveld.keuze(
                            Maatregelsoort.class, formulier.get("soort"), "soort", "maatregel.veld.onbekend"),
                    !"INTREKKEN".equals(formulier.get("actie")),
                    MaatregelViewController.bedrag(formulier.get("maximum"), "maximum"),
                    formulier.get("reden"));
            uit.addFlashAttribute("gelukt", berichten.getMessage("mandaat.opgeslagen", null, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld());
            uit.addFlashAttribute("ingevuld", formulier);
        }
        return "redirect:/handhaving/mandaten";
    }
}
