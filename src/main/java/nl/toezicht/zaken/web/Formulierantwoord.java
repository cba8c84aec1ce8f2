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

    private final MessageSource berichten;
    private final boolean bijFormulier;

    private Formulierantwoord(MessageSource berichten, boolean bijFormulier) {
        this.berichten = berichten;
        this.bijFormulier = bijFormulier;
    }

    /** For forms whose fields have their own names as ids; the page comes back at its top. */
    static Formulierantwoord bovenaan(MessageSource berichten) {
        return new Formulierantwoord(berichten, false);
    }

    /**
     * For forms in a fragment whose field ids are {@code <form>-<field>}; the page comes back at the form (its
     * id is the form's name).
     */
    static Formulierantwoord bijFormulier(MessageSource berichten) {
        return new Formulierantwoord(berichten, true);
    }

    /**
     * Takes a step on the case with the version the form was filled in on.
     *
     * @param formulier the form's name ({@code foutFormulier} on the page)
     */
    String stap(
            UUID zaak, Zaakformulier velden, RedirectAttributes uit, Locale taal, String formulier, Zaakstap<?> stap) {
        return uitvoeren(zaak, uit, taal, formulier, () -> stap.zet(zaak, velden.versie()));
    }

    /** Does what the form asks, whatever it is. */
    String uitvoeren(UUID zaak, RedirectAttributes uit, Locale taal, String formulier, Runnable actie) {
        UnaryOperator<String> veldId = bijFormulier ? veld -> formulier + "-" + veld : UnaryOperator.identity();
        @Nullable String anker = bijFormulier ? formulier : null;
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
