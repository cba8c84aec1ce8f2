package nl.toezicht.inspecties.web;

import java.util.Locale;
import java.util.function.Supplier;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.BuitenBereik;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form's post on the module's pages: done, or refused in words on the field it concerns; back to a page. */
@Component
class Uitkomst {

    private final MessageSource berichten;

    Uitkomst(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** Runs the action; its result names the page to go to, a refusal goes back to {@code terug}. */
    String voer(RedirectAttributes uit, Locale taal, String terug, Supplier<String> actie) {
        try {
            String naar = actie.get();
            uit.addFlashAttribute("gelukt", berichten.getMessage("inspecties.opgeslagen", null, taal));
            return "redirect:" + naar;
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", tekst(w, taal));
            uit.addFlashAttribute("foutVeld", w.veld());
        } catch (NietGevonden n) {
            if (n instanceof BuitenBereik) {
                throw n;
            }
            uit.addFlashAttribute("fout", berichten.getMessage("probleem.niet-gevonden", null, taal));
        }
        return "redirect:" + terug;
    }

    String tekst(Weigering w, Locale taal) {
        return berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal);
    }
}
