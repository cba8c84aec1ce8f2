package nl.toezicht.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import nl.toezicht.toegang.aanmelden.Aanmelding;
import nl.toezicht.toegang.aanmelden.Aanmeldpogingen;
import nl.toezicht.toegang.aanmelden.TweedeFactor;
import nl.toezicht.toegang.aanmelden.Wachtwoorden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second login step (a TOTP code after the password) and setting up TOTP: during a login that needs
 * it, or later from the account page. The secret being set up lives in the session until a first code
 * proves the app has it; only then is it stored (encrypted).
 */
@Controller
class TweedeFactorViewController {

    static final String NIEUW_GEHEIM = "toezicht.totp.nieuw-geheim";

    private final Aanmelding aanmelding;
    private final TweedeFactor tweedeFactor;
    private final Aanmeldpogingen pogingen;
    private final Wachtwoorden wachtwoorden;

    TweedeFactorViewController(
            Aanmelding aanmelding, TweedeFactor tweedeFactor, Aanmeldpogingen pogingen, Wachtwoorden wachtwoorden) {
        this.aanmelding = aanmelding;
        this.tweedeFactor = tweedeFactor;
        this.pogingen = pogingen;
        this.wachtwoorden = wachtwoorden;
    }

    @GetMapping("/inloggen/code")
    String code(HttpServletRequest request) {
        return aanmelding.wachtend(request).isPresent() ? "toegang/code" : "redirect:/inloggen";
    }

    @PostMapping("/inloggen/code")
    String controleer(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Aanmelding.Wachtend> wachtend = aanmelding.wachtend(request);
        if (wachtend.isEmpty()) {
            return "redirect:/inloggen";
        }
        String naam = wachtend.get().gebruikersnaam();
        if (!pogingen.geblokkeerd(naam) && tweedeFactor.controleer(naam, code)) {
            return "redirect:" + aanmelding.voltooiNaTweedeFactor(request, response, wachtend.get());
        }
        pogingen.mislukt(naam);
        if (pogingen.geblokkeerd(naam)) {
            aanmelding.vergeet(request);
            return "redirect:/inloggen?error";
        }
        model.addAttribute("fout", true);
        return "toegang/code";
    }

    @GetMapping("/inloggen/tweede-factor")
    String instellen(HttpServletRequest request, Model model) {
        String naam = wie(request);
        if (naam == null) {
            return "redirect:/inloggen";
        }
        HttpSession sessie = request.getSession();
        String geheim = tweedeFactor.nieuwGeheim();
        sessie.setAttribute(NIEUW_GEHEIM, geheim);
        model.addAttribute("geheim", geheim.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("gebruikersnaam", naam);
        return "toegang/tweede-factor";
    }

    @GetMapping(value = "/inloggen/tweede-factor/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(HttpServletRequest request) {
        String naam = wie(request);
        HttpSession sessie = request.getSession(false);
        if (naam == null || sessie == null || !(sessie.getAttribute(NIEUW_GEHEIM) instanceof String geheim)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(tweedeFactor.qrCode(naam, geheim));
    }

    @PostMapping("/inloggen/tweede-factor")
    String bevestig(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String naam = wie(request);
        HttpSession sessie = request.getSession(false);
        if (naam == null || sessie == null || !(sessie.getAttribute(NIEUW_GEHEIM) instanceof String geheim)) {
            return "redirect:/inloggen";
        }
        if (!tweedeFactor.stelIn(naam, geheim, code)) {
            model.addAttribute("fout", true);
            model.addAttribute("geheim", geheim.replaceAll("(.{4})(?!$)", "$1 "));
            model.addAttribute("gebruikersnaam", naam);
            return "toegang/tweede-factor";
        }
        sessie.removeAttribute(NIEUW_GEHEIM);
        Optional<Aanmelding.Wachtend> wachtend = aanmelding.wachtend(request);
        if (wachtend.isPresent()) {
            return "redirect:" + aanmelding.voltooiNaTweedeFactor(request, response, wachtend.get());
        }
        return "redirect:/account?tweede-factor-ingesteld";
    }

    /**
     * Whose second factor: the parked login's (setting up during login, only while it has none yet) or
     * the logged-in local account's.
     */
    private @Nullable String wie(HttpServletRequest request) {
        Optional<Aanmelding.Wachtend> wachtend = aanmelding.wachtend(request);
        if (wachtend.isPresent()) {
            String naam = wachtend.get().gebruikersnaam();
            return tweedeFactor.ingesteld(naam) ? null : naam;
        }
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        if (ingelogd == null || ingelogd instanceof AnonymousAuthenticationToken || !ingelogd.isAuthenticated()) {
            return null;
        }
        return wachtwoorden.heeftWachtwoord(ingelogd.getName()) ? ingelogd.getName() : null;
    }
}
