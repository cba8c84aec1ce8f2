package nl.toezicht.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.toegang.aanmelden.Sessies;
import nl.toezicht.toegang.aanmelden.TweedeFactor;
import nl.toezicht.toegang.aanmelden.Wachtwoorden;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The logged-in user's own account: who they are, their password and their second factor. */
@Controller
class AccountViewController {

    private final Medewerkers medewerkers;
    private final Wachtwoorden wachtwoorden;
    private final TweedeFactor tweedeFactor;
    private final Sessies sessies;
    private final Toegangsbeleid beleid;

    AccountViewController(
            Medewerkers medewerkers,
            Wachtwoorden wachtwoorden,
            TweedeFactor tweedeFactor,
            Sessies sessies,
            Toegangsbeleid beleid) {
        this.medewerkers = medewerkers;
        this.beleid = beleid;
        this.wachtwoorden = wachtwoorden;
        this.tweedeFactor = tweedeFactor;
        this.sessies = sessies;
    }

    /** The password form: current, new, new again. */
    static final class WachtwoordFormulier {
        private String huidig = "";
        private String nieuw = "";
        private String herhaling = "";

        public String getHuidig() {
            return huidig;
        }

        public void setHuidig(String huidig) {
            this.huidig = huidig == null ? "" : huidig;
        }

        public String getNieuw() {
            return nieuw;
        }

        public void setNieuw(String nieuw) {
            this.nieuw = nieuw == null ? "" : nieuw;
        }

        public String getHerhaling() {
            return herhaling;
        }

        public void setHerhaling(String herhaling) {
            this.herhaling = herhaling == null ? "" : herhaling;
        }
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        String naam = authentication.getName();
        Medewerker ik = medewerkers.huidige();
        model.addAttribute("medewerker", ik);
        // the departments whose cases the account sees: all of them for a role with that right
        java.util.Set<Zorgsector> zichtbaar = beleid.zichtbareAfdelingen();
        model.addAttribute("alleAfdelingen", zichtbaar.containsAll(EnumSet.allOf(Zorgsector.class)));
        model.addAttribute("afdelingen", List.copyOf(zichtbaar));
        model.addAttribute("kvkNummers", ik.kvkNummers().stream().sorted().toList());
        model.addAttribute("lokaal", wachtwoorden.heeftWachtwoord(naam));
        model.addAttribute("tweedeFactor", tweedeFactor.ingesteld(naam));
        return "toegang/account";
    }

    @GetMapping("/account/wachtwoord")
    String wachtwoord(
            @ModelAttribute("formulier") WachtwoordFormulier formulier, Authentication authentication, Model model) {
        model.addAttribute("lokaal", wachtwoorden.heeftWachtwoord(authentication.getName()));
        return "toegang/wachtwoord";
    }

    @PostMapping("/account/wachtwoord")
    String wijzig(
            @ModelAttribute("formulier") WachtwoordFormulier formulier,
            BindingResult fouten,
            Authentication authentication,
            HttpServletRequest request,
            Model model) {
        String naam = authentication.getName();
        if (!wachtwoorden.heeftWachtwoord(naam)) {
            model.addAttribute("lokaal", false);
            return "toegang/wachtwoord";
        }
        Map<String, String> weigeringen =
                wachtwoorden.wijzig(naam, formulier.getHuidig(), formulier.getNieuw(), formulier.getHerhaling());
        if (!weigeringen.isEmpty()) {
            weigeringen.forEach((veld, sleutel) -> fouten.rejectValue(veld, sleutel));
            formulier.setHuidig("");
            formulier.setNieuw("");
            formulier.setHerhaling("");
            model.addAttribute("lokaal", true);
            return "toegang/wachtwoord";
        }
        // whoever else used the old password is logged out, on every instance (ASVS 7.4.3)
        sessies.beeindigAndere(naam, request.getSession().getId());
        return "redirect:/account?wachtwoord-gewijzigd";
    }
}
