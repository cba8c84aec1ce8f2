package nl.toezicht.meldingen.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.toezicht.kern.Basisadres;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Formulierbijlagen;
import nl.toezicht.meldingen.MeldingIntake;
import nl.toezicht.meldingen.MeldingInzage;
import nl.toezicht.meldingen.Meldinggegevens;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    private static final String VERSTUURD = "meldingen.verstuurd";

    private final MeldingIntake intake;
    private final Formulierbijlagen formulierbijlagen;
    private final MeldingInzage inzage;
    private final Basisadres basisadres;
    private final SecureRandom random = new SecureRandom();

    MeldenViewController(
            MeldingIntake intake, Formulierbijlagen formulierbijlagen, MeldingInzage inzage, Basisadres basisadres) {
        this.intake = intake;
        this.formulierbijlagen = formulierbijlagen;
        this.inzage = inzage;
        this.basisadres = basisadres;
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
            RedirectAttributes doorgeven,
            HttpSession sessie) {
        return verstuur(formulier, fouten, "meldingen/burger", model, doorgeven, sessie);
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
            RedirectAttributes doorgeven,
            HttpSession sessie) {
        return verstuur(formulier, fouten, "meldingen/zorgaanbieder", model, doorgeven, sessie);
    }

    private String toon(Meldformulier formulier, String pagina, Model model) {
        formulier.setFormulierSleutel(nieuweSleutel());
        model.addAttribute("formulier", formulier);
        model.addAttribute("soorten", formulier.soorten());
        model.addAttribute("bewaard", List.of());
        return pagina;
    }

    private String verstuur(
            Meldformulier formulier,
            BindingResult fouten,
            String pagina,
            Model model,
            RedirectAttributes doorgeven,
            HttpSession sessie) {
        model.addAttribute("soorten", formulier.soorten());
        if (formulier.getSoort() != null && !formulier.soorten().contains(formulier.getSoort())) {
            fouten.rejectValue("soort", "melding.soort.verplicht");
        }
        if (fouten.hasFieldErrors("formulierSleutel")) {
            // an expired or tampered form: a fresh key, so what is kept below belongs to the next round
            formulier.setFormulierSleutel(nieuweSleutel());
        }
        String formulierSleutel = Objects.requireNonNull(formulier.getFormulierSleutel());
        Meldinggegevens gegevens = formulier.gegevens();
        // every problem at once: the rules of the notification beside those of the form's fields
        for (Weigering w : intake.bezwaren(gegevens)) {
            String veld = veldVan(w);
            if (!fouten.hasFieldErrors(veld)) {
                wijsAf(fouten, veld, w);
            }
        }
        // files that pass are kept for the next round (a browser cannot fill a file field again)
        List<Formulierbijlagen.Bewaard> bewaard =
                new ArrayList<>(formulierbijlagen.van(formulierSleutel, formulier.getBewaard()));
        for (MultipartFile bestand : formulier.getBijlagen()) {
            if (bestand.isEmpty()
                    && (bestand.getOriginalFilename() == null
                            || bestand.getOriginalFilename().isEmpty())) {
                continue;
            }
            MultipartUpload upload = new MultipartUpload(bestand);
            try {
                bewaard.add(formulierbijlagen.bewaar(formulierSleutel, upload));
            } catch (Weigering w) {
                fouten.rejectValue(
                        "bijlagen",
                        w.berichtSleutel() + ".bestand",
                        new Object[] {upload.bestandsnaam()},
                        w.berichtSleutel());
            }
        }
        model.addAttribute("bewaard", bewaard);
        if (fouten.hasErrors()) {
            return pagina;
        }
        // the same content sent before from this browser (Back, then submit again) is that same notification
        String inhoud = intake.inhoud(gegevens);
        String intakeSleutel = verstuurd(sessie).getOrDefault(inhoud, formulierSleutel);
        Ontvangst ontvangst;
        try {
            ontvangst = intake.ontvang(
                    gegevens, formulierbijlagen.alsUploads(formulierSleutel, bewaard), "web:" + intakeSleutel);
        } catch (Weigering w) {
            String veld = veldVan(w);
            if (veld.equals("formulierSleutel")) {
                // the key was used for other content (back button, edit, submit): offer a fresh form key
                formulier.setFormulierSleutel(nieuweSleutel());
                fouten.reject("melding.formulier.al-verstuurd");
            } else {
                wijsAf(fouten, veld, w);
            }
            return pagina;
        }
        formulierbijlagen.vergeet(formulierSleutel);
        onthoud(sessie, inhoud, intakeSleutel);
        doorgeven.addFlashAttribute("referentie", ontvangst.referentie());
        doorgeven.addFlashAttribute("statusPad", ontvangst.statusPad());
        doorgeven.addFlashAttribute("bron", gegevens.bron());
        return "redirect:/melden/ontvangen";
    }

    private static String veldVan(Weigering w) {
        String veld = w.veld() == null ? "omschrijving" : w.veld();
        return VELDEN.getOrDefault(veld, veld.startsWith("bijlagen") ? "bijlagen" : veld);
    }

    private static void wijsAf(BindingResult fouten, String veld, Weigering w) {
        try {
            fouten.rejectValue(veld, w.berichtSleutel(), w.argumenten(), w.berichtSleutel());
        } catch (org.springframework.beans.NotReadablePropertyException e) {
            // a rule about data this form does not ask for
            fouten.reject(w.berichtSleutel(), w.argumenten(), w.berichtSleutel());
        }
    }

    /** Content hash to the key it was sent under, for what this browser session sent (at most a few). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> verstuurd(HttpSession sessie) {
        Object waarde = sessie.getAttribute(VERSTUURD);
        return waarde instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static void onthoud(HttpSession sessie, String inhoud, String sleutel) {
        LinkedHashMap<String, String> nieuw = new LinkedHashMap<>(verstuurd(sessie));
        nieuw.put(inhoud, sleutel);
        while (nieuw.size() > 20) {
            nieuw.remove(nieuw.keySet().iterator().next());
        }
        // set again, so a session kept in the database stores the change
        sessie.setAttribute(VERSTUURD, nieuw);
    }

    @GetMapping("/melden/ontvangen")
    String ontvangen(Model model) {
        if (!model.containsAttribute("referentie")) {
            return "redirect:/";
        }
        String statusPad = (String) model.getAttribute("statusPad");
        // from the configured address, never from the request's Host: the link carries the private token
        model.addAttribute("statusUrl", basisadres.absoluut(java.util.Objects.requireNonNull(statusPad)));
        return "meldingen/ontvangen";
    }

    @GetMapping("/status/{token}")
    String status(@PathVariable String token, Model model) {
        Statusweergave status =
                inzage.status(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("status", status);
        model.addAttribute("token", token);
        model.addAttribute(
                "ontvangenOp", status.ontvangenOp().atZone(Tijdzone.NEDERLAND).toLocalDate());
        return "meldingen/status";
    }

    private String nieuweSleutel() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
