package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.BuitenBereik;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a form of the case page answers: it does what was asked and goes back to the case page with what happened
 * or why it was refused, in words, beside the field the refusal names. A case outside the user's reach stays a
 * 404 page (nothing about it is told).
 */
final class Formulierantwoord {

    private Formulierantwoord() {}

    /**
     * @param formulier the form's name ({@code foutFormulier} on the page)
     * @param veldId the id on the page of the field a refusal names
     * @param anker where on the case page to land, or null for its top
     */
    static String uitvoeren(
            MessageSource berichten,
            UUID zaak,
            RedirectAttributes uit,
            Locale taal,
            String formulier,
            UnaryOperator<String> veldId,
            @Nullable String anker,
            Runnable actie) {
        try {
            actie.run();
            uit.addFlashAttribute("gelukt", berichten.getMessage("zaak.opgeslagen", null, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld() == null ? null : veldId.apply(w.veld()));
            uit.addFlashAttribute("foutFormulier", formulier);
        } catch (NietGevonden n) {
            if (n instanceof BuitenBereik) {
                throw n;
            }
            uit.addFlashAttribute("fout", berichten.getMessage("probleem.niet-gevonden", null, taal));
            uit.addFlashAttribute("foutFormulier", formulier);
        }
        return "redirect:/zaken/" + zaak + (anker == null ? "" : "#" + anker);
    }
}
