package nl.toezicht.toegang.web;

import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.aanmelden.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator switches accounts off (ending their sessions everywhere) and on again. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AccountbeheerViewController {

    private final Accounts accounts;

    AccountbeheerViewController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/beheer/accounts")
    String lijst(Model model) {
        model.addAttribute("accounts", accounts.lijst());
        return "toegang/accounts";
    }

    @PostMapping("/beheer/accounts/{gebruikersnaam}/uitschakelen")
    String schakelUit(@PathVariable String gebruikersnaam, RedirectAttributes redirect, Model model) {
        try {
            redirect.addAttribute("sessies", accounts.schakelUit(gebruikersnaam));
        } catch (Weigering weigering) {
            model.addAttribute("fout", weigering.berichtSleutel());
            return lijst(model);
        }
        redirect.addAttribute("uitgeschakeld", gebruikersnaam);
        return "redirect:/beheer/accounts";
    }

    @PostMapping("/beheer/accounts/{gebruikersnaam}/inschakelen")
    String schakelIn(@PathVariable String gebruikersnaam, RedirectAttributes redirect) {
        accounts.schakelIn(gebruikersnaam);
        redirect.addAttribute("ingeschakeld", gebruikersnaam);
        return "redirect:/beheer/accounts";
    }
}
