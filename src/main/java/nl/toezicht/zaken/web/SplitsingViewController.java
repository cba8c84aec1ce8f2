package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.toezicht.zaken.Zaakbehandeling;
import nl.toezicht.zaken.Zaakopdracht;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's form to split a notification off (issue 13 item 8): back to the case with what happened. */
@Controller
class SplitsingViewController {

    private final Zaakbehandeling behandeling;
    private final Formulierantwoord antwoord;
    private final MessageSource berichten;

    SplitsingViewController(Zaakbehandeling behandeling, MessageSource berichten) {
        this.behandeling = behandeling;
        this.berichten = berichten;
        this.antwoord = Formulierantwoord.bijFormulier(berichten);
    }

    @PostMapping("/zaken/{id}/afsplitsingen")
    String splits(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String melding,
            @RequestParam(required = false) @Nullable String doel,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        AtomicReference<Zaakbehandeling.Afsplitsing> gedaan = new AtomicReference<>();
        String terug = antwoord.uitvoeren(id, uit, taal, "splitsen", () -> {
            Zaakopdracht.Splitsing opdracht = Zaakopdracht.Splitsing.lees(melding, doel, reden);
            gedaan.set(behandeling.splitsAf(new nl.toezicht.zaken.ZaakId(id), opdracht, versie));
        });
        Zaakbehandeling.Afsplitsing afsplitsing = gedaan.get();
        if (afsplitsing != null) {
            uit.addFlashAttribute(
                    "gelukt",
                    berichten.getMessage(
                            "splitsen.gelukt",
                            new Object[] {
                                melding == null ? "" : melding.strip(),
                                afsplitsing.doel().referentie()
                            },
                            taal));
        }
        return terug;
    }
}
