package nl.toezicht.meldingen.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingDetail;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingIntake;
import nl.toezicht.meldingen.MeldingInzage;
import nl.toezicht.meldingen.MeldingRegel;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.meldingen.Pagina;
import nl.toezicht.meldingen.Zoekvraag;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of intake: the list of notifications and one notification with its linking form. */
@Controller
class MeldingViewController {

    private static final int GROOTTE = 25;

    private final MeldingIntake intake;
    private final MeldingInzage inzage;
    private final Register register;

    MeldingViewController(MeldingIntake intake, MeldingInzage inzage, Register register) {
        this.intake = intake;
        this.inzage = inzage;
        this.register = register;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return Tijdzone.NEDERLAND;
    }

    @GetMapping("/meldingen")
    String lijst(
            @RequestParam(required = false) @Nullable Zorgsector sector,
            @RequestParam(required = false) @Nullable Meldingsoort soort,
            @RequestParam(required = false) @Nullable Meldingstatus status,
            @RequestParam(defaultValue = "false") boolean ongekoppeld,
            @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        Pagina<MeldingRegel> gevonden =
                inzage.zoek(new Zoekvraag(sector, soort, status, null, null, null, ongekoppeld), pagina, GROOTTE);
        model.addAttribute("pagina", gevonden);
        // linked to whom, by name (one query for the page)
        model.addAttribute(
                "namen",
                register.namen(gevonden.items().stream()
                        .map(MeldingRegel::zorgaanbieder)
                        .filter(Objects::nonNull)
                        .toList()));
        model.addAttribute("sector", sector);
        model.addAttribute("soort", soort);
        model.addAttribute("status", status);
        model.addAttribute("ongekoppeld", ongekoppeld);
        model.addAttribute("sectoren", List.of(Zorgsector.values()));
        model.addAttribute("soorten", List.of(Meldingsoort.values()));
        model.addAttribute("statussen", List.of(Meldingstatus.values()));
        return "meldingen/lijst";
    }

    /**
     * One notification. With {@code zoek} the intake desk searches the register (name, typo-tolerant; KvK
     * number; place) and links the notification to a provider, and optionally one of its locations, from
     * the results.
     */
    @GetMapping("/meldingen/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable String zoek, Model model) {
        MeldingDetail melding = inzage.detail(new MeldingId(id));
        model.addAttribute("melding", melding);
        ZorgaanbiederId gekoppeld = melding.gegevens().zorgaanbieder();
        LocatieId locatie = melding.gegevens().locatie();
        Optional<ZorgaanbiederSamenvatting> zorgaanbieder =
                gekoppeld == null ? Optional.empty() : register.vind(gekoppeld);
        model.addAttribute(
                "zorgaanbiederNaam",
                zorgaanbieder.map(ZorgaanbiederSamenvatting::naam).orElse(null));
        // the linked location in words, as the register knows it
        model.addAttribute(
                "locatieNaam",
                zorgaanbieder.stream()
                        .flatMap(z -> z.locaties().stream())
                        .filter(l -> l.id().equals(locatie))
                        .map(l -> (l.naam() != null ? l.naam() + ", " : "") + l.adres() + ", " + l.plaats())
                        .findFirst()
                        .orElse(null));
        String term = zoek == null ? "" : zoek.strip();
        model.addAttribute("zoek", term);
        if (term.length() >= 2 && term.length() <= 100) {
            model.addAttribute("kandidaten", register.zoek(term, 10));
        }
        if (!model.containsAttribute("koppeling")) {
            model.addAttribute("koppeling", new Koppeling("", ""));
        }
        return "meldingen/detail";
    }

    /** Links to the provider (and location) chosen from the search results, or given by register id. */
    @PostMapping("/meldingen/{id}/zorgaanbieder")
    String koppel(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String zorgaanbiederId,
            @RequestParam(defaultValue = "") String locatieId,
            Model model,
            RedirectAttributes doorgeven) {
        Koppeling koppeling = new Koppeling(zorgaanbiederId.strip(), locatieId.strip());
        UUID zorgaanbieder = zorgaanbieder(koppeling.zorgaanbiederId());
        UUID locatie = uuid(koppeling.locatieId());
        String fout = null;
        String veld = null;
        if (zorgaanbieder == null) {
            veld = "zorgaanbiederId";
            fout = koppeling.zorgaanbiederId().isEmpty()
                    ? "melding.zorgaanbieder.verplicht"
                    : "melding.zorgaanbieder.ongeldig";
        } else if (!koppeling.locatieId().isEmpty() && locatie == null) {
            veld = "locatieId";
            fout = "melding.locatie.ongeldig";
        } else {
            try {
                intake.koppel(
                        new MeldingId(id),
                        new ZorgaanbiederId(zorgaanbieder),
                        locatie == null ? null : new LocatieId(locatie));
                doorgeven.addFlashAttribute("gekoppeld", true);
                return "redirect:/meldingen/" + id;
            } catch (Weigering w) {
                veld = w.veld() == null ? "zorgaanbiederId" : w.veld();
                fout = w.berichtSleutel();
            }
        }
        model.addAttribute("koppeling", koppeling);
        model.addAttribute("koppelFout", new Koppelfout(veld, fout));
        return detail(id, null, model);
    }

    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    /** The provider by its KvK number, as the intake desk has it from the notification, or by register id. */
    private @Nullable UUID zorgaanbieder(String tekst) {
        String cijfers = tekst.replaceAll("[ .]", "");
        if (cijfers.matches("[0-9]{8}")) {
            List<ZorgaanbiederId> gevonden = register.metKvkNummers(List.of(cijfers));
            return gevonden.size() == 1 ? gevonden.get(0).waarde() : null;
        }
        return uuid(tekst);
    }

    private static @Nullable UUID uuid(String tekst) {
        try {
            return tekst.isEmpty() ? null : UUID.fromString(tekst);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record Koppeling(String zorgaanbiederId, String locatieId) {}

    record Koppelfout(String veld, String bericht) {}
}
