package nl.toezicht.inspecties.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Hercontroles;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Verbeterplannen;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The improvement plan on the pages (docs/inspecties.md "Follow-up"): the team asks for it and judges it on the
 * report page; the provider answers it on its report in the portal. The re-visit is planned from there too.
 */
@Controller
class VerbeterplanViewController {

    private final Verbeterplannen verbeterplannen;
    private final Hercontroles hercontroles;
    private final Planning planning;
    private final Uitkomst uitkomst;

    VerbeterplanViewController(
            Verbeterplannen verbeterplannen, Hercontroles hercontroles, Planning planning, Uitkomst uitkomst) {
        this.verbeterplannen = verbeterplannen;
        this.hercontroles = hercontroles;
        this.planning = planning;
        this.uitkomst = uitkomst;
    }

    /** Asks for the plan; {@code weken} empty: the default term. */
    @PostMapping("/inspecties/activiteiten/{id}/verbeterplan")
    String vraag(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String weken,
            RedirectAttributes uit,
            Locale taal) {
        String naar = rapportpagina(id);
        String terug = uitkomst.voer(uit, taal, naar, () -> {
            verbeterplannen.vraag(id, weken);
            return naar;
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            uit.addFlashAttribute("ingevuldWeken", weken);
        }
        return terug;
    }

    /** Judges the submitted plan: {@code oordeel} AANVAARD or NIET_AANVAARD, {@code reden} required with the latter. */
    @PostMapping("/inspecties/activiteiten/{id}/verbeterplan/beoordeling")
    String beoordeel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String oordeel,
            @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes uit,
            Locale taal) {
        String naar = rapportpagina(id);
        String terug = uitkomst.voer(uit, taal, naar, () -> {
            verbeterplannen.beoordeel(id, oordeel, reden);
            return naar;
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            uit.addFlashAttribute("ingevuldOordeel", oordeel);
            uit.addFlashAttribute("ingevuldPlanReden", reden);
        }
        return terug;
    }

    @GetMapping("/inspecties/activiteiten/{id}/verbeterplan/bijlagen/{bijlage}")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        planning.activiteit(id);
        return download(verbeterplannen, id, bijlage);
    }

    /** Plans the re-visit: kind, announcement and dates; the rest is taken over from this activity. */
    @PostMapping("/inspecties/activiteiten/{id}/hercontrole")
    String hercontrole(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String aankondiging,
            @RequestParam(required = false) @Nullable String begindatum,
            @RequestParam(required = false) @Nullable String einddatum,
            RedirectAttributes uit,
            Locale taal) {
        String terug = uitkomst.voer(uit, taal, "/inspecties/activiteiten/" + id + "/rapport#hercontrole", () -> {
            Toezichtactiviteit nieuw = hercontroles.plan(
                    id,
                    Formulierveld.keuze(Activiteitsoort.class, soort, "soort", "probleem.veld.ongeldige-waarde"),
                    Formulierveld.keuze(
                            Aankondiging.class, aankondiging, "aankondiging", "probleem.veld.ongeldige-waarde"),
                    Formulierveld.datum(begindatum, "begindatum", "activiteit.datum.ongeldig"),
                    Formulierveld.datum(einddatum, "einddatum", "activiteit.datum.ongeldig"));
            return "/inspecties/activiteiten/" + nieuw.id();
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            uit.addFlashAttribute(
                    "ingevuldHercontrole",
                    Map.of(
                            "soort", soort == null ? "" : soort,
                            "aankondiging", aankondiging == null ? "" : aankondiging,
                            "begindatum", begindatum == null ? "" : begindatum,
                            "einddatum", einddatum == null ? "" : einddatum));
        }
        return terug;
    }

    // --- the provider portal ---

    /** The provider's plan: {@code tekst}, {@code bijlagen}, and the form's {@code sleutel} (a retry stores once). */
    @PostMapping("/mijn-rapporten/{id}/verbeterplan")
    String dienIn(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String sleutel,
            @RequestParam(required = false) @Nullable String tekst,
            @RequestParam(name = "bijlagen", required = false) @Nullable List<MultipartFile> bijlagen,
            RedirectAttributes uit,
            Locale taal) {
        // another provider's report does not exist here: 404 before anything is read from the form
        verbeterplannen.voorZorgaanbieder(id);
        List<Upload> uploads = uploads(bijlagen);
        String naar = "/mijn-rapporten/" + id + "#verbeterplan";
        String terug = uitkomst.voer(uit, taal, naar, () -> {
            verbeterplannen.dienIn(id, sleutel, tekst, uploads);
            return naar;
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            uit.addFlashAttribute("ingevuldPlan", tekst);
        } else {
            uit.addFlashAttribute("verbeterplanOntvangen", true);
        }
        return terug;
    }

    @GetMapping("/mijn-rapporten/{id}/verbeterplan/bijlagen/{bijlage}")
    ResponseEntity<byte[]> eigenBijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        verbeterplannen.voorZorgaanbieder(id);
        return download(verbeterplannen, id, bijlage);
    }

    /** A plan's document with its bytes, for the pages and the API alike. */
    static ResponseEntity<byte[]> download(Verbeterplannen verbeterplannen, UUID id, UUID bijlage)
            throws java.io.IOException {
        Verbeterplannen.Document d = verbeterplannen.document(id, bijlage);
        return RapportViewController.bestandAntwoord(
                d.bijlage().mediatype(), d.bijlage().bestandsnaam(), d.inhoud());
    }

    /** The files of a multipart post, leaving out the empty part a form sends when no file was chosen. */
    static List<Upload> uploads(@Nullable List<MultipartFile> bijlagen) {
        List<Upload> uploads = new ArrayList<>();
        if (bijlagen != null) {
            bijlagen.stream()
                    .filter(b -> !b.isEmpty() || !b.getOriginalFilename().isBlank())
                    .forEach(b -> uploads.add(new MultipartUpload(b)));
        }
        return uploads;
    }

    private static String rapportpagina(UUID id) {
        return "/inspecties/activiteiten/" + id + "/rapport#verbeterplan";
    }
}
