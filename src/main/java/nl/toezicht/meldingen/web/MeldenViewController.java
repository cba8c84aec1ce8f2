package nl.toezicht.meldingen.web;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingIntake;
import nl.toezicht.meldingen.MeldingInzage;
import nl.toezicht.meldingen.Ontvangst;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.meldingen.Statusweergave;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public pages: where to start, the citizen's form (LMZ), the care provider's mandatory notification,
 * the confirmation and the private status page. A hidden one-time form key makes a double submit harmless.
 */
@Controller
class MeldenViewController {

    /** Where the domain names a field differently from the forms. */
    private static final Map<String, String> VELDEN = Map.of(
            "patient.geboortedatum", "patientGeboortedatum",
            "patient.bsn", "patientBsn",
            "zorgaanbiederOmschrijving", "zorgaanbieder",
            "Idempotency-Key", "formulierSleutel");

    private final MeldingIntake intake;
    private final MeldingInzage inzage;
    private final SecureRandom random = new SecureRandom();

    MeldenViewController(MeldingIntake intake, MeldingInzage inzage) {
        this.intake = intake;
        this.inzage = inzage;
    }

    @ModelAttribute("sectoren")
    List<Zorgsector> sectoren() {
        return List.of(Zorgsector.values());
    }

    @ModelAttribute("sggSoorten")
    List<SggSoort> sggSoorten() {
        return List.of(SggSoort.values());
    }

    @GetMapping("/")
    String start() {
        return "meldingen/start";
    }

    @GetMapping("/melden")
    String melden() {
        return "redirect:/";
    }

    @GetMapping("/melden/burger")
    String burger(Model model) {
        return toon(new BurgerFormulier(), "meldingen/burger", model);
    }

    @PostMapping("/melden/burger")
    String burger(
            @Valid @ModelAttribute("formulier") BurgerFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes doorgeven) {
        return verstuur(formulier, fouten, "meldingen/burger", model, doorgeven);
    }

    @GetMapping("/melden/zorgaanbieder")
    String zorgaanbieder(Model model) {
        return toon(new ZorgaanbiederFormulier(), "meldingen/zorgaanbieder", model);
    }

    @PostMapping("/melden/zorgaanbieder")
    String zorgaanbieder(
            @Valid @ModelAttribute("formulier") ZorgaanbiederFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes doorgeven) {
        return verstuur(formulier, fouten, "meldingen/zorgaanbieder", model, doorgeven);
    }

    private String toon(Meldformulier formulier, String pagina, Model model) {
        formulier.setFormulierSleutel(nieuweSleutel());
        model.addAttribute("formulier", formulier);
        model.addAttribute("soorten", formulier.soorten());
        return pagina;
    }

    private String verstuur(
            Meldformulier formulier, BindingResult fouten, String pagina, Model model, RedirectAttributes doorgeven) {
        model.addAttribute("soorten", formulier.soorten());
        if (formulier.getSoort() != null && !formulier.soorten().contains(formulier.getSoort())) {
            fouten.rejectValue("soort", "melding.soort.verplicht");
        }
        if (fouten.hasErrors()) {
            return pagina;
        }
        List<MultipartUpload> uploads = formulier.getBijlagen().stream()
                .filter(b -> !b.isEmpty())
                .map(MultipartUpload::new)
                .toList();
        Ontvangst ontvangst;
        try {
            ontvangst = intake.ontvang(formulier.gegevens(), uploads, "web:" + formulier.getFormulierSleutel());
        } catch (Weigering w) {
            String veld = w.veld() == null ? "omschrijving" : w.veld();
            veld = VELDEN.getOrDefault(veld, veld.startsWith("bijlagen") ? "bijlagen" : veld);
            if (veld.equals("formulierSleutel")) {
                // the key was used for other content (back button, edit, submit): offer a fresh form key
                formulier.setFormulierSleutel(nieuweSleutel());
                fouten.reject("melding.formulier.al-verstuurd");
            } else {
                fouten.rejectValue(veld, w.berichtSleutel(), w.argumenten(), w.berichtSleutel());
            }
            return pagina;
        }
        doorgeven.addFlashAttribute("referentie", ontvangst.referentie());
        doorgeven.addFlashAttribute("statusPad", ontvangst.statusPad());
        return "redirect:/melden/ontvangen";
    }

    @GetMapping("/melden/ontvangen")
    String ontvangen(Model model) {
        if (!model.containsAttribute("referentie")) {
            return "redirect:/";
        }
        String statusPad = (String) model.getAttribute("statusPad");
        model.addAttribute(
                "statusUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(java.util.Objects.requireNonNull(statusPad))
                        .toUriString());
        return "meldingen/ontvangen";
    }

    @GetMapping("/status/{token}")
    String status(@PathVariable String token, Model model) {
        Statusweergave status =
                inzage.status(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("status", status);
        model.addAttribute(
                "ontvangenOp",
                status.ontvangenOp()
                        .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toLocalDate());
        return "meldingen/status";
    }

    private String nieuweSleutel() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
