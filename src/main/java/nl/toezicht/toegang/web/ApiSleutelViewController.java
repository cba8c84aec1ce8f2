package nl.toezicht.toegang.web;

import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.toegang.aanmelden.ApiSleutels;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator makes and revokes the API keys of care providers' systems. */
@Controller
class ApiSleutelViewController {

    private final ApiSleutels sleutels;
    private final Toegangsbeleid beleid;

    ApiSleutelViewController(ApiSleutels sleutels, Toegangsbeleid beleid) {
        this.sleutels = sleutels;
        this.beleid = beleid;
    }

    /** Runs before every page of this controller. */
    @ModelAttribute
    void eisRecht() {
        beleid.eis(ToegangRechten.API_SLEUTELS_BEHEREN);
    }

    @GetMapping("/beheer/api-sleutels")
    String lijst(Model model) {
        model.addAttribute("sleutels", sleutels.lijst());
        return "toegang/api-sleutels";
    }

    @PostMapping("/beheer/api-sleutels")
    String maak(
            @RequestParam(defaultValue = "") String kvkNummer,
            @RequestParam(defaultValue = "") String omschrijving,
            Authentication authentication,
            Model model) {
        try {
            ApiSleutels.NieuweSleutel nieuw = sleutels.maak(kvkNummer, omschrijving, authentication.getName());
            model.addAttribute("nieuweSleutel", nieuw.sleutel());
        } catch (Weigering weigering) {
            model.addAttribute("fout", weigering.berichtSleutel());
            model.addAttribute("foutVeld", weigering.veld());
            model.addAttribute("kvkNummer", kvkNummer);
            model.addAttribute("omschrijving", omschrijving);
        }
        model.addAttribute("sleutels", sleutels.lijst());
        return "toegang/api-sleutels";
    }

    /** Revoking cannot be undone: a page that says which key and what follows, with the button. */
    @GetMapping("/beheer/api-sleutels/{id}/intrekken")
    String bevestigIntrekken(@PathVariable UUID id, Model model) {
        ApiSleutels.Sleutel sleutel = sleutels.lijst().stream()
                .filter(s -> s.id().equals(id) && s.ingetrokken() == null)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("object.apisleutel", id));
        model.addAttribute("sleutel", sleutel);
        return "toegang/api-sleutel-intrekken";
    }

    @PostMapping("/beheer/api-sleutels/{id}/intrekken")
    String trekIn(@PathVariable UUID id, RedirectAttributes redirect) {
        sleutels.trekIn(id);
        redirect.addAttribute("ingetrokken", "");
        return "redirect:/beheer/api-sleutels";
    }
}
