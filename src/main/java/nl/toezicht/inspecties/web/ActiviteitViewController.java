package nl.toezicht.inspecties.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Aanleiding;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Activiteitstap;
import nl.toezicht.inspecties.Bevinding;
import nl.toezicht.inspecties.Hercontroles;
import nl.toezicht.inspecties.InspectieRechten;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Planningsoverzichten.BezochteLocatie;
import nl.toezicht.inspecties.Planningsoverzichten.Gemeenteregel;
import nl.toezicht.inspecties.Planningsoverzichten.Regel;
import nl.toezicht.inspecties.Planverzoek;
import nl.toezicht.inspecties.Toetsingskaders;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Toezichteffecten;
import nl.toezicht.inspecties.Veldwerk;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The planning pages: the lists, planning an activity (also from a case), one activity and its steps. */
@Controller
class ActiviteitViewController {

    private final Planning planning;
    private final Veldwerk veldwerk;
    private final Toetsingskaders kaders;
    private final Zaakbehandeling zaken;
    private final Register register;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Uitkomst uitkomst;
    private final Toezichteffecten effecten;
    private final Hercontroles hercontroles;

    ActiviteitViewController(
            Planning planning,
            Veldwerk veldwerk,
            Toetsingskaders kaders,
            Zaakbehandeling zaken,
            Register register,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Uitkomst uitkomst,
            Toezichteffecten effecten,
            Hercontroles hercontroles) {
        this.effecten = effecten;
        this.hercontroles = hercontroles;
        this.planning = planning;
        this.veldwerk = veldwerk;
        this.kaders = kaders;
        this.zaken = zaken;
        this.register = register;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.uitkomst = uitkomst;
    }

    /**
     * The planning list: by default the user's own activities (an inspector's), else the department's or all
     * the user may see; {@code inspecteur=} (empty) shows everyone's.
     */
    @GetMapping("/inspecties")
    String planning(
            @RequestParam(required = false) @Nullable Zorgsector afdeling,
            @RequestParam(required = false) @Nullable String inspecteur,
            @RequestParam(required = false) @Nullable String na,
            @RequestParam(required = false) @Nullable String voor,
            Model model) {
        Medewerker ik = toegang.ik();
        String wie = inspecteur != null ? inspecteur : ik.rol() == Rol.INSPECTEUR ? ik.gebruikersnaam() : "";
        LocalDate vanaf = planning.vandaag().minusDays(7);
        Pagina<Regel> pagina = planning.planning(afdeling, wie, vanaf, positie(na), positie(voor));
        List<Regel> regels = pagina.items();
        List<BezochteLocatie> bezocht = planning.bezochteLocaties(afdeling, null, Planning.BEZOCHT_OP_PLANNING);
        model.addAttribute("regels", regels);
        model.addAttribute("vorigeUrl", bladerUrl(afdeling, inspecteur, "voor", pagina.vorige()));
        model.addAttribute("volgendeUrl", bladerUrl(afdeling, inspecteur, "na", pagina.volgende()));
        model.addAttribute("bezocht", bezocht);
        model.addAttribute("afdeling", afdeling);
        model.addAttribute("inspecteur", wie);
        model.addAttribute("afdelingen", toegang.zichtbareAfdelingen());
        model.addAttribute("inspecteurs", afdeling == null ? List.of() : medewerkers.inspecteursVan(afdeling));
        Set<UUID> aanbieders = new HashSet<>();
        regels.forEach(r -> aanbieders.add(r.zorgaanbiederId()));
        bezocht.forEach(b -> aanbieders.add(b.zorgaanbiederId()));
        model.addAttribute("aanbieders", namen(aanbieders));
        Set<String> mensen = new HashSet<>();
        regels.forEach(r -> mensen.addAll(r.team()));
        mensen.add(wie);
        model.addAttribute("mensen", mensen(mensen));
        model.addAttribute("magPlannen", toegang.heeft(InspectieRechten.PLANNEN));
        return "inspecties/planning";
    }

    /** All locations visited in the last twelve months (the planning page shows the latest ten). */
    @GetMapping("/inspecties/bezochte-locaties")
    String bezochteLocaties(@RequestParam(required = false) @Nullable Zorgsector afdeling, Model model) {
        List<BezochteLocatie> bezocht = planning.bezochteLocaties(afdeling, null, Planning.MAX_REGELS);
        model.addAttribute("bezocht", bezocht);
        model.addAttribute("bezochtMeer", bezocht.size() >= Planning.MAX_REGELS);
        model.addAttribute("afdeling", afdeling);
        model.addAttribute("afdelingen", toegang.zichtbareAfdelingen());
        model.addAttribute(
                "aanbieders",
                namen(bezocht.stream().map(BezochteLocatie::zorgaanbiederId).toList()));
        return "inspecties/bezochte-locaties";
    }

    @GetMapping("/inspecties/gemeenten")
    String gemeenten(@RequestParam(required = false) @Nullable Zorgsector afdeling, Model model) {
        List<Gemeenteregel> regels = planning.perGemeente(afdeling);
        Map<String, List<Gemeenteregel>> perGemeente = new LinkedHashMap<>();
        regels.forEach(r -> perGemeente
                .computeIfAbsent(r.gemeente(), g -> new ArrayList<>())
                .add(r));
        model.addAttribute("perGemeente", perGemeente);
        model.addAttribute("afdeling", afdeling);
        model.addAttribute("afdelingen", toegang.zichtbareAfdelingen());
        model.addAttribute(
                "aanbieders",
                namen(regels.stream().map(Gemeenteregel::zorgaanbiederId).toList()));
        return "inspecties/gemeenten";
    }

    @GetMapping("/inspecties/activiteiten/nieuw")
    String nieuw(
            @RequestParam(required = false) @Nullable UUID zaak,
            @RequestParam(required = false) @Nullable UUID zorgaanbieder,
            @RequestParam(required = false) @Nullable Zorgsector afdeling,
            @RequestParam(required = false) @Nullable String zoek,
            Model model) {
        toegang.eis(InspectieRechten.PLANNEN);
        Zorgsector dept = afdeling;
        UUID aanbieder = zorgaanbieder;
        if (zaak != null) {
            Zaak z = zaken.zaak(new ZaakId(zaak));
            model.addAttribute("zaak", z);
            dept = z.afdeling();
            if (aanbieder == null && z.zorgaanbieder() != null) {
                aanbieder = z.zorgaanbieder().waarde();
            }
        }
        Medewerker ik = toegang.ik();
        if (dept == null && ik.afdelingen().size() == 1) {
            dept = ik.afdelingen().iterator().next();
        }
        ZorgaanbiederSamenvatting gekozen = aanbieder == null
                ? null
                : register.vind(new ZorgaanbiederId(aanbieder)).orElse(null);
        model.addAttribute("zorgaanbieder", gekozen);
        model.addAttribute("gevonden", zoek == null || zoek.isBlank() ? List.of() : register.zoek(zoek.strip(), 10));
        model.addAttribute("zoek", zoek);
        model.addAttribute("afdeling", dept);
        model.addAttribute("afdelingen", toegang.zichtbareAfdelingen());
        model.addAttribute("inspecteurs", dept == null ? List.of() : medewerkers.inspecteursVan(dept));
        model.addAttribute("ik", ik);
        model.addAttribute("kaders", kaders.gepubliceerd());
        model.addAttribute("soorten", Activiteitsoort.values());
        model.addAttribute("aankondigingen", Aankondiging.values());
        model.addAttribute(
                "aanleidingen",
                Arrays.stream(Aanleiding.values())
                        .filter(a -> a != Aanleiding.ZAAK && a != Aanleiding.HERCONTROLE)
                        .toList());
        Map<UUID, BezochteLocatie> bezocht = new HashMap<>();
        if (gekozen != null && dept != null) {
            planning.bezochteLocaties(dept, gekozen.id().waarde(), Planning.MAX_REGELS)
                    .forEach(b -> bezocht.put(b.locatieId(), b));
        }
        model.addAttribute("bezocht", bezocht);
        model.addAttribute("vandaag", planning.vandaag());
        return "inspecties/nieuw";
    }

    @PostMapping("/inspecties/activiteiten")
    String plan(
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String aankondiging,
            @RequestParam(required = false) @Nullable String afdeling,
            @RequestParam(required = false) @Nullable String aanleiding,
            @RequestParam(required = false) @Nullable UUID zaak,
            @RequestParam(required = false) @Nullable String aanleidingOmschrijving,
            @RequestParam(required = false) @Nullable UUID zorgaanbieder,
            @RequestParam(required = false) @Nullable List<UUID> locaties,
            @RequestParam(required = false) @Nullable UUID kaderversie,
            @RequestParam(required = false) @Nullable String leider,
            @RequestParam(required = false) @Nullable List<String> team,
            @RequestParam(required = false) @Nullable String begindatum,
            @RequestParam(required = false) @Nullable String einddatum,
            RedirectAttributes uit,
            Locale taal) {
        String terug = UriComponentsBuilder.fromPath("/inspecties/activiteiten/nieuw")
                .queryParamIfPresent("zaak", java.util.Optional.ofNullable(zaak))
                .queryParamIfPresent("zorgaanbieder", java.util.Optional.ofNullable(zorgaanbieder))
                .queryParamIfPresent("afdeling", java.util.Optional.ofNullable(leeg(afdeling)))
                .build()
                .toUriString();
        return uitkomst.voer(uit, taal, terug, () -> {
            Planverzoek verzoek = new Planverzoek(
                    waarde(Activiteitsoort.class, soort, "soort"),
                    waarde(Aankondiging.class, aankondiging, "aankondiging"),
                    waarde(Zorgsector.class, afdeling, "afdeling"),
                    waarde(Aanleiding.class, aanleiding, "aanleiding"),
                    zaak,
                    aanleidingOmschrijving,
                    zorgaanbieder,
                    locaties == null ? List.of() : locaties,
                    kaderversie,
                    leeg(leider),
                    team == null ? List.of() : team,
                    datum(begindatum, "begindatum"),
                    datum(einddatum, "einddatum"));
            return "/inspecties/activiteiten/" + planning.plan(verzoek).id();
        });
    }

    @GetMapping("/inspecties/activiteiten/{id}")
    String activiteit(@PathVariable UUID id, Model model) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        model.addAttribute("activiteit", activiteit);
        ZorgaanbiederSamenvatting aanbieder =
                register.vind(new ZorgaanbiederId(activiteit.zorgaanbiederId())).orElse(null);
        model.addAttribute("zorgaanbieder", aanbieder);
        model.addAttribute(
                "locaties",
                aanbieder == null
                        ? List.of()
                        : aanbieder.locaties().stream()
                                .filter(l -> activiteit.locaties().contains(l.id().waarde()))
                                .toList());
        model.addAttribute(
                "kader", activiteit.kaderversieId() == null ? null : kaders.versie(activiteit.kaderversieId()));
        model.addAttribute("hercontroleVan", hercontroles.van(id).orElse(null));
        model.addAttribute("hercontroleVanuit", hercontroles.vanuit(id).orElse(null));
        model.addAttribute("botsingen", planning.botsingen(activiteit));
        model.addAttribute("tijdlijn", planning.tijdlijn(activiteit));
        Set<String> mensen = new HashSet<>(activiteit.team());
        planning.tijdlijn(activiteit).forEach(r -> mensen.add(r.door()));
        model.addAttribute("mensen", mensen(mensen));
        boolean magPlannen = toegang.heeft(InspectieRechten.PLANNEN) && toegang.magAfdelingZien(activiteit.afdeling());
        model.addAttribute("stappen", magPlannen ? activiteit.toegestaneStappen(r -> true) : List.<Activiteitstap>of());
        model.addAttribute(
                "effectweergave",
                Effectweergave.van(
                        activiteit,
                        effecten.effect(id).orElse(null),
                        magPlannen && activiteit.team().contains(toegang.ik().gebruikersnaam())));
        return "inspecties/activiteit";
    }

    /** The fieldwork page: per norm of the framework version its scale, evidence and what is saved. */
    @GetMapping("/inspecties/activiteiten/{id}/veldwerk")
    String veldwerk(@PathVariable UUID id, Model model) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        model.addAttribute("activiteit", activiteit);
        model.addAttribute(
                "kader", activiteit.kaderversieId() == null ? null : kaders.versie(activiteit.kaderversieId()));
        Map<String, Bevinding> bevindingen = new HashMap<>();
        veldwerk.bevindingen(activiteit).forEach(b -> bevindingen.put(b.normCode(), b));
        model.addAttribute("bevindingen", bevindingen);
        // a fresh key per norm and page view: resubmitting this form is a repeat, a new view a new save
        Map<String, UUID> sleutels = new HashMap<>();
        kader(activiteit).ifPresent(k -> k.inhoud().normen().keySet().forEach(n -> sleutels.put(n, UUID.randomUUID())));
        model.addAttribute("sleutels", sleutels);
        Map<String, UUID> bijlagesleutels = new HashMap<>();
        sleutels.keySet().forEach(n -> bijlagesleutels.put(n, UUID.randomUUID()));
        model.addAttribute("bijlagesleutels", bijlagesleutels);
        Map<String, List<Veldwerk.Bijlage>> bijlagen = new HashMap<>();
        veldwerk.bijlagen(activiteit)
                .forEach(b -> bijlagen.computeIfAbsent(b.normCode(), n -> new java.util.ArrayList<>())
                        .add(b));
        model.addAttribute("bijlagen", bijlagen);
        model.addAttribute("maxGrootte", nl.toezicht.kern.Bestandskeuring.MAX_GROOTTE);
        model.addAttribute(
                "magVastleggen",
                activiteit.status() == nl.toezicht.inspecties.Activiteitstatus.IN_UITVOERING
                        && toegang.heeft(InspectieRechten.BEVINDINGEN_VASTLEGGEN)
                        && activiteit.team().contains(toegang.ik().gebruikersnaam()));
        return "inspecties/veldwerk";
    }

    private java.util.Optional<nl.toezicht.inspecties.Kaderversie> kader(Toezichtactiviteit activiteit) {
        return activiteit.kaderversieId() == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(kaders.versie(activiteit.kaderversieId()));
    }

    /** One norm's finding from the page; the form's key makes a resubmitted form a repeat, not a second save. */
    @PostMapping("/inspecties/activiteiten/{id}/bevindingen")
    String bevinding(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID sleutel,
            @RequestParam(defaultValue = "") String normCode,
            @RequestParam(required = false) @Nullable String score,
            @RequestParam(defaultValue = "") String onderbouwing,
            RedirectAttributes uit,
            Locale taal) {
        String terug = "/inspecties/activiteiten/" + id + "/veldwerk";
        return uitkomst.voer(uit, taal, terug + "#norm-" + normCode, () -> {
            veldwerk.bewaar(id, sleutel, normCode, score, onderbouwing);
            return terug + "#norm-" + normCode;
        });
    }

    /** A photo or document with one norm's finding, from the page; the form's key makes a resubmission a repeat. */
    @PostMapping("/inspecties/activiteiten/{id}/bevindingen/bijlagen")
    String bevindingbijlage(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID sleutel,
            @RequestParam(defaultValue = "") String normCode,
            @RequestParam(name = "bestand", required = false)
                    org.springframework.web.multipart.@Nullable MultipartFile bestand,
            RedirectAttributes uit,
            Locale taal) {
        String terug = "/inspecties/activiteiten/" + id + "/veldwerk#norm-" + normCode;
        return uitkomst.voer(uit, taal, terug, () -> {
            veldwerk.bijlage(
                    id,
                    sleutel,
                    normCode,
                    bestand == null || bestand.isEmpty() ? null : new nl.toezicht.kern.MultipartUpload(bestand));
            return terug;
        });
    }

    /** A photo or document of a finding, as a download, for whoever may read the activity. */
    @GetMapping("/inspecties/activiteiten/{id}/bevindingbijlagen/{bijlage}")
    org.springframework.http.ResponseEntity<byte[]> bevindingbijlage(@PathVariable UUID id, @PathVariable UUID bijlage)
            throws java.io.IOException {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        Veldwerk.Bijlage b = veldwerk.bijlagen(activiteit).stream()
                .filter(x -> x.id().equals(bijlage))
                .findFirst()
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.bijlage", bijlage));
        return RapportViewController.bestandAntwoord(
                b.mediatype(), b.bestandsnaam(), veldwerk.open(activiteit, bijlage));
    }

    @PostMapping("/inspecties/activiteiten/{id}/stappen")
    String stap(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String stap,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit,
            Locale taal) {
        return uitkomst.voer(uit, taal, "/inspecties/activiteiten/" + id, () -> {
            Activiteitstap welke = waarde(Activiteitstap.class, stap, "stap");
            if (welke == null) {
                throw Weigering.opVeld("stap", "kader.veld.verplicht");
            }
            planning.neemStap(id, welke, toelichting);
            return "/inspecties/activiteiten/" + id;
        });
    }

    private Map<UUID, String> namen(Collection<UUID> ids) {
        Map<UUID, String> namen = new HashMap<>();
        register.namen(ids.stream().map(ZorgaanbiederId::new).toList())
                .forEach((id, naam) -> namen.put(id.waarde(), naam));
        return namen;
    }

    /** The names of staff members by user name, in one look-up; an unknown one keeps its user name. */
    private Map<String, String> mensen(Collection<String> gebruikersnamen) {
        List<String> gevraagd = gebruikersnamen.stream()
                .filter(g -> g != null && !g.isBlank())
                .distinct()
                .toList();
        Map<String, String> namen = new HashMap<>(medewerkers.namen(gevraagd));
        gevraagd.forEach(g -> namen.putIfAbsent(g, g));
        return namen;
    }

    /** A hand-edited or outdated link starts at the first page rather than failing, as in the work queue. */
    private static Planning.@Nullable Positie positie(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Planning.Positie.lees(tekst, "positie");
        } catch (nl.toezicht.kern.Weigering e) {
            return null;
        }
    }

    /** The planning list's link to another page, keeping its filters; null when there is no such page. */
    private static @Nullable String bladerUrl(
            @Nullable Zorgsector afdeling, @Nullable String inspecteur, String richting, @Nullable String positie) {
        if (positie == null) {
            return null;
        }
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inspecties");
        if (afdeling != null) {
            url.queryParam("afdeling", afdeling.name());
        }
        if (inspecteur != null) {
            url.queryParam("inspecteur", inspecteur);
        }
        return url.queryParam(richting, positie).encode().build().toUriString();
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return Formulierveld.leeg(tekst);
    }

    private static <E extends Enum<E>> @Nullable E waarde(Class<E> soort, @Nullable String tekst, String veld) {
        return Formulierveld.keuze(soort, tekst, veld, "probleem.veld.ongeldige-waarde");
    }

    private static @Nullable LocalDate datum(@Nullable String tekst, String veld) {
        return Formulierveld.datum(tekst, veld, "activiteit.datum.ongeldig");
    }
}
