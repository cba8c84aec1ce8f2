package nl.toezicht.handhaving.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.toezicht.handhaving.HandhavingRechten;
import nl.toezicht.handhaving.Jaarrekeningen;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of the bulk process for annual accounts not deposited ({@code /handhaving/jaarrekeningen}): the year's
 * state, the deposit upload, per phase a dry run and a start, and the runs with their progress (polled by htmx).
 */
@Controller
class JaarrekeningViewController {

    private final Jaarrekeningen jaarrekeningen;
    private final Toegangsbeleid toegang;
    private final MessageSource berichten;

    JaarrekeningViewController(Jaarrekeningen jaarrekeningen, Toegangsbeleid toegang, MessageSource berichten) {
        this.jaarrekeningen = jaarrekeningen;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/handhaving/jaarrekeningen")
    String pagina(@RequestParam(required = false) @Nullable Integer jaar, Model model, Locale taal) {
        int verslagjaar = jaar == null ? jaarrekeningen.vorigJaar() : jaar;
        try {
            model.addAttribute("overzicht", jaarrekeningen.overzicht(verslagjaar));
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld());
            model.addAttribute("overzicht", jaarrekeningen.overzicht(jaarrekeningen.vorigJaar()));
        }
        model.addAttribute("fasen", Jaarrekeningen.Fase.values());
        model.addAttribute("magStarten", toegang.heeft(HandhavingRechten.OPSTELLEN));
        return "handhaving/jaarrekeningen";
    }

    /** The runs of the year with their progress: the fragment the page polls while one is going on. */
    @GetMapping("/handhaving/jaarrekeningen/{jaar}/rondes")
    String rondes(@PathVariable int jaar, Model model) {
        model.addAttribute("overzicht", jaarrekeningen.overzicht(jaar));
        return "handhaving/jaarrekeningen :: rondes";
    }

    @PostMapping("/handhaving/jaarrekeningen/deponeringen")
    String laad(
            @RequestParam int jaar,
            jakarta.servlet.http.HttpServletRequest verzoek,
            RedirectAttributes uit,
            Locale taal) {
        // a form without a file part (or not multipart at all) is refused in words, not as a broken request
        MultipartFile bestand = verzoek instanceof MultipartHttpServletRequest m ? m.getFile("bestand") : null;
        try {
            if (bestand == null || bestand.isEmpty()) {
                throw Weigering.opVeld("bestand", "jaarrekening.bestand.leeg");
            }
            Jaarrekeningen.Laadverslag v = jaarrekeningen.laad(bestand.getBytes());
            uit.addFlashAttribute(
                    "gelukt",
                    berichten.getMessage(
                            "jaarrekening.geladen",
                            new Object[] {v.gelezen(), v.nieuw(), v.ingetrokken(), v.nageleefd()},
                            taal));
        } catch (Weigering w) {
            fout(uit, w, taal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/handhaving/jaarrekeningen?jaar=" + jaar;
    }

    @PostMapping("/handhaving/jaarrekeningen/{jaar}/rondes")
    String ronde(
            @PathVariable int jaar,
            @RequestParam(required = false) @Nullable String fase,
            @RequestParam(defaultValue = "false") boolean droog,
            RedirectAttributes uit,
            Locale taal) {
        try {
            Jaarrekeningen.Fase f;
            try {
                f = Jaarrekeningen.Fase.valueOf(fase == null ? "" : fase);
            } catch (IllegalArgumentException e) {
                throw Weigering.opVeld("fase", "maatregel.veld.onbekend");
            }
            if (droog) {
                uit.addFlashAttribute("voorbeeld", jaarrekeningen.droog(jaar, f));
            } else {
                jaarrekeningen.start(jaar, f);
                uit.addFlashAttribute("gelukt", berichten.getMessage("jaarrekening.gestart", null, taal));
            }
        } catch (Weigering w) {
            fout(uit, w, taal);
        }
        return "redirect:/handhaving/jaarrekeningen?jaar=" + jaar;
    }

    private void fout(RedirectAttributes uit, Weigering w, Locale taal) {
        uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
        uit.addFlashAttribute("foutVeld", w.veld());
    }
}
