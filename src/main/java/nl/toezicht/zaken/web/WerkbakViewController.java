package nl.toezicht.zaken.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.Werkbakfilters;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The work queue: my cases, or the cases of one of my departments, by deadline. */
@Controller
class WerkbakViewController {

    static final int PAGINAGROOTTE = 25;

    private final Werkbak werkbak;
    private final Toegangsbeleid toegang;
    private final Medewerkers medewerkers;
    private final Register register;
    private final MessageSource berichten;
    private final Werkbakfilters filters;

    WerkbakViewController(
            Werkbak werkbak,
            Toegangsbeleid toegang,
            Medewerkers medewerkers,
            Register register,
            MessageSource berichten,
            Werkbakfilters filters) {
        this.filters = filters;
        this.berichten = berichten;
        this.werkbak = werkbak;
        this.toegang = toegang;
        this.medewerkers = medewerkers;
        this.register = register;
    }

    /** A tab: "mijn", "alle" or a department. */
    record Weergave(String code, @Nullable Zorgsector afdeling, String url, boolean actief) {}

    /** A row as shown: provider names come in one query per page, inspector names once per inspector. */
    record Rij(
            Werkbak.Regel regel,
            @Nullable String zorgaanbieder,
            @Nullable String inspecteur) {}

    @GetMapping("/werkbak")
    String werkbak(
            @RequestParam(required = false) @Nullable String weergave,
            @RequestParam(required = false) @Nullable Zorgsector sector,
            @RequestParam(required = false) @Nullable Meldingsoort soort,
            @RequestParam(required = false) @Nullable Zaakstatus status,
            @RequestParam(defaultValue = "false") boolean teLaat,
            @RequestParam(defaultValue = "false") boolean binnenkort,
            @RequestParam(defaultValue = "TERMIJN") Werkbak.Sortering sortering,
            @RequestParam(required = false) @Nullable String na,
            @RequestParam(required = false) @Nullable String voor,
            @RequestParam(required = false) @Nullable String totaal,
            Model model,
            Locale taal) {
        Medewerker ik = toegang.ik();
        if (!toegang.heeft(ZaakRechten.INZIEN)) {
            // an old bookmark of a role without cases (privacy officer, care provider): its own start page
            return "redirect:/start";
        }
        boolean inspecteur = ik.rol() == Rol.INSPECTEUR;
        // bound one by one, so that a value the page cannot read is named with its parameter (as before)
        Werkbakkeuze keuze = new Werkbakkeuze(weergave, sector, soort, status, teLaat, binnenkort, sortering);
        String gekozen = keuze.gekozen(ik);
        Werkbak.Filter filter = keuze.filter(ik);
        Werkbak.Cursor vanaf = cursor(na);
        Werkbak.Cursor tot = cursor(voor);
        // counted on the first page of a filter (a new filter always starts there); the pages after it carry that
        // count in their links, so that paging on does not count the same cases again (docs/PERFORMANCE.md)
        Long geteld = vanaf == null && tot == null ? null : geteld(totaal);
        Pagina<Werkbak.Regel> pagina = werkbak.pagina(filter, sortering, vanaf, tot, PAGINAGROOTTE, geteld == null);
        if (geteld != null) {
            pagina = new Pagina<>(pagina.items(), pagina.vorige(), pagina.volgende(), geteld);
        }

        List<Weergave> weergaven = new ArrayList<>();
        if (inspecteur) {
            weergaven.add(new Weergave("mijn", null, "/werkbak?weergave=mijn", gekozen.equals("mijn")));
        } else {
            weergaven.add(new Weergave("alle", null, "/werkbak?weergave=alle", gekozen.equals("alle")));
        }
        for (Zorgsector zichtbaar : Zorgsector.values()) {
            if (toegang.zichtbareAfdelingen().contains(zichtbaar)) {
                weergaven.add(new Weergave(
                        zichtbaar.name(),
                        zichtbaar,
                        "/werkbak?weergave=" + zichtbaar.name(),
                        gekozen.equals(zichtbaar.name())));
            }
        }

        List<Rij> rijen = rijen(pagina.items());

        UriComponentsBuilder basis = keuze.link("/werkbak", ik);
        if (pagina.totaal() != null) {
            basis.queryParam("totaal", pagina.totaal());
        }
        model.addAttribute("weergaven", weergaven);
        model.addAttribute("doorbreken", toegang.magDoorbreken());
        model.addAttribute("weergave", gekozen);
        model.addAttribute("rijen", rijen);
        // only the sectors of the departments this user sees: another would always give an empty list
        model.addAttribute("sectoren", List.copyOf(toegang.zichtbareAfdelingen()));
        model.addAttribute("sorteringen", Werkbak.Sortering.values());
        model.addAttribute("sortering", sortering);
        model.addAttribute("stand", stand(pagina, taal));
        model.addAttribute("soorten", Meldingsoort.values());
        model.addAttribute("statussen", Zaakstatus.values());
        model.addAttribute("sector", keuze.sector());
        model.addAttribute("soort", keuze.soort());
        model.addAttribute("status", keuze.status());
        model.addAttribute("teLaat", Boolean.TRUE.equals(keuze.teLaat()));
        model.addAttribute("binnenkort", Boolean.TRUE.equals(keuze.binnenkort()));
        model.addAttribute("filters", filters.mijn());
        model.addAttribute("exportCsv", exportlink(filter, sortering, "csv"));
        model.addAttribute("exportXlsx", exportlink(filter, sortering, "xlsx"));
        model.addAttribute("exportMaximum", Werkbak.EXPORT_MAXIMUM);
        // a column's header sorts by it; receipt turns between newest and oldest first
        model.addAttribute("sorteerTermijn", metVolgorde(keuze, Werkbak.Sortering.TERMIJN, ik));
        model.addAttribute(
                "sorteerOntvangen",
                metVolgorde(
                        keuze,
                        sortering == Werkbak.Sortering.NIEUWSTE ? Werkbak.Sortering.OUDSTE : Werkbak.Sortering.NIEUWSTE,
                        ik));
        // bulk actions (issue 13 item 7): what this user may do to the cases ticked, and the way back to this view
        model.addAttribute("bulkkeuze", Bulkkeuze.voor(toegang, medewerkers));
        model.addAttribute(
                "bulkIds", rijen.stream().map(r -> r.regel().id().waarde()).toList());
        model.addAttribute("bulkTerug", basis.build().encode().toUriString());
        model.addAttribute("vorigeUrl", positie(basis, "voor", pagina.vorige()));
        model.addAttribute("volgendeUrl", positie(basis, "na", pagina.volgende()));
        return "zaken/werkbak";
    }

    private static String metVolgorde(Werkbakkeuze keuze, Werkbak.Sortering sortering, Medewerker ik) {
        return new Werkbakkeuze(
                        keuze.weergave(),
                        keuze.sector(),
                        keuze.soort(),
                        keuze.status(),
                        keuze.teLaat(),
                        keuze.binnenkort(),
                        sortering)
                .link("/werkbak", ik)
                .build()
                .encode()
                .toUriString();
    }

    /** The export of the API with this view's filter and order. */
    private static String exportlink(Werkbak.Filter filter, Werkbak.Sortering sortering, String formaat) {
        return UriComponentsBuilder.fromPath("/api/v1/zaken/export")
                .queryParamIfPresent("afdeling", Optional.ofNullable(filter.afdeling()))
                .queryParamIfPresent("inspecteur", Optional.ofNullable(filter.inspecteur()))
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("soort", Optional.ofNullable(filter.soort()))
                .queryParamIfPresent("sector", Optional.ofNullable(filter.sector()))
                .queryParamIfPresent("teLaat", Optional.ofNullable(filter.teLaat()))
                .queryParamIfPresent("termijnBinnenDagen", Optional.ofNullable(filter.binnenDagen()))
                .queryParam("sortering", sortering)
                .queryParam("formaat", formaat)
                .build()
                .encode()
                .toUriString();
    }

    /** Saves the view shown under a name, and shows it again. */
    @PostMapping("/werkbak/filters")
    String bewaarFilter(
            @RequestParam(required = false) @Nullable String naam,
            Werkbakkeuze keuze,
            RedirectAttributes uit,
            Locale taal) {
        String zoekopdracht = keuze.zoekopdracht(toegang.ik());
        try {
            Werkbakfilters.Werkbakfilter bewaard = filters.bewaar(naam, zoekopdracht);
            uit.addFlashAttribute(
                    "gelukt", berichten.getMessage("werkbak.filter.bewaard", new Object[] {bewaard.naam()}, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", "filter-naam");
        }
        return "redirect:/werkbak?" + zoekopdracht;
    }

    /** Deletes one of the user's saved filters; another's is not found. */
    @PostMapping("/werkbak/filters/{id}/verwijderen")
    String verwijderFilter(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        Werkbakfilters.Werkbakfilter filter = filters.van(id);
        filters.verwijder(id);
        uit.addFlashAttribute(
                "gelukt", berichten.getMessage("werkbak.filter.verwijderd", new Object[] {filter.naam()}, taal));
        return "redirect:/werkbak";
    }

    /**
     * A query string of the work queue as the page itself would write it: parameters it does not know are
     * dropped; a value it cannot read is refused on its field.
     */
    String zoekopdracht(@Nullable String query) {
        var waarden = UriComponentsBuilder.fromUriString(
                        "/werkbak?" + (query == null ? "" : query.strip().replaceFirst("^\\?", "")))
                .build()
                .getQueryParams();
        Werkbakkeuze keuze = new Werkbakkeuze(
                waarden.getFirst("weergave"),
                waarde(waarden.getFirst("sector"), Zorgsector.class, "sector"),
                waarde(waarden.getFirst("soort"), Meldingsoort.class, "soort"),
                waarde(waarden.getFirst("status"), Zaakstatus.class, "status"),
                "true".equals(waarden.getFirst("teLaat")),
                "true".equals(waarden.getFirst("binnenkort")),
                waarde(waarden.getFirst("sortering"), Werkbak.Sortering.class, "sortering"));
        return keuze.zoekopdracht(toegang.ik());
    }

    private static <E extends Enum<E>> @Nullable E waarde(@Nullable String tekst, Class<E> soort, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.strip());
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(
                    veld, "werkbak.filter.ongeldige-waarde", tekst.length() > 40 ? tekst.substring(0, 40) : tekst);
        }
    }

    /** The rows as shown: provider names in one query, inspector names once per inspector. */
    List<Rij> rijen(List<Werkbak.Regel> regels) {
        Map<ZorgaanbiederId, String> namen = register.namen(regels.stream()
                .map(Werkbak.Regel::zorgaanbieder)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<String, Optional<String>> inspecteurs = new HashMap<>();
        return regels.stream()
                .map(r -> new Rij(
                        r,
                        r.zorgaanbieder() == null ? null : namen.get(r.zorgaanbieder()),
                        r.inspecteur() == null
                                ? null
                                : inspecteurs
                                        .computeIfAbsent(
                                                r.inspecteur(),
                                                g -> medewerkers.vind(g).map(Medewerker::naam))
                                        .orElse(r.inspecteur())))
                .toList();
    }

    /** Straight to the case behind a quoted reference (case or notification), or back with a message. */
    @GetMapping("/werkbak/zoeken")
    String zoekOpKenmerk(@RequestParam(defaultValue = "") String kenmerk, RedirectAttributes redirect) {
        Optional<nl.toezicht.zaken.ZaakId> zaak =
                kenmerk.length() > 40 ? Optional.empty() : werkbak.zoekOpKenmerk(kenmerk);
        if (zaak.isPresent()) {
            return "redirect:/zaken/" + zaak.get().waarde();
        }
        redirect.addFlashAttribute("kenmerkNietGevonden", kenmerk.length() > 40 ? kenmerk.substring(0, 40) : kenmerk);
        return "redirect:/werkbak";
    }

    private static @Nullable String positie(UriComponentsBuilder basis, String parameter, @Nullable String positie) {
        return positie == null
                ? null
                : basis.cloneBuilder()
                        .queryParam(parameter, positie)
                        .build()
                        .encode()
                        .toUriString();
    }

    /** "1.234 zaken", or "meer dan 10.000 zaken" where counting stopped. */
    private @Nullable String stand(Pagina<Werkbak.Regel> pagina, Locale taal) {
        if (pagina.totaal() == null) {
            return null;
        }
        java.text.NumberFormat getal = java.text.NumberFormat.getIntegerInstance(taal);
        return pagina.meerDan(Werkbak.TELLEN_TOT)
                ? berichten.getMessage("werkbak.totaal.meer-dan", new Object[] {getal.format(Werkbak.TELLEN_TOT)}, taal)
                : berichten.getMessage(
                        "werkbak.totaal", new Object[] {pagina.totaal(), getal.format(pagina.totaal())}, taal);
    }

    /** The count a page link carries, or null (count again) where it is missing or cannot be one. */
    private static @Nullable Long geteld(@Nullable String totaal) {
        if (totaal == null || totaal.isBlank()) {
            return null;
        }
        try {
            long waarde = Long.parseLong(totaal.strip());
            return waarde >= 0 && waarde <= Werkbak.TELLEN_TOT + 1L ? waarde : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A hand-edited or outdated link starts at the first page rather than failing. */
    private static Werkbak.@Nullable Cursor cursor(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Werkbak.Cursor.lees(tekst);
        } catch (nl.toezicht.kern.Weigering e) {
            return null;
        }
    }
}
