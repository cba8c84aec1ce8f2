package nl.toezicht.cijfers.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.cijfers.Cel;
import nl.toezicht.cijfers.CijferRechten;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Reeks;
import nl.toezicht.cijfers.Rij;
import nl.toezicht.cijfers.Tabel;
import nl.toezicht.cijfers.Vaststelling;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures page: the tables, a bar chart per sector and monthly trend lines, with filters for year,
 * period and sector. Anyone sees the approved figures of a year; staff see provisional figures of any
 * period, and analysts may switch to unrounded counts.
 */
@Controller
class CijfersViewController {

    private static final DateTimeFormatter DATUM =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);

    private final Cijferdienst dienst;
    private final Toegangsbeleid beleid;
    private final MessageSource berichten;

    CijfersViewController(Cijferdienst dienst, Toegangsbeleid beleid, MessageSource berichten) {
        this.dienst = dienst;
        this.beleid = beleid;
        this.berichten = berichten;
    }

    record Keuze(String waarde, String tekst) {}

    @GetMapping("/cijfers")
    String cijfers(
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String periode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String vorm,
            @Nullable Authentication ingelogd,
            Model model) {
        boolean medewerker = ingelogd != null
                && !(ingelogd instanceof AnonymousAuthenticationToken)
                && beleid.heeft(CijferRechten.VOORLOPIG_INZIEN);
        boolean analist = medewerker && beleid.heeft(CijferRechten.ONGEAFROND_INZIEN);
        int huidigJaar = dienst.jaar(null);
        model.addAttribute("medewerker", medewerker);
        model.addAttribute("analist", analist);
        model.addAttribute("jaren", jaren(huidigJaar));
        model.addAttribute("perioden", perioden());
        model.addAttribute("sectoren", Zorgsector.values());
        model.addAttribute("jaar", jaar == null ? String.valueOf(huidigJaar) : jaar);
        model.addAttribute("periode", periode == null ? "jaar" : periode);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("vorm", vorm == null ? Cijferset.GEPUBLICEERD : vorm);
        List<String> fouten = new ArrayList<>();
        Cijferset set = null;
        try {
            Integer j = jaar == null || jaar.isBlank() ? null : geheel(jaar);
            Zorgsector s = dienst.sector(sector);
            boolean ongeafrond = StatistiekenApiController.vorm(vorm);
            if (medewerker) {
                Periode p = dienst.periode(j, periode);
                set = dienst.voorlopig(p, dienst.vergelijk(null), s, ongeafrond && analist);
                model.addAttribute("voorlopig", true);
            } else {
                int gekozen = dienst.jaar(j);
                try {
                    set = dienst.gepubliceerd(gekozen, null, s);
                    Vaststelling.Versie versie = dienst.versie(gekozen, null);
                    model.addAttribute("versie", versie);
                    model.addAttribute("vastgesteldOp", DATUM.format(versie.vastgesteldOp()));
                    model.addAttribute("peilmoment", DATUM.format(versie.peilmoment()));
                    Integer vorige = dienst.vorigeVersie(gekozen, versie.versie());
                    if (vorige != null) {
                        model.addAttribute("vorigeVersie", vorige);
                        model.addAttribute("wijzigingen", dienst.verschil(gekozen, versie.versie()));
                    }
                } catch (NietGevonden e) {
                    model.addAttribute("geenVastgestelde", gekozen);
                }
            }
        } catch (Weigering e) {
            fouten.add(berichten.getMessage(e.berichtSleutel(), e.argumenten(), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("fouten", fouten);
        model.addAttribute("set", set);
        if (set != null) {
            boolean ongeafrond = Cijferset.ONGEAFROND.equals(set.vorm());
            model.addAttribute("ongeafrond", ongeafrond);
            model.addAttribute("staven", staven(set, ongeafrond));
            model.addAttribute(
                    "trend",
                    trend(set, sector == null || sector.isBlank() ? Cel.TOTAAL : sectorcode(sector), ongeafrond));
            model.addAttribute("trendPerSector", trendPerSector(set, ongeafrond));
        }
        return "cijfers/cijfers";
    }

    private static String sectorcode(String sector) {
        return sector.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static Integer geheel(String jaar) {
        try {
            return Integer.valueOf(jaar.trim());
        } catch (NumberFormatException e) {
            throw Weigering.opVeld("jaar", "cijfers.jaar.onbekend", jaar, 2000, "nu");
        }
    }

    private static List<Keuze> jaren(int huidig) {
        List<Keuze> jaren = new ArrayList<>();
        for (int j = huidig; j >= Cijferdienst.EERSTE_JAAR; j--) {
            jaren.add(new Keuze(String.valueOf(j), String.valueOf(j)));
        }
        return jaren;
    }

    private static List<Keuze> perioden() {
        return Periode.codes().stream()
                .map(code -> new Keuze(code, new Periode(Cijferdienst.EERSTE_JAAR, code).naam()))
                .toList();
    }

    /** Received per sector in the chosen year: the published figure (small counts as 0), or unrounded. */
    private static String staven(Cijferset set, boolean ongeafrond) {
        Tabel tabel = set.tabellen().stream()
                .filter(t -> t.id().equals("ontvangen-meldingen"))
                .findFirst()
                .orElse(null);
        if (tabel == null) {
            return "";
        }
        List<Grafieken.Staaf> staven = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            if (rij.totaal()) {
                continue;
            }
            rij.cellen().stream()
                    .filter(c -> c.grootheid().equals(Grootheid.ONTVANGEN.code()) && c.jaar() == set.jaar())
                    .findFirst()
                    .ifPresent(c -> staven.add(new Grafieken.Staaf(
                            rij.label(),
                            ongeafrond && c.waarde() != null ? c.waarde() : gepubliceerd(c),
                            ongeafrond && c.waarde() != null
                                    ? nl.toezicht.cijfers.Openbaarmakingsregels.formatteer(c.waarde())
                                    : c.tekst())));
        }
        return Grafieken.staven("Ontvangen meldingen per zorgsector, " + set.periodeOmschrijving(), staven);
    }

    private static long gepubliceerd(Cel cel) {
        return cel.markering() == Cel.Markering.GETAL
                ? Long.parseLong(cel.tekst().replace(".", ""))
                : 0;
    }

    private static final Map<String, String> SOORTEN = new LinkedHashMap<>();

    static {
        SOORTEN.put(Grootheid.ONTVANGEN.code(), "Ontvangen");
        SOORTEN.put(Grootheid.ONTVANGEN_CALAMITEIT.code(), "Waarvan calamiteit");
        SOORTEN.put(Grootheid.ONTVANGEN_ONTSLAG.code(), "Waarvan ontslag wegens disfunctioneren");
        SOORTEN.put(Grootheid.GESLOTEN.code(), "Afgesloten");
    }

    private static String trend(Cijferset set, String sector, boolean ongeafrond) {
        List<Grafieken.Lijn> lijnen = new ArrayList<>();
        List<String> maanden = List.of();
        for (Map.Entry<String, String> soort : SOORTEN.entrySet()) {
            Optional<Reeks> reeks = set.reeksen().stream()
                    .filter(r ->
                            r.grootheid().equals(soort.getKey()) && r.sector().equals(sector))
                    .findFirst();
            if (reeks.isPresent()) {
                maanden = reeks.get().maanden();
                lijnen.add(new Grafieken.Lijn(soort.getValue(), waarden(reeks.get(), ongeafrond)));
            }
        }
        if (lijnen.isEmpty()) {
            return "";
        }
        String naam = sector.equals(Cel.TOTAAL) ? "alle sectoren" : sector;
        return Grafieken.lijnen(
                "Meldingen per maand, " + naam + ", " + set.periodeOmschrijving(), maanden, lijnen, 720, 260);
    }

    private static List<Long> waarden(Reeks reeks, boolean ongeafrond) {
        return ongeafrond && reeks.waarden() != null ? reeks.waarden() : reeks.gepubliceerd();
    }

    record Klein(String sector, String svg) {}

    private List<Klein> trendPerSector(Cijferset set, boolean ongeafrond) {
        List<Klein> klein = new ArrayList<>();
        for (Reeks reeks : set.reeksen()) {
            if (!reeks.grootheid().equals(Grootheid.ONTVANGEN.code())
                    || reeks.sector().equals(Cel.TOTAAL)) {
                continue;
            }
            String naam = berichten.getMessage(
                    "zorgsector." + reeks.sector(), null, reeks.sector(), LocaleContextHolder.getLocale());
            klein.add(new Klein(
                    naam,
                    Grafieken.lijnen(
                            "Ontvangen per maand, " + naam,
                            reeks.maanden(),
                            List.of(new Grafieken.Lijn("Ontvangen", waarden(reeks, ongeafrond))),
                            340,
                            150)));
        }
        return klein;
    }
}
