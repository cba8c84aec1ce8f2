package nl.toezicht.toegang.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.aanmelden.Accounts;
import nl.toezicht.toegang.aanmelden.Accounts.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's account pages (docs/toegang.md, "Account administration"): the list, a new local account,
 * one account's page with its data, its state and what can be done to it. {@link Accounts} decides and logs;
 * this only turns its refusals into form errors.
 */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AccountbeheerViewController {

    /** Reserved: the path of the form for a new account. */
    static final String NIEUW = "nieuw";

    private final Accounts accounts;

    AccountbeheerViewController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The account form: name, e-mail, role, departments, KvK numbers; user name and password when new. */
    static final class AccountFormulier {
        private String gebruikersnaam = "";
        private String naam = "";
        private String email = "";
        private String rol = "";
        private List<String> afdelingen = new ArrayList<>();
        private String kvkNummers = "";
        private String wachtwoord = "";

        static AccountFormulier van(Account account) {
            AccountFormulier f = new AccountFormulier();
            f.gebruikersnaam = account.gebruikersnaam();
            f.naam = account.naam();
            f.email = account.email() == null ? "" : account.email();
            f.rol = account.rol().name();
            f.afdelingen = new ArrayList<>(
                    account.afdelingen().stream().map(Enum::name).toList());
            f.kvkNummers =
                    String.join(" ", account.kvkNummers().stream().sorted().toList());
            return f;
        }

        Accounts.Gegevens gegevens() {
            Rol gekozen = Arrays.stream(Rol.values())
                    .filter(r -> r.name().equals(rol))
                    .findFirst()
                    .orElse(null);
            Set<String> kvk = new LinkedHashSet<>();
            for (String deel : kvkNummers.split("[\\s,;]+")) {
                if (!deel.isBlank()) {
                    kvk.add(deel);
                }
            }
            return new Accounts.Gegevens(naam, email, gekozen, Set.copyOf(afdelingen), kvk);
        }

        public String getGebruikersnaam() {
            return gebruikersnaam;
        }

        public void setGebruikersnaam(@Nullable String gebruikersnaam) {
            this.gebruikersnaam = gebruikersnaam == null ? "" : gebruikersnaam.strip();
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(@Nullable String naam) {
            this.naam = naam == null ? "" : naam;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(@Nullable String email) {
            this.email = email == null ? "" : email;
        }

        public String getRol() {
            return rol;
        }

        public void setRol(@Nullable String rol) {
            this.rol = rol == null ? "" : rol;
        }

        public List<String> getAfdelingen() {
            return afdelingen;
        }

        public void setAfdelingen(@Nullable List<String> afdelingen) {
            this.afdelingen = afdelingen == null ? new ArrayList<>() : afdelingen;
        }

        public String getKvkNummers() {
            return kvkNummers;
        }

        public void setKvkNummers(@Nullable String kvkNummers) {
            this.kvkNummers = kvkNummers == null ? "" : kvkNummers;
        }

        public String getWachtwoord() {
            return wachtwoord;
        }

        public void setWachtwoord(@Nullable String wachtwoord) {
            this.wachtwoord = wachtwoord == null ? "" : wachtwoord;
        }
    }

    @GetMapping("/beheer/accounts")
    String lijst(Model model) {
        model.addAttribute("accounts", accounts.lijst());
        return "toegang/accounts";
    }

    @GetMapping("/beheer/accounts/" + NIEUW)
    String nieuw(@ModelAttribute("formulier") AccountFormulier formulier, Model model) {
        return formulier(model, null);
    }

    @PostMapping("/beheer/accounts")
    String maakAan(
            @ModelAttribute("formulier") AccountFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (NIEUW.equals(formulier.getGebruikersnaam())) {
                throw Weigering.opVeld("gebruikersnaam", "account.gebruikersnaam.bestaat", NIEUW);
            }
            accounts.maakAan(formulier.getGebruikersnaam(), formulier.gegevens(), formulier.getWachtwoord());
        } catch (Weigering weigering) {
            weiger(fouten, weigering);
            formulier.setWachtwoord("");
            return formulier(model, null);
        }
        redirect.addAttribute("aangemaakt", "");
        return "redirect:/beheer/accounts/" + formulier.getGebruikersnaam();
    }

    @GetMapping("/beheer/accounts/{gebruikersnaam}")
    String account(@PathVariable String gebruikersnaam, Model model) {
        Account account = accounts.account(gebruikersnaam);
        model.addAttribute("formulier", AccountFormulier.van(account));
        return formulier(model, account);
    }

    @PostMapping("/beheer/accounts/{gebruikersnaam}")
    String wijzig(
            @PathVariable String gebruikersnaam,
            @ModelAttribute("formulier") AccountFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        formulier.setGebruikersnaam(gebruikersnaam);
        try {
            accounts.wijzig(gebruikersnaam, formulier.gegevens());
        } catch (Weigering weigering) {
            weiger(fouten, weigering);
            return formulier(model, accounts.account(gebruikersnaam));
        }
        redirect.addAttribute("gewijzigd", "");
        return "redirect:/beheer/accounts/" + gebruikersnaam;
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

    @PostMapping("/beheer/accounts/{gebruikersnaam}/ontgrendelen")
    String ontgrendel(@PathVariable String gebruikersnaam, RedirectAttributes redirect) {
        accounts.ontgrendel(gebruikersnaam);
        redirect.addAttribute("ontgrendeld", "");
        return "redirect:/beheer/accounts/" + gebruikersnaam;
    }

    @PostMapping("/beheer/accounts/{gebruikersnaam}/tweede-factor-herstellen")
    String herstelTweedeFactor(@PathVariable String gebruikersnaam, RedirectAttributes redirect, Model model) {
        try {
            accounts.herstelTweedeFactor(gebruikersnaam);
        } catch (Weigering weigering) {
            return actieGeweigerd(gebruikersnaam, weigering, model);
        }
        redirect.addAttribute("tweede-factor-hersteld", "");
        return "redirect:/beheer/accounts/" + gebruikersnaam;
    }

    @PostMapping("/beheer/accounts/{gebruikersnaam}/wachtwoord")
    String stelWachtwoordIn(
            @PathVariable String gebruikersnaam,
            @RequestParam(defaultValue = "") String wachtwoord,
            RedirectAttributes redirect,
            Model model) {
        try {
            redirect.addAttribute("sessies", accounts.stelWachtwoordIn(gebruikersnaam, wachtwoord));
        } catch (Weigering weigering) {
            return actieGeweigerd(gebruikersnaam, weigering, model);
        }
        redirect.addAttribute("wachtwoord-ingesteld", "");
        return "redirect:/beheer/accounts/" + gebruikersnaam;
    }

    private String actieGeweigerd(String gebruikersnaam, Weigering weigering, Model model) {
        Account account = accounts.account(gebruikersnaam);
        model.addAttribute("formulier", AccountFormulier.van(account));
        model.addAttribute("fout", weigering.berichtSleutel());
        return formulier(model, account);
    }

    private static String formulier(Model model, @Nullable Account account) {
        model.addAttribute("account", account);
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("alleAfdelingen", Zorgsector.values());
        return account == null ? "toegang/account-nieuw" : "toegang/account-beheer";
    }

    private static void weiger(BindingResult fouten, Weigering weigering) {
        if (weigering instanceof Accounts.Ongeldig ongeldig) {
            ongeldig.fouten().forEach(fout -> weiger(fouten, fout));
        } else if (weigering.veld() != null) {
            fouten.rejectValue(weigering.veld(), weigering.berichtSleutel(), weigering.argumenten(), null);
        } else {
            fouten.reject(weigering.berichtSleutel(), weigering.argumenten(), null);
        }
    }
}
