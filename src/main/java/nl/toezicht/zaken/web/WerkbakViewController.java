package nl.toezicht.zaken.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    WerkbakViewController(
            Werkbak werkbak,
            Toegangsbeleid toegang,
            Medewerkers medewerkers,
            Register register,
            MessageSource berichten) {
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
            Model model,
            Locale taal) {
        Medewerker ik = toegang.ik();
        if (!toegang.heeft(ZaakRechten.INZIEN)) {
            // an old bookmark of a role without cases (privacy officer, care provider): its own start page
            return "redirect:/start";
        }
        boolean inspecteur = ik.rol() == Rol.INSPECTEUR;
        String gekozen = weergave == null || weergave.isBlank() ? (inspecteur ? "mijn" : "alle") : weergave;
        Zorgsector afdeling = null;
        String mijn = null;
        if (gekozen.equals("mijn")) {
            mijn = ik.gebruikersnaam();
        } else if (!gekozen.equals("alle")) {
            afdeling = afdeling(gekozen);
            if (afdeling == null) {
                gekozen = inspecteur ? "mijn" : "alle";
                mijn = inspecteur ? ik.gebruikersnaam() : null;
            }
        }
        Werkbak.Filter filter = new Werkbak.Filter(
                afdeling, mijn, status, soort, sector, teLaat ? Boolean.TRUE : null, binnenkort ? 7 : null);
        Pagina<Werkbak.Regel> pagina = werkbak.pagina(filter, sortering, cursor(na), cursor(voor), PAGINAGROOTTE, true);

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

        Map<ZorgaanbiederId, String> namen = register.namen(pagina.items().stream()
                .map(Werkbak.Regel::zorgaanbieder)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<String, Optional<String>> inspecteurs = new HashMap<>();
        List<Rij> rijen = pagina.items().stream()
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

        UriComponentsBuilder basis = UriComponentsBuilder.fromPath("/werkbak")
                .queryParam("weergave", gekozen)
                .queryParamIfPresent("sector", Optional.ofNullable(sector))
                .queryParamIfPresent("soort", Optional.ofNullable(soort))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent(
                        "sortering", Optional.ofNullable(sortering == Werkbak.Sortering.TERMIJN ? null : sortering));
        if (teLaat) {
            basis.queryParam("teLaat", true);
        }
        if (binnenkort) {
            basis.queryParam("binnenkort", true);
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
        model.addAttribute("sector", sector);
        model.addAttribute("soort", soort);
        model.addAttribute("status", status);
        model.addAttribute("teLaat", teLaat);
        model.addAttribute("binnenkort", binnenkort);
        model.addAttribute("vorigeUrl", positie(basis, "voor", pagina.vorige()));
        model.addAttribute("volgendeUrl", positie(basis, "na", pagina.volgende()));
        return "zaken/werkbak";
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

    private static @Nullable Zorgsector afdeling(String code) {
        try {
            return Zorgsector.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
