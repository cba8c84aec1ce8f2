package nl.toezicht.register.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ImportGeweigerd;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Postcode;
import nl.toezicht.register.ZoekVraag;
import nl.toezicht.register.Zorgaanbieder;
import nl.toezicht.register.ZorgaanbiederBeheer;
import nl.toezicht.register.ZorgaanbiederGegevens;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.register.web.ZorgaanbiederFormulier.LocatieFormulier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** Pages of the provider register for intake staff: search, details, maintenance forms and CSV import. */
@Controller
@RequestMapping("/zorgaanbieders")
class ZorgaanbiederViewController {

    private static final int GROOTTE = 20;
    private static final Pattern LOCATIE_VELD = Pattern.compile("^locaties\\[(\\d+)\\](.*)$");

    private final ZorgaanbiederBeheer beheer;
    private final MessageSource messages;
    private final Clock clock;

    ZorgaanbiederViewController(ZorgaanbiederBeheer beheer, MessageSource messages, Clock clock) {
        this.beheer = beheer;
        this.messages = messages;
        this.clock = clock;
    }

    /** Which search the one box means: automatic (8 digits = KvK, else name or place), KvK, or place only. */
    enum Zoeksoort {
        AUTOMATISCH,
        KVK,
        PLAATS
    }

    @GetMapping
    String zoeken(
            @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(defaultValue = "AUTOMATISCH") Zoeksoort soort,
            @RequestParam(defaultValue = "1") int pagina,
            Model model) {
        model.addAttribute("zoek", zoek == null ? "" : zoek);
        model.addAttribute("soort", soort);
        model.addAttribute("soorten", Zoeksoort.values());
        if (soort == Zoeksoort.KVK && zoek != null && !zoek.isBlank() && !KvkNummer.isGeldig(zoek.strip())) {
            model.addAttribute("zoekfout", "zorgaanbieder.zoek.kvk-ongeldig");
            return "register/zoeken";
        }
        ZoekVraag vraag = switch (soort) {
            case AUTOMATISCH -> new ZoekVraag(zoek, null, null, pagina, GROOTTE);
            case KVK -> new ZoekVraag(null, zoek, null, pagina, GROOTTE);
            case PLAATS -> new ZoekVraag(null, null, zoek, pagina, GROOTTE);
        };
        Pagina<ZorgaanbiederSamenvatting> resultaten = beheer.zoek(vraag);
        model.addAttribute("resultaten", resultaten);
        model.addAttribute("paginanummer", vraag.pagina());
        model.addAttribute("paginas", Pagina.paginas(resultaten.totaal() == null ? 0 : resultaten.totaal(), GROOTTE));
        return "register/zoeken";
    }

    @GetMapping("/{id}")
    String details(@PathVariable UUID id, Model model) {
        Zorgaanbieder zorgaanbieder = beheer.details(new ZorgaanbiederId(id));
        model.addAttribute("zorgaanbieder", zorgaanbieder);
        model.addAttribute("aangemaakt", tijdstip(zorgaanbieder.aangemaaktOp()));
        model.addAttribute("gewijzigd", tijdstip(zorgaanbieder.gewijzigdOp()));
        return "register/details";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        beheer.eisBeheer();
        model.addAttribute("formulier", ZorgaanbiederFormulier.leeg());
        return formulier(model, null);
    }

    @PostMapping("/nieuw")
    String registreer(
            @Valid @ModelAttribute("formulier") ZorgaanbiederFormulier formulier, BindingResult fouten, Model model) {
        beheer.eisBeheer();
        List<Integer> rijen = controleerLocaties(formulier, fouten);
        if (!fouten.hasErrors()) {
            try {
                Zorgaanbieder nieuw = beheer.registreer(gegevens(formulier, rijen));
                return "redirect:/zorgaanbieders/" + nieuw.id() + "?opgeslagen";
            } catch (Weigering w) {
                wijsToe(w, rijen, fouten);
            }
        }
        formulier.vulAanMetLegeLocaties();
        return formulier(model, null);
    }

    @GetMapping("/{id}/wijzigen")
    String wijzigen(@PathVariable UUID id, Model model) {
        beheer.eisBeheer();
        model.addAttribute("formulier", ZorgaanbiederFormulier.van(beheer.details(new ZorgaanbiederId(id))));
        return formulier(model, id);
    }

    @PostMapping("/{id}/wijzigen")
    String wijzig(
            @PathVariable UUID id,
            @Valid @ModelAttribute("formulier") ZorgaanbiederFormulier formulier,
            BindingResult fouten,
            Model model) {
        beheer.eisBeheer();
        List<Integer> rijen = controleerLocaties(formulier, fouten);
        if (!fouten.hasErrors()) {
            try {
                beheer.wijzig(new ZorgaanbiederId(id), formulier.getVersie(), gegevens(formulier, rijen));
                return "redirect:/zorgaanbieders/" + id + "?opgeslagen";
            } catch (Weigering w) {
                wijsToe(w, rijen, fouten);
            }
        }
        formulier.vulAanMetLegeLocaties();
        return formulier(model, id);
    }

    @GetMapping("/import")
    String importPagina(Model model) {
        beheer.eisBeheer();
        return importScherm(model);
    }

    @PostMapping("/import")
    String importeer(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile bestand, Model model) {
        beheer.eisBeheer();
        Locale locale = LocaleContextHolder.getLocale();
        try {
            byte[] inhoud = bestand == null ? new byte[0] : bestand.getBytes();
            model.addAttribute("verslag", beheer.importeer(inhoud));
        } catch (ImportGeweigerd e) {
            model.addAttribute(
                    "importfouten",
                    e.fouten().stream()
                            .map(f -> new Importfout(
                                    f.regel(),
                                    f.kolom(),
                                    messages.getMessage(
                                            f.berichtSleutel(), f.argumenten().toArray(), locale)))
                            .toList());
            model.addAttribute("afgekapt", e.afgekapt());
        } catch (Weigering w) {
            model.addAttribute("bestandsfout", messages.getMessage(w.berichtSleutel(), w.argumenten(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importScherm(model);
    }

    /** An unknown provider (or a mistyped link) is a 404 page, not an error. */
    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    /** One line of the import error table. */
    record Importfout(long regel, String kolom, String melding) {}

    private String importScherm(Model model) {
        model.addAttribute("maxFouten", ImportGeweigerd.MAX_FOUTEN);
        return "register/import";
    }

    private String formulier(Model model, @Nullable UUID id) {
        model.addAttribute("id", id);
        model.addAttribute("alleSectoren", Zorgsector.values());
        return "register/formulier";
    }

    /** Rows that are not empty must be whole; returns the form indexes of those rows, in order. */
    private static List<Integer> controleerLocaties(ZorgaanbiederFormulier formulier, BindingResult fouten) {
        List<Integer> rijen = new ArrayList<>();
        List<LocatieFormulier> locaties = formulier.getLocaties();
        for (int i = 0; i < locaties.size(); i++) {
            LocatieFormulier l = locaties.get(i);
            if (l.isLeeg()) {
                continue;
            }
            rijen.add(i);
            String pad = "locaties[" + i + "].";
            verplicht(fouten, pad + "adres", l.getAdres());
            verplicht(fouten, pad + "plaats", l.getPlaats());
            verplicht(fouten, pad + "gemeente", l.getGemeente());
            if (l.getPostcode().isBlank()) {
                fouten.rejectValue(pad + "postcode", "zorgaanbieder.veld.verplicht");
            } else if (!Postcode.isGeldig(l.getPostcode())) {
                fouten.rejectValue(pad + "postcode", "zorgaanbieder.postcode.ongeldig");
            }
        }
        if (rijen.isEmpty()) {
            fouten.rejectValue("locaties", "zorgaanbieder.locaties.verplicht");
        }
        return rijen;
    }

    private static void verplicht(BindingResult fouten, String veld, String waarde) {
        if (waarde.isBlank()) {
            fouten.rejectValue(veld, "zorgaanbieder.veld.verplicht");
        }
    }

    private static ZorgaanbiederGegevens gegevens(ZorgaanbiederFormulier f, List<Integer> rijen) {
        return new ZorgaanbiederGegevens(
                f.getNaam(),
                f.getKvkNummer(),
                f.getAgbCode(),
                f.getSectoren(),
                rijen.stream()
                        .map(i -> f.getLocaties().get(i))
                        .map(l -> new LocatieGegevens(
                                locatieId(l.getId()),
                                l.getNaam(),
                                l.getAdres(),
                                l.getPostcode(),
                                l.getPlaats(),
                                l.getGemeente()))
                        .toList());
    }

    private static @Nullable LocatieId locatieId(String tekst) {
        if (tekst.isBlank()) {
            return null;
        }
        try {
            return new LocatieId(UUID.fromString(tekst.strip()));
        } catch (IllegalArgumentException e) {
            // a tampered hidden field: the aggregate refuses an id it does not know
            return LocatieId.nieuw();
        }
    }

    /** A refusal of the domain, shown beside the field it names (its location index mapped back to the form). */
    private static void wijsToe(Weigering w, List<Integer> rijen, BindingResult fouten) {
        String veld = w.veld();
        if (veld == null) {
            fouten.reject(w.berichtSleutel(), w.argumenten(), null);
            return;
        }
        Matcher m = LOCATIE_VELD.matcher(veld);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            veld = index < rijen.size() ? "locaties[" + rijen.get(index) + "]" + m.group(2) : "locaties";
            if (veld.endsWith(".id")) {
                veld = veld.substring(0, veld.length() - 3) + ".adres";
            }
        }
        fouten.rejectValue(veld, w.berichtSleutel(), w.argumenten(), null);
    }

    private String tijdstip(Instant instant) {
        return DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(instant.atZone(clock.getZone()));
    }
}
