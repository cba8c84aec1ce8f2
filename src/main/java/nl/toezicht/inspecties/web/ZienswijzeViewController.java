package nl.toezicht.inspecties.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Rapport;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.inspecties.Verbeterplannen;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider portal's reports (docs/inspecties.md "The provider's view"): the reports sent to the user's own
 * providers, the draft as PDF, and the form for the view (text and documents) while the term runs.
 */
@Controller
class ZienswijzeViewController {

    private final Rapportage rapportage;
    private final Verbeterplannen verbeterplannen;
    private final Planning planning;
    private final Uitkomst uitkomst;

    ZienswijzeViewController(
            Rapportage rapportage, Verbeterplannen verbeterplannen, Planning planning, Uitkomst uitkomst) {
        this.rapportage = rapportage;
        this.verbeterplannen = verbeterplannen;
        this.planning = planning;
        this.uitkomst = uitkomst;
    }

    @GetMapping("/mijn-rapporten")
    String lijst(Model model) {
        model.addAttribute("regels", rapportage.mijnRapporten());
        return "inspecties/mijn-rapporten";
    }

    @GetMapping("/mijn-rapporten/{id}")
    String rapport(@PathVariable UUID id, Model model) {
        Rapportage.Inzage inzage = rapportage.inzage(id);
        model.addAttribute("inzage", inzage);
        List<Verbeterplannen.Verbeterplan> plannen = verbeterplannen.voorZorgaanbieder(id);
        model.addAttribute("verbeterplannen", plannen);
        // what the plan is about: the norms the final report lists under "Wat moet verbeteren"
        model.addAttribute(
                "teVerbeteren", plannen.isEmpty() ? List.of() : rapportage.teVerbeteren(inzage.activiteit()));
        model.addAttribute("vandaag", planning.vandaag());
        // the key of the next submission of the improvement plan (idempotent: a retry with it stores once)
        model.addAttribute("sleutel", UUID.randomUUID().toString());
        return "inspecties/mijn-rapport";
    }

    @GetMapping("/mijn-rapporten/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return RapportViewController.pdfAntwoord(rapportage.pdfVoorZorgaanbieder(id), "rapport.pdf");
    }

    @GetMapping("/mijn-rapporten/{id}/bijlagen/{bijlage}")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        Rapport rapport = rapportage.inzage(id).rapport();
        return RapportViewController.bijlageAntwoord(rapportage, rapport, bijlage);
    }

    @PostMapping("/mijn-rapporten/{id}/zienswijze")
    String zienswijze(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String zienswijze,
            @RequestParam(name = "bijlagen", required = false) @Nullable List<MultipartFile> bijlagen,
            RedirectAttributes uit,
            Locale taal) {
        List<Upload> uploads = new ArrayList<>();
        if (bijlagen != null) {
            bijlagen.stream()
                    .filter(b -> !b.isEmpty() || !b.getOriginalFilename().isBlank())
                    .forEach(b -> uploads.add(new MultipartUpload(b)));
        }
        String terug = "/mijn-rapporten/" + id;
        // another provider's report does not exist here: 404 before anything is read from the form
        rapportage.inzage(id);
        return uitkomst.voer(uit, taal, terug, () -> {
            rapportage.geefZienswijze(id, zienswijze, uploads);
            return terug;
        });
    }
}
