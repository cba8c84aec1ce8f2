package nl.toezicht.inspecties.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.inspecties.InspectieRechten;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.inspecties.Kaderversie;
import nl.toezicht.inspecties.Toetsingskaders;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The framework owner's pages: frameworks and their versions, the draft editor, publishing, comparing. */
@Controller
class KaderViewController {

    private final Toetsingskaders kaders;
    private final Toegangsbeleid toegang;
    private final Uitkomst uitkomst;

    KaderViewController(Toetsingskaders kaders, Toegangsbeleid toegang, Uitkomst uitkomst) {
        this.kaders = kaders;
        this.toegang = toegang;
        this.uitkomst = uitkomst;
    }

    @GetMapping("/inspecties/kaders")
    String overzicht(Model model) {
        Map<String, List<Kaderversie>> perKader = new LinkedHashMap<>();
        for (Kaderversie v : kaders.overzicht()) {
            perKader.computeIfAbsent(v.code(), c -> new java.util.ArrayList<>()).add(v);
        }
        model.addAttribute("kaders", perKader);
        model.addAttribute("beheerder", toegang.heeft(InspectieRechten.KADERS_BEHEREN));
        // the framework owner plans nothing: no link to a page it may not open
        model.addAttribute("magPlanning", toegang.heeft(InspectieRechten.INZIEN));
        return "inspecties/kaders";
    }

    @GetMapping("/inspecties/kaders/{id}")
    String versie(@PathVariable UUID id, Model model) {
        Kaderversie versie = kaders.versie(id);
        model.addAttribute("versie", versie);
        model.addAttribute("versies", kaders.versiesVan(versie));
        model.addAttribute("beheerder", toegang.heeft(InspectieRechten.KADERS_BEHEREN));
        return "inspecties/kader";
    }

    @GetMapping("/inspecties/kaders/{id}/verschil")
    String verschil(@PathVariable UUID id, @RequestParam UUID met, Model model) {
        Kaderversie versie = kaders.versie(id);
        Kaderversie ander = kaders.versie(met);
        // always from the older to the newer version
        Kaderversie oud = ander.versie() < versie.versie() ? ander : versie;
        Kaderversie nieuw = oud == versie ? ander : versie;
        model.addAttribute("oud", oud);
        model.addAttribute("nieuw", nieuw);
        model.addAttribute("verschil", kaders.verschil(oud.id(), nieuw.id()));
        return "inspecties/verschil";
    }

    @PostMapping("/inspecties/kaders/import")
    String importeer(
            @RequestParam(required = false) @Nullable MultipartFile document, RedirectAttributes uit, Locale taal)
            throws IOException {
        String json = document == null ? "" : new String(document.getBytes(), StandardCharsets.UTF_8);
        return uitkomst.voer(
                uit,
                taal,
                "/inspecties/kaders",
                () -> "/inspecties/kaders/" + kaders.importeer(json).id());
    }

    @PostMapping("/inspecties/kaders/{id}/normen")
    String norm(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String thema,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String titel,
            @RequestParam(defaultValue = "") String tekst,
            @RequestParam(defaultValue = "") String aandachtspunten,
            RedirectAttributes uit,
            Locale taal) {
        return uitkomst.voer(uit, taal, "/inspecties/kaders/" + id, () -> {
            kaders.zetNorm(id, thema.strip(), norm(code, titel, tekst, aandachtspunten));
            return "/inspecties/kaders/" + id + "#norm-" + code.strip();
        });
    }

    @PostMapping("/inspecties/kaders/{id}/normen/verwijderen")
    String verwijderNorm(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String code, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, "/inspecties/kaders/" + id, () -> {
            kaders.verwijderNorm(id, code.strip());
            return "/inspecties/kaders/" + id;
        });
    }

    @PostMapping("/inspecties/kaders/{id}/themas")
    String thema(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String themaCode,
            @RequestParam(defaultValue = "") String themaTitel,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String titel,
            @RequestParam(defaultValue = "") String tekst,
            @RequestParam(defaultValue = "") String aandachtspunten,
            RedirectAttributes uit,
            Locale taal) {
        return uitkomst.voer(uit, taal, "/inspecties/kaders/" + id, () -> {
            kaders.voegThemaToe(id, themaCode.strip(), themaTitel.strip(), norm(code, titel, tekst, aandachtspunten));
            return "/inspecties/kaders/" + id;
        });
    }

    @PostMapping("/inspecties/kaders/{id}/publiceren")
    String publiceer(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, "/inspecties/kaders/" + id, () -> {
            kaders.publiceer(id);
            return "/inspecties/kaders/" + id;
        });
    }

    @PostMapping("/inspecties/kaders/{id}/nieuwe-versie")
    String nieuweVersie(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(
                uit,
                taal,
                "/inspecties/kaders/" + id,
                () -> "/inspecties/kaders/" + kaders.nieuweVersie(id).id());
    }

    /** One point per line; empty lines dropped. */
    private static Norm norm(String code, String titel, String tekst, String aandachtspunten) {
        if (code.isBlank()) {
            throw Weigering.opVeld("code", "kader.veld.verplicht");
        }
        List<String> punten = Arrays.stream(aandachtspunten.split("\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        return new Norm(code.strip(), titel.strip(), tekst.strip(), punten);
    }
}
