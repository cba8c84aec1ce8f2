package nl.toezicht.cijfers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Handmatigcijfer;
import nl.toezicht.cijfers.Openbaarmakingsregels;
import nl.toezicht.cijfers.Tabellenregister;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Medewerkers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page for manual figures (issue 12): an analyst enters a figure with its source and note, a second one
 * checks it. The same use cases as the API ({@link Cijferdienst#voerIn}, {@link Cijferdienst#controleerHandmatig}).
 */
@Controller
class HandmatigViewController {

    private final Cijferdienst dienst;
    private final Tabellenregister register;
    private final Medewerkers medewerkers;
    private final MessageSource berichten;

    HandmatigViewController(
            Cijferdienst dienst, Tabellenregister register, Medewerkers medewerkers, MessageSource berichten) {
        this.dienst = dienst;
        this.register = register;
        this.medewerkers = medewerkers;
        this.berichten = berichten;
    }

    /** A row of the page: a version of a figure, and whether the one looking may check it. */
    record Regel(Handmatigcijfer cijfer, String naam, String waarde, boolean controleerbaar) {}

    @GetMapping("/cijfers/handmatig")
    String pagina(@RequestParam(required = false) @Nullable Integer jaar, Model model) {
        int j = jaar == null ? dienst.lopendJaar() - 1 : dienst.jaar(jaar);
        String ik = medewerkers.huidige().gebruikersnaam();
        List<Regel> regels = new ArrayList<>();
        for (Handmatigcijfer h : dienst.handmatigeCijfers(j)) {
            regels.add(new Regel(
                    h,
                    naam(h.grootheid()),
                    Openbaarmakingsregels.formatteer(h.waarde()),
                    !h.gecontroleerd() && !h.ingevoerdDoor().equals(ik)));
        }
        model.addAttribute("jaar", j);
        model.addAttribute("regels", regels);
        model.addAttribute("grootheden", register.handmatigeGrootheden());
        return "cijfers/handmatig";
    }

    @PostMapping("/cijfers/handmatig/{jaar}")
    String voerIn(
            @PathVariable int jaar,
            @RequestParam(required = false) @Nullable String grootheid,
            @RequestParam(required = false) @Nullable String waarde,
            @RequestParam(required = false) @Nullable String bron,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit) {
        Locale taal = LocaleContextHolder.getLocale();
        try {
            String tekst = Formulierveld.leeg(waarde);
            Long getal = tekst == null ? null : getal(tekst);
            Handmatigcijfer h = dienst.voerIn(jaar, new Cijferdienst.Invoer(grootheid, getal, bron, toelichting));
            uit.addFlashAttribute(
                    "gelukt",
                    berichten.getMessage(
                            "cijfers.handmatig.ingevoerd", new Object[] {naam(h.grootheid()), h.versie()}, taal));
        } catch (Weigering w) {
            weigering(uit, taal, w);
        }
        return "redirect:/cijfers/handmatig?jaar=" + jaar;
    }

    @PostMapping("/cijfers/handmatig/{jaar}/{grootheid}/{versie}/controle")
    String controleer(
            @PathVariable int jaar, @PathVariable String grootheid, @PathVariable int versie, RedirectAttributes uit) {
        Locale taal = LocaleContextHolder.getLocale();
        try {
            dienst.controleerHandmatig(dienst.jaar(jaar), grootheid, versie);
            uit.addFlashAttribute(
                    "gelukt",
                    berichten.getMessage(
                            "cijfers.handmatig.gecontroleerd", new Object[] {naam(grootheid), versie}, taal));
        } catch (Weigering w) {
            weigering(uit, taal, w);
        }
        return "redirect:/cijfers/handmatig?jaar=" + jaar;
    }

    /** A whole number as typed: digits, optionally with Dutch thousands dots ("21.138"). */
    private static Long getal(String tekst) {
        String schoon = tekst.strip().replace(".", "");
        if (!schoon.matches("-?\\d{1,15}")) {
            throw Weigering.opVeld("waarde", "cijfers.handmatig.waarde.geen-getal", tekst.strip());
        }
        return Long.valueOf(schoon);
    }

    private String naam(String code) {
        return register.handmatigeGrootheden().stream()
                .filter(g -> g.code().equals(code))
                .map(Grootheid::naam)
                .findFirst()
                .orElse(code);
    }

    private void weigering(RedirectAttributes uit, Locale taal, Weigering w) {
        uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
        uit.addFlashAttribute("foutVeld", w.veld());
    }
}
