package nl.toezicht.cijfers.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.toezicht.cijfers.Cel;
import nl.toezicht.cijfers.CijferRechten;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Reeks;
import nl.toezicht.cijfers.Rij;
import nl.toezicht.cijfers.Tabel;
import nl.toezicht.cijfers.Tabellenregister;
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
 * period and sector. Anyone sees the approved figures of a year (the years that have some, the latest
 * first); staff see provisional figures of any period, and analysts may switch to unrounded counts. Every
 * word and number in the reader's language ({@link Cijferweergave}).
 */
@Controller
class CijfersViewController {

    private static final DateTimeFormatter DATUM =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);

    private final Cijferdienst dienst;
    private final Toegangsbeleid beleid;
    private final MessageSource berichten;
    private final Tabellenregister register;
    private final nl.toezicht.cijfers.Vaststellingsinzage inzage;

    CijfersViewController(
            Cijferdienst dienst,
            Toegangsbeleid beleid,
            MessageSource berichten,
            Tabellenregister register,
            nl.toezicht.cijfers.Vaststellingsinzage inzage) {
        this.inzage = inzage;
        this.dienst = dienst;
        this.beleid = beleid;
        this.berichten = berichten;
        this.register = register;
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
        Cijferweergave weergave = new Cijferweergave(berichten, LocaleContextHolder.getLocale(), register.regels());
        int lopendJaar = dienst.lopendJaar();
        // the public sees approved years only: the latest by default, never the year still running
        // (a running year approved before approval waited for the year's end is not offered either)
        List<Integer> vastgesteld = medewerker
                ? List.of()
                : dienst.vastgesteldeJaren().stream()
                        .filter(j -> j < lopendJaar)
                        .toList();
        int standaardJaar = medewerker ? lopendJaar : vastgesteld.isEmpty() ? lopendJaar - 1 : vastgesteld.get(0);
        String gekozenJaar = jaar == null || jaar.isBlank() ? String.valueOf(standaardJaar) : jaar.trim();
        model.addAttribute("medewerker", medewerker);
        // the analyst starts here: a link to the versions waiting for checks or approval (issue 13, item 12)
        model.addAttribute("openVersies", medewerker && inzage.betrokken() ? inzage.openVersies() : null);
        model.addAttribute("analist", analist);
        model.addAttribute("jaren", medewerker ? jaren(lopendJaar) : jaren(vastgesteld, standaardJaar, gekozenJaar));
        model.addAttribute("perioden", perioden(weergave));
        model.addAttribute("sectoren", Zorgsector.values());
        model.addAttribute("jaar", gekozenJaar);
        model.addAttribute("periode", periode == null ? "jaar" : periode);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("vorm", vorm == null ? Cijferset.GEPUBLICEERD : vorm);
        List<String> fouten = new ArrayList<>();
        Cijferset set = null;
        try {
            Integer j = geheel(gekozenJaar);
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
            model.addAttribute("periodeOmschrijving", weergave.periodeOmschrijving(set));
            model.addAttribute("tabellen", weergave.tabellen(set, ongeafrond));
            model.addAttribute("staven", staven(set, ongeafrond, weergave));
            model.addAttribute(
                    "trend",
                    trend(
                            set,
                            sector == null || sector.isBlank() ? Cel.TOTAAL : sectorcode(sector),
                            ongeafrond,
                            weergave));
            model.addAttribute("trendPerSector", trendPerSector(set, ongeafrond, weergave));
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

    /** The approved years, newest first, with the default and the one asked for (so the list shows it). */
    private static List<Keuze> jaren(List<Integer> vastgesteld, int standaard, String gekozen) {
        TreeSet<String> jaren = new TreeSet<>(java.util.Comparator.reverseOrder());
        vastgesteld.forEach(j -> jaren.add(String.valueOf(j)));
        jaren.add(String.valueOf(standaard));
        if (gekozen.matches("\\d{4}")) {
            jaren.add(gekozen);
        }
        return jaren.stream().map(j -> new Keuze(j, j)).toList();
    }

    private static List<Keuze> perioden(Cijferweergave weergave) {
        return Periode.codes().stream()
                .map(code -> new Keuze(code, weergave.periodenaam(code)))
                .toList();
    }

    /** Received per sector in the chosen year: the published figure (small counts as 0), or unrounded. */
    private static String staven(Cijferset set, boolean ongeafrond, Cijferweergave weergave) {
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
                            weergave.sector(rij.sleutel(), rij.label()),
                            ongeafrond && c.waarde() != null ? c.waarde() : gepubliceerd(c),
                            ongeafrond && c.waarde() != null ? weergave.getal(c.waarde()) : weergave.celtekst(c))));
        }
        return Grafieken.staven(
                weergave.tekst(
                        "cijfers.grafiek.staven.titel",
                        "Ontvangen meldingen per zorgsector",
                        weergave.periodeOmschrijving(set)),
                staven);
    }

    private static long gepubliceerd(Cel cel) {
        return cel.markering() == Cel.Markering.GETAL
                ? Long.parseLong(cel.tekst().replace(".", ""))
                : 0;
    }

    /** The measures drawn as trend lines, in the order of the legend. */
    private static final List<Grootheid> SOORTEN = List.of(
            Grootheid.ONTVANGEN, Grootheid.ONTVANGEN_CALAMITEIT, Grootheid.ONTVANGEN_ONTSLAG, Grootheid.GESLOTEN);

    private static String trend(Cijferset set, String sector, boolean ongeafrond, Cijferweergave weergave) {
        List<Grafieken.Lijn> lijnen = new ArrayList<>();
        List<String> maanden = List.of();
        for (Grootheid soort : SOORTEN) {
            Optional<Reeks> reeks = set.reeksen().stream()
                    .filter(r ->
                            r.grootheid().equals(soort.code()) && r.sector().equals(sector))
                    .findFirst();
            if (reeks.isPresent()) {
                maanden = reeks.get().maanden();
                lijnen.add(new Grafieken.Lijn(
                        weergave.tekst("cijfers.grafiek.lijn." + soort.code(), soort.naam()),
                        waarden(reeks.get(), ongeafrond)));
            }
        }
        if (lijnen.isEmpty()) {
            return "";
        }
        String naam = sector.equals(Cel.TOTAAL)
                ? weergave.tekst("cijfers.grafiek.alle-sectoren", "alle sectoren")
                : weergave.sector(sector, sector);
        return Grafieken.lijnen(
                weergave.tekst(
                        "cijfers.grafiek.trend.titel", "Meldingen per maand", naam, weergave.periodeOmschrijving(set)),
                as(maanden, weergave),
                lijnen,
                720,
                260);
    }

    private static Grafieken.As as(List<String> maanden, Cijferweergave weergave) {
        return new Grafieken.As(
                maanden.stream().map(m -> weergave.maand(m, true)).toList(),
                maanden.stream().map(m -> weergave.maand(m, false)).toList(),
                weergave::getal);
    }

    private static List<Long> waarden(Reeks reeks, boolean ongeafrond) {
        return ongeafrond && reeks.waarden() != null ? reeks.waarden() : reeks.gepubliceerd();
    }

    record Klein(String sector, String svg) {}

    private static List<Klein> trendPerSector(Cijferset set, boolean ongeafrond, Cijferweergave weergave) {
        List<Klein> klein = new ArrayList<>();
        String ontvangen = weergave.tekst("cijfers.grafiek.lijn." + Grootheid.ONTVANGEN.code(), "Ontvangen");
        for (Reeks reeks : set.reeksen()) {
            if (!reeks.grootheid().equals(Grootheid.ONTVANGEN.code())
                    || reeks.sector().equals(Cel.TOTAAL)) {
                continue;
            }
            String naam = weergave.sector(reeks.sector(), reeks.sector());
            klein.add(new Klein(
                    naam,
                    Grafieken.lijnen(
                            weergave.tekst("cijfers.grafiek.klein.titel", "Ontvangen per maand", naam),
                            as(reeks.maanden(), weergave),
                            List.of(new Grafieken.Lijn(ontvangen, waarden(reeks, ongeafrond))),
                            340,
                            150)));
        }
        return klein;
    }
}
