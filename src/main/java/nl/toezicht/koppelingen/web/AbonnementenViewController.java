package nl.toezicht.koppelingen.web;

import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.koppelingen.Abonnement;
import nl.toezicht.koppelingen.Abonnementen;
import nl.toezicht.koppelingen.DodeLetters;
import nl.toezicht.koppelingen.Partnersoort;
import nl.toezicht.logboek.Handeling;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for partners' subscriptions (issue 16): the list with each one's delivery status,
 * a new subscription (its signing secret and event-log key shown this once), one subscription with its dead
 * letters to offer again (htmx swaps the list in place; without script the page reloads), and ending it. The
 * same services and the same access-log entries as {@link AbonnementenApiController}.
 */
@Controller
class AbonnementenViewController {

    private static final String HTMX = "HX-Request";

    private final Abonnementen abonnementen;
    private final DodeLetters dodeLetters;
    private final AbonnementToegang toegang;

    AbonnementenViewController(Abonnementen abonnementen, DodeLetters dodeLetters, AbonnementToegang toegang) {
        this.abonnementen = abonnementen;
        this.dodeLetters = dodeLetters;
        this.toegang = toegang;
    }

    /** What the form holds, given back when refused. */
    record Formulier(String naam, Partnersoort soort, String kvkNummer, String url, List<String> typen) {
        static Formulier leeg() {
            return new Formulier("", Partnersoort.LANDELIJK, "", "https://", List.of());
        }
    }

    @GetMapping("/beheer/abonnementen")
    String lijst(Model model) {
        toegang.eis(Handeling.ZOEKEN);
        return lijstpagina(model, Formulier.leeg());
    }

    @PostMapping("/beheer/abonnementen")
    String maak(
            @RequestParam(defaultValue = "") String naam,
            @RequestParam(defaultValue = "LANDELIJK") Partnersoort soort,
            @RequestParam(defaultValue = "") String kvkNummer,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable List<String> typen,
            @RequestParam(defaultValue = "") String geheim,
            Authentication door,
            Model model) {
        toegang.eisAanmaken();
        Formulier formulier = new Formulier(naam, soort, kvkNummer, url, typen == null ? List.of() : typen);
        try {
            Abonnementen.Nieuw nieuw = abonnementen.maak(
                    new Abonnementen.Aanvraag(
                            naam, soort, kvkNummer.isBlank() ? null : kvkNummer, url, formulier.typen(), geheim),
                    door.getName());
            toegang.aangemaakt(nieuw.abonnement().id());
            model.addAttribute("nieuw", nieuw);
            formulier = Formulier.leeg();
        } catch (Weigering weigering) {
            model.addAttribute("fout", weigering.berichtSleutel());
            model.addAttribute("foutVeld", weigering.veld());
        }
        return lijstpagina(model, formulier);
    }

    @GetMapping("/beheer/abonnementen/{id}")
    String abonnement(@PathVariable UUID id, Model model) {
        toegang.eis(Handeling.INZIEN, id);
        return detailpagina(id, model);
    }

    /** Ending cannot be undone: the button on the page asks first. */
    @PostMapping("/beheer/abonnementen/{id}/beeindigen")
    String beeindig(@PathVariable UUID id, RedirectAttributes redirect) {
        toegang.eis(Handeling.VERWIJDEREN, id);
        abonnementen.beeindig(id);
        redirect.addAttribute("beeindigd", "");
        return "redirect:/beheer/abonnementen/" + id;
    }

    /** Offers one dead letter again; the delivery job tries it in its next run. */
    @PostMapping("/beheer/abonnementen/{id}/dode-letters/{gebeurtenis}/aanbieding")
    String biedAan(
            @PathVariable UUID id,
            @PathVariable UUID gebeurtenis,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        toegang.eis(Handeling.WIJZIGEN, id);
        dodeLetters.biedAan(id, gebeurtenis);
        return naAanbieding(id, 1, htmx, model, redirect);
    }

    /** Offers all of the subscription's dead letters again. */
    @PostMapping("/beheer/abonnementen/{id}/dode-letters/aanbieding")
    String biedAllesAan(
            @PathVariable UUID id,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        toegang.eis(Handeling.WIJZIGEN, id);
        abonnementen.vind(id);
        return naAanbieding(id, dodeLetters.biedAllesAan(id), htmx, model, redirect);
    }

    private String naAanbieding(UUID id, int aantal, @Nullable String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addAttribute("aangeboden", aantal);
            return "redirect:/beheer/abonnementen/" + id;
        }
        model.addAttribute("aangeboden", aantal);
        detailpagina(id, model);
        return "koppelingen/abonnement :: dodeLetters";
    }

    private String lijstpagina(Model model, Formulier formulier) {
        model.addAttribute("abonnementen", abonnementen.lijst());
        model.addAttribute("typen", abonnementen.typen());
        model.addAttribute("soorten", Partnersoort.values());
        model.addAttribute("formulier", formulier);
        return "koppelingen/abonnementen";
    }

    private String detailpagina(UUID id, Model model) {
        Abonnement abonnement = abonnementen.vind(id);
        model.addAttribute("abonnement", abonnement);
        model.addAttribute("dodeLetters", dodeLetters.van(id));
        return "koppelingen/abonnement";
    }
}
