package nl.toezicht.meldingen.web;

import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MijnMeldingen;
import nl.toezicht.meldingen.Verwachtingen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The provider portal: a care-provider user's own notifications and their status. */
@Controller
class MijnMeldingenViewController {

    private final MijnMeldingen mijnMeldingen;
    private final ObjectProvider<Verwachtingen> verwachtingen;

    MijnMeldingenViewController(MijnMeldingen mijnMeldingen, ObjectProvider<Verwachtingen> verwachtingen) {
        this.mijnMeldingen = mijnMeldingen;
        this.verwachtingen = verwachtingen;
    }

    @GetMapping("/mijn-meldingen")
    String lijst(@RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("pagina", mijnMeldingen.lijst(pagina));
        model.addAttribute("zone", Tijdzone.NEDERLAND);
        return "meldingen/mijn";
    }

    @GetMapping("/mijn-meldingen/{id}")
    String melding(@PathVariable UUID id, Model model) {
        MijnMeldingen.Regel melding = mijnMeldingen.melding(new MeldingId(id));
        model.addAttribute("melding", melding);
        // only after the access check above: what the inspectorate now expects from the provider, by when
        Verwachtingen bron = verwachtingen.getIfAvailable();
        model.addAttribute(
                "verwachting", bron == null ? null : bron.van(melding.id()).orElse(null));
        model.addAttribute("zone", Tijdzone.NEDERLAND);
        return "meldingen/mijn-melding";
    }
}
