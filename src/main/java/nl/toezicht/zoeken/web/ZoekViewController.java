package nl.toezicht.zoeken.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekuitkomst;
import nl.toezicht.zoeken.Soort;
import nl.toezicht.zoeken.Zoeken;
import nl.toezicht.zoeken.Zoekresultaat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page behind the header's search box: one kind at a time as tabs, its facets, its results. */
@Controller
class ZoekViewController {

    private final Zoeken zoeken;
    private final MessageSource berichten;

    ZoekViewController(Zoeken zoeken, MessageSource berichten) {
        this.zoeken = zoeken;
        this.berichten = berichten;
    }

    /** A link of the page: a tab, a facet value, the way back to all values, a page. */
    record Keuze(String label, long aantal, String url, boolean actief) {}

    @GetMapping("/zoeken")
    String zoek(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String afdeling,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String pagina,
            Model model,
            Locale taal) {
        model.addAttribute("q", q == null ? "" : q);
        if (q == null || q.isBlank()) {
            return "zoeken/zoeken";
        }
        Zoekresultaat r;
        try {
            r = zoeken.zoek(
                    q,
                    soort,
                    status,
                    afdeling,
                    Zoekparameters.jaar(jaar),
                    Zoekparameters.getal(pagina, "pagina", 1),
                    Zoeken.GROOTTE);
        } catch (Weigering w) {
            model.addAttribute("foutVeld", w.veld() == null ? "q" : w.veld());
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            return "zoeken/zoeken";
        }
        Map<String, @Nullable Object> basis = new LinkedHashMap<>();
        basis.put("q", r.q());
        basis.put("soort", r.soort().name());
        basis.put("status", leeg(status));
        basis.put("afdeling", leeg(afdeling));
        basis.put("jaar", leeg(jaar));
        String soortsleutel = r.soort() == Soort.ZAAK ? "zaakstatus." : "meldingstatus.";
        model.addAttribute("r", r);
        model.addAttribute(
                "tabs",
                r.aantallen().entrySet().stream()
                        .map(e -> new Keuze(
                                berichten.getMessage("zoeken.soort." + e.getKey(), null, taal) + " ("
                                        + (e.getValue() > Zoekuitkomst.TELLEN_TOT
                                                ? String.format(taal, "%,d+", Zoekuitkomst.TELLEN_TOT)
                                                : e.getValue())
                                        + ")",
                                e.getValue(),
                                url(Map.of("q", r.q(), "soort", e.getKey().name())),
                                e.getKey() == r.soort()))
                        .toList());
        model.addAttribute(
                "statussen",
                r.statussen().entrySet().stream()
                        .map(e -> new Keuze(
                                berichten.getMessage(soortsleutel + e.getKey(), null, e.getKey(), taal),
                                e.getValue(),
                                url(met(basis, "status", e.getKey())),
                                e.getKey().equalsIgnoreCase(String.valueOf(status))))
                        .toList());
        model.addAttribute(
                "afdelingen",
                r.afdelingen().entrySet().stream()
                        .map(e -> new Keuze(
                                berichten.getMessage("zorgsector." + e.getKey(), null, taal),
                                e.getValue(),
                                url(met(basis, "afdeling", e.getKey().name())),
                                e.getKey().name().equalsIgnoreCase(String.valueOf(afdeling))))
                        .toList());
        model.addAttribute(
                "jaren",
                r.jaren().entrySet().stream()
                        .map(e -> new Keuze(
                                e.getKey().toString(),
                                e.getValue(),
                                url(met(basis, "jaar", e.getKey().toString())),
                                e.getKey().toString().equals(jaar)))
                        .toList());
        model.addAttribute("wisStatus", leeg(status) == null ? null : url(met(basis, "status", null)));
        model.addAttribute("wisAfdeling", leeg(afdeling) == null ? null : url(met(basis, "afdeling", null)));
        model.addAttribute("wisJaar", leeg(jaar) == null ? null : url(met(basis, "jaar", null)));
        Pagina<?> p = r.pagina();
        model.addAttribute("vorigeUrl", p.vorige() == null ? null : url(met(basis, "pagina", p.vorige())));
        model.addAttribute("volgendeUrl", p.volgende() == null ? null : url(met(basis, "pagina", p.volgende())));
        long totaal = p.totaal() == null ? 0 : p.totaal();
        model.addAttribute(
                "stand",
                p.meerDan(Zoekuitkomst.TELLEN_TOT)
                        ? berichten.getMessage("zoeken.meer-dan", new Object[] {Zoekuitkomst.TELLEN_TOT}, taal)
                        : berichten.getMessage("zoeken.aantal", new Object[] {totaal}, taal));
        model.addAttribute("statussoort", soortsleutel);
        return "zoeken/zoeken";
    }

    private static @Nullable String leeg(@Nullable String tekst) {
        return Formulierveld.leeg(tekst);
    }

    private static Map<String, @Nullable Object> met(
            Map<String, @Nullable Object> basis, String naam, @Nullable Object waarde) {
        Map<String, @Nullable Object> nieuw = new LinkedHashMap<>(basis);
        nieuw.put(naam, waarde);
        if (!naam.equals("pagina")) {
            nieuw.remove("pagina");
        }
        return nieuw;
    }

    private static String url(Map<String, ? extends @Nullable Object> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/zoeken");
        params.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }
}
