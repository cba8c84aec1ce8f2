package nl.toezicht.inspecties.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.inspecties.Effectuitkomst;
import nl.toezicht.inspecties.Toezichteffecten;
import nl.toezicht.kern.Formulierveld;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Toezicht met effect" on the activity's page (fragment {@code inspecties/effect :: effect}): the intended effect at
 * the start, the outcome at the end. A refusal goes back to the page in words on its field, what was typed kept.
 */
@Controller
class EffectViewController {

    private final Toezichteffecten effecten;
    private final Uitkomst uitkomst;

    EffectViewController(Toezichteffecten effecten, Uitkomst uitkomst) {
        this.effecten = effecten;
        this.uitkomst = uitkomst;
    }

    @PostMapping("/inspecties/activiteiten/{id}/effect/beoogd")
    String beoogd(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String beoogd,
            RedirectAttributes uit,
            Locale taal) {
        uit.addFlashAttribute("ingevuldBeoogd", beoogd);
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            effecten.beoog(id, beoogd);
            return pagina(id);
        });
    }

    @PostMapping("/inspecties/activiteiten/{id}/effect/uitkomst")
    String uitkomst(
            @PathVariable UUID id,
            @RequestParam(name = "uitkomst", required = false) @Nullable String gekozen,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit,
            Locale taal) {
        uit.addFlashAttribute("ingevuldUitkomst", gekozen);
        uit.addFlashAttribute("ingevuldToelichting", toelichting);
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            effecten.beoordeel(
                    id,
                    Formulierveld.keuze(Effectuitkomst.class, gekozen, "uitkomst", "effect.uitkomst.kies"),
                    toelichting);
            return pagina(id);
        });
    }

    private static String pagina(UUID id) {
        return "/inspecties/activiteiten/" + id + "#effect";
    }
}
