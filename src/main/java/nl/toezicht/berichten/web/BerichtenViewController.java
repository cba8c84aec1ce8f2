package nl.toezicht.berichten.web;

import java.util.UUID;
import nl.toezicht.berichten.Bericht;
import nl.toezicht.berichten.Berichten;
import nl.toezicht.kern.Pagina;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's alerts (docs/berichten.md): the list, newest first with the unread ones marked; opening one marks it
 * read and goes to its page; all read at once; in the application only or also by e-mail. Forms without script.
 */
@Controller
class BerichtenViewController {

    private final Berichten berichten;

    BerichtenViewController(Berichten berichten) {
        this.berichten = berichten;
    }

    @GetMapping("/berichten")
    String lijst(@RequestParam(defaultValue = "1") int pagina, Model model) {
        Pagina<Bericht> lijst = berichten.mijn(pagina);
        model.addAttribute("lijst", lijst);
        model.addAttribute("vorigeUrl", lijst.vorige() == null ? null : "/berichten?pagina=" + lijst.vorige());
        model.addAttribute("volgendeUrl", lijst.volgende() == null ? null : "/berichten?pagina=" + lijst.volgende());
        model.addAttribute("voorkeur", berichten.voorkeur());
        return "berichten/lijst";
    }

    /** Marks the alert read and goes to its object's page (or back to the list when it has none). */
    @PostMapping("/berichten/{id}")
    String open(@PathVariable UUID id) {
        Bericht bericht = berichten.markeerGelezen(id);
        return "redirect:" + (bericht.pad() == null ? "/berichten" : bericht.pad());
    }

    @PostMapping("/berichten/gelezen")
    String allesGelezen(RedirectAttributes redirect) {
        redirect.addAttribute("gelezen", berichten.markeerAllesGelezen());
        return "redirect:/berichten";
    }

    @PostMapping("/berichten/voorkeur")
    String voorkeur(@RequestParam(defaultValue = "false") boolean perEmail, RedirectAttributes redirect) {
        berichten.zetPerEmail(perEmail);
        redirect.addAttribute("voorkeur", "");
        return "redirect:/berichten";
    }
}
