package nl.toezicht.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.toezicht.handhaving.Aanleiding;
import nl.toezicht.handhaving.Boetebeleidsversies;
import nl.toezicht.handhaving.Dwangsomeenheid;
import nl.toezicht.handhaving.Handhaving;
import nl.toezicht.handhaving.HandhavingRechten;
import nl.toezicht.handhaving.Maatregel;
import nl.toezicht.handhaving.Maatregelpublicatie;
import nl.toezicht.handhaving.Maatregelregel;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.handhaving.Opstelverzoek;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.BuitenBereik;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enforcement pages: the list of measures (all one may see, or one provider's), a new measure, and the
 * measure's page with its flow, clocks, letters and money. Every form posts one command of {@link Handhaving};
 * a refusal comes back in words above the form.
 */
@Controller
class MaatregelViewController {

    private final Handhaving handhaving;
    private final Boetebeleidsversies boetebeleid;
    private final Register register;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final MessageSource berichten;
    private final Maatregelpublicatie publicatie;

    MaatregelViewController(
            Handhaving handhaving,
            Boetebeleidsversies boetebeleid,
            Register register,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            MessageSource berichten,
            Maatregelpublicatie publicatie) {
        this.publicatie = publicatie;
        this.handhaving = handhaving;
        this.boetebeleid = boetebeleid;
        this.register = register;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/handhaving")
    String lijst(
            @RequestParam(required = false) @Nullable UUID zorgaanbieder,
            @RequestParam(defaultValue = "1") int pagina,
            Model model) {
        Pagina<Maatregelregel> regels = handhaving.lijst(zorgaanbieder, pagina);
        model.addAttribute("regels", regels);
        model.addAttribute(
                "zorgaanbieder",
                zorgaanbieder == null
                        ? null
                        : register.vind(new ZorgaanbiederId(zorgaanbieder)).orElse(null));
        String basis =
                "/handhaving?" + (zorgaanbieder == null ? "" : "zorgaanbieder=" + zorgaanbieder + "&") + "pagina=";
        model.addAttribute("vorigeUrl", regels.vorige() == null ? null : basis + regels.vorige());
        model.addAttribute("volgendeUrl", regels.volgende() == null ? null : basis + regels.volgende());
        model.addAttribute("magOpstellen", toegang.heeft(HandhavingRechten.OPSTELLEN));
        return "handhaving/lijst";
    }

    @GetMapping("/handhaving/nieuw")
    String nieuw(
            @RequestParam(required = false) @Nullable UUID zorgaanbieder,
            @RequestParam(required = false) @Nullable String zoek,
            Model model) {
        toegang.eis(HandhavingRechten.OPSTELLEN);
        model.addAttribute(
                "zorgaanbieder",
                zorgaanbieder == null
                        ? null
                        : register.vind(new ZorgaanbiederId(zorgaanbieder)).orElse(null));
        model.addAttribute("gevonden", zoek == null || zoek.isBlank() ? List.of() : register.zoek(zoek.strip(), 10));
        model.addAttribute("zoek", zoek);
        model.addAttribute("afdelingen", toegang.zichtbareAfdelingen());
        model.addAttribute("soorten", Maatregelsoort.values());
        model.addAttribute("aanleidingen", Aanleiding.values());
        model.addAttribute("eenheden", Dwangsomeenheid.values());
        model.addAttribute(
                "boetebeleid", boetebeleid.geldigOp(handhaving.vandaag()).orElse(null));
        return "handhaving/nieuw";
    }

    @PostMapping("/handhaving")
    String stelOp(@RequestParam MultiValueMap<String, String> velden, RedirectAttributes uit, Locale taal) {
        Map<String, String> formulier = velden.toSingleValueMap();
        List<String> matigingen = velden.getOrDefault("matigingen", List.of()).stream()
                .filter(c -> !c.isBlank())
                .toList();
        String aanbieder = leeg(formulier.get("zorgaanbieder"));
        String terug =
                "/handhaving/nieuw" + (aanbieder == null ? "" : "?zorgaanbieder=" + uuid(aanbieder, "zorgaanbieder"));
        String naar = voer(uit, taal, terug, () -> {
            Opstelverzoek verzoek = new Opstelverzoek(
                    waarde(Maatregelsoort.class, formulier.get("soort"), "soort"),
                    waarde(Zorgsector.class, formulier.get("afdeling"), "afdeling"),
                    aanbieder == null ? null : uuid(aanbieder, "zorgaanbieder"),
                    leeg(formulier.get("locatie")) == null ? null : uuid(formulier.get("locatie"), "locatie"),
                    leeg(formulier.get("beroepsbeoefenaar")),
                    waarde(Aanleiding.class, formulier.get("aanleiding"), "aanleiding"),
                    leeg(formulier.get("aanleidingKenmerk")),
                    formulier.get("wet"),
                    formulier.get("artikel"),
                    formulier.get("omschrijving"),
                    bedrag(formulier.get("bedrag"), "bedrag"),
                    waarde(Dwangsomeenheid.class, formulier.get("eenheid"), "eenheid"),
                    bedrag(formulier.get("maximum"), "maximum"),
                    datum(formulier.get("rapportdatum"), "rapportdatum"),
                    getal(formulier.get("boetecategorie"), "boetecategorie"),
                    matigingen);
            return "/handhaving/" + handhaving.stelOp(verzoek).id();
        });
        if (naar.equals("redirect:" + terug)) {
            // a refused form comes back with what was typed (decision 0054)
            uit.addFlashAttribute("ingevuld", formulier);
            uit.addFlashAttribute("ingevuldeMatigingen", matigingen);
        }
        return naar;
    }

    @GetMapping("/handhaving/{id}")
    String maatregel(@PathVariable UUID id, Model model) {
        Maatregel m = handhaving.maatregel(id);
        model.addAttribute("maatregel", m);
        model.addAttribute(
                "zorgaanbieder",
                register.vind(new ZorgaanbiederId(m.zorgaanbiederId())).orElse(null));
        model.addAttribute("klokken", handhaving.klokken(m));
        model.addAttribute("boeteberekening", handhaving.boeteberekening(m).orElse(null));
        var brieven = handhaving.brieven(m);
        model.addAttribute("brieven", brieven);
        var tijdlijn = handhaving.tijdlijn(m);
        model.addAttribute("tijdlijn", tijdlijn);
        Map<String, String> mensen = new HashMap<>();
        tijdlijn.forEach(r -> mensen.computeIfAbsent(r.door(), this::naam));
        brieven.forEach(b -> mensen.computeIfAbsent(b.ondertekendDoor(), this::naam));
        model.addAttribute("mensen", mensen);
        List<Maatregelstap> mogelijk = handhaving.mogelijk(m);
        model.addAttribute(
                "briefstappen", mogelijk.stream().filter(Maatregelstap::isBrief).toList());
        model.addAttribute(
                "stappen",
                mogelijk.stream()
                        .filter(s -> nl.toezicht.handhaving.Maatregelstroom.STROOM
                                .overgang(s)
                                .aangeboden())
                        .toList());
        model.addAttribute("mogelijk", mogelijk);
        var stand = publicatie.stand(m).orElse(null);
        model.addAttribute("publicatie", stand);
        model.addAttribute("publiceerbaar", publicatie.wordtGepubliceerd(m.soort()));
        model.addAttribute("magPubliceren", toegang.heeft(HandhavingRechten.PUBLICEREN));
        if (stand != null) {
            stand.stappen().forEach(r -> mensen.computeIfAbsent(r.door(), this::naam));
        }
        return "handhaving/maatregel";
    }

    private String naam(String gebruikersnaam) {
        return medewerkers.vind(gebruikersnaam).map(Medewerker::naam).orElse(gebruikersnaam);
    }

    @PostMapping("/handhaving/{id}/brieven")
    String brief(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String stap,
            @RequestParam(required = false) @Nullable String aan,
            @RequestParam(required = false) @Nullable String termijn,
            RedirectAttributes uit,
            Locale taal) {
        return voer(uit, taal, "/handhaving/" + id, () -> {
            handhaving.verzend(
                    id,
                    verplicht(waarde(Maatregelstap.class, stap, "stap"), "stap"),
                    new Handhaving.Verzending(aan, getal(termijn, "termijn")));
            return "/handhaving/" + id;
        });
    }

    @PostMapping("/handhaving/{id}/stappen")
    String stap(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String stap,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit,
            Locale taal) {
        return voer(uit, taal, "/handhaving/" + id, () -> {
            handhaving.neemStap(id, verplicht(waarde(Maatregelstap.class, stap, "stap"), "stap"), leeg(toelichting));
            return "/handhaving/" + id;
        });
    }

    @PostMapping("/handhaving/{id}/gegevens")
    String gegevens(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String stap,
            @RequestParam(required = false) @Nullable String aantal,
            @RequestParam(required = false) @Nullable String bedrag,
            @RequestParam(required = false) @Nullable String ontvangen,
            @RequestParam(required = false) @Nullable String dagen,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit,
            Locale taal) {
        return voer(uit, taal, "/handhaving/" + id, () -> {
            switch (verplicht(waarde(Maatregelstap.class, stap, "stap"), "stap")) {
                case VERBEURTE_VASTSTELLEN -> handhaving.stelVerbeurteVast(id, getal(aantal, "aantal"));
                case BETALING_VASTLEGGEN -> handhaving.legBetalingVast(id, bedrag(bedrag, "bedrag"));
                case AFSCHRIJVEN -> handhaving.schrijfAf(id, bedrag(bedrag, "bedrag"), leeg(toelichting));
                case BEZWAAR_ONTVANGEN -> handhaving.ontvangBezwaar(id, datum(ontvangen, "ontvangen"));
                case BEVEL_VERLENGEN -> handhaving.verlengBevel(id, getal(dagen, "dagen"), leeg(toelichting));
                case UITSPRAAK_VASTLEGGEN -> handhaving.legUitspraakVast(id, leeg(toelichting));
                default -> throw Weigering.opVeld("stap", "maatregel.stap.niet-handmatig");
            }
            return "/handhaving/" + id;
        });
    }

    /** The publication's forms (decision 0103): one action each, with what it needs; a refusal in words. */
    @PostMapping("/handhaving/{id}/publicatie")
    String publicatie(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String actie,
            @RequestParam(required = false) @Nullable String samenvatting,
            @RequestParam(required = false) @Nullable String tekst,
            @RequestParam(required = false) @Nullable String natuurlijkPersoon,
            @RequestParam(required = false) @Nullable String tot,
            @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes uit,
            Locale taal) {
        return voer(uit, taal, "/handhaving/" + id + "#publicatie", () -> {
            switch (leeg(actie) == null ? "" : actie.strip()) {
                case "corrigeren" -> publicatie.corrigeer(id, samenvatting, tekst, natuurlijkPersoon != null);
                case "uitstellen" -> publicatie.stelUit(id, datum(tot, "tot"), reden);
                case "afwijken" -> publicatie.wijkAf(id, reden);
                case "intrekken" -> publicatie.trekIn(id, reden);
                default -> throw Weigering.opVeld("actie", "maatregel.veld.onbekend");
            }
            return "/handhaving/" + id + "#publicatie";
        });
    }

    private String voer(RedirectAttributes uit, Locale taal, String terug, Supplier<String> actie) {
        try {
            String naar = actie.get();
            uit.addFlashAttribute("gelukt", berichten.getMessage("handhaving.opgeslagen", null, taal));
            return "redirect:" + naar;
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld());
        } catch (nl.toezicht.kern.NietGevonden n) {
            if (n instanceof BuitenBereik) {
                throw n;
            }
            uit.addFlashAttribute("fout", berichten.getMessage("probleem.niet-gevonden", null, taal));
        }
        return "redirect:" + terug;
    }

    private static <T> T verplicht(@Nullable T waarde, String veld) {
        if (waarde == null) {
            throw Weigering.opVeld(veld, "maatregel.veld.verplicht");
        }
        return waarde;
    }

    private static <E extends Enum<E>> @Nullable E waarde(Class<E> soort, @Nullable String tekst, String veld) {
        String schoon = leeg(tekst);
        if (schoon == null) {
            return null;
        }
        try {
            return Enum.valueOf(soort, schoon);
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, "maatregel.veld.onbekend");
        }
    }

    private static UUID uuid(String tekst, String veld) {
        try {
            return UUID.fromString(tekst.strip());
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, "maatregel.veld.onbekend");
        }
    }

    /** An amount as typed: "1.234,56" or "1234.56"; never rounded (more than two decimals is refused later). */
    static @Nullable BigDecimal bedrag(@Nullable String tekst, String veld) {
        String schoon = leeg(tekst);
        if (schoon == null) {
            return null;
        }
        String getal = schoon.replace("€", "").replace(" ", "");
        if (getal.contains(",")) {
            getal = getal.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(getal);
        } catch (NumberFormatException e) {
            throw Weigering.opVeld(veld, "maatregel.bedrag.ongeldig");
        }
    }

    private static @Nullable Integer getal(@Nullable String tekst, String veld) {
        return Formulierveld.getal(tekst, veld, "maatregel.getal.ongeldig");
    }

    private static @Nullable LocalDate datum(@Nullable String tekst, String veld) {
        return Formulierveld.datum(tekst, veld, "maatregel.datum.ongeldig");
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return Formulierveld.leeg(tekst);
    }
}
