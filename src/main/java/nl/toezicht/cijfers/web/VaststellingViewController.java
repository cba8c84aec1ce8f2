package nl.toezicht.cijfers.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.cijfers.Cel;
import nl.toezicht.cijfers.CijferRechten;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Rij;
import nl.toezicht.cijfers.Tabel;
import nl.toezicht.cijfers.Tabellenregister;
import nl.toezicht.cijfers.Vaststelling;
import nl.toezicht.cijfers.Vaststellingsinzage;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The figures workflow on pages (issue 13, item 12): the versions of a year, drawing up a draft, running the
 * checks with their findings linked to the cells they concern, a preview of the tables, the cells changed
 * since the last approved version, and approval by a second person. Every state change goes through {@link
 * Cijferdienst}, the same path as the API: its rights, its four eyes and its "the year has not ended" refusal
 * hold here too, and its Dutch refusal is shown above the page.
 */
@Controller
class VaststellingViewController {

    private static final DateTimeFormatter DATUM =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);

    private final Cijferdienst dienst;
    private final Vaststellingsinzage inzage;
    private final Toegangsbeleid beleid;
    private final MessageSource berichten;
    private final Tabellenregister register;

    VaststellingViewController(
            Cijferdienst dienst,
            Vaststellingsinzage inzage,
            Toegangsbeleid beleid,
            MessageSource berichten,
            Tabellenregister register) {
        this.dienst = dienst;
        this.inzage = inzage;
        this.beleid = beleid;
        this.berichten = berichten;
        this.register = register;
    }

    /** A version as a row of the list: dates written out. */
    record Versieregel(
            int versie,
            String status,
            String opgesteldDoor,
            String opgesteldOp,
            @Nullable String gecontroleerdDoor,
            @Nullable String gecontroleerdOp,
            @Nullable String vastgesteldDoor,
            @Nullable String vastgesteldOp,
            String peilmoment,
            String checksum) {

        static Versieregel van(Vaststelling.Versie v) {
            return new Versieregel(
                    v.versie(),
                    v.status(),
                    v.opgesteldDoor(),
                    datum(v.opgesteldOp()),
                    v.gecontroleerdDoor(),
                    datum(v.gecontroleerdOp()),
                    v.vastgesteldDoor(),
                    datum(v.vastgesteldOp()),
                    datum(v.peilmoment()),
                    v.checksum());
        }
    }

    /** A finding of the checks, with the id of the cell (or table) it concerns on this page, if found. */
    record Bevinding(String tekst, @Nullable String anker) {}

    private static @Nullable String datum(@Nullable Instant moment) {
        return moment == null ? null : DATUM.format(moment);
    }

    @GetMapping("/cijfers/vaststelling")
    String versies(@RequestParam(required = false) @Nullable Integer jaar, Model model) {
        List<Vaststelling.Versie> versies;
        int gekozen;
        try {
            gekozen = dienst.jaar(jaar == null ? dienst.lopendJaar() - 1 : jaar);
        } catch (Weigering e) {
            model.addAttribute("fout", bericht(e));
            gekozen = dienst.lopendJaar() - 1;
        }
        versies = inzage.versies(gekozen);
        List<Integer> jaren = new ArrayList<>();
        for (int j = dienst.lopendJaar(); j >= Cijferdienst.EERSTE_JAAR; j--) {
            jaren.add(j);
        }
        model.addAttribute("jaar", gekozen);
        model.addAttribute("jaren", jaren);
        List<Versieregel> nieuwsteEerst =
                new ArrayList<>(versies.stream().map(Versieregel::van).toList());
        java.util.Collections.reverse(nieuwsteEerst);
        model.addAttribute("versies", nieuwsteEerst);
        model.addAttribute("magOpstellen", beleid.heeft(CijferRechten.OPSTELLEN));
        model.addAttribute("lopend", gekozen >= dienst.lopendJaar());
        return "cijfers/vaststellingen";
    }

    @PostMapping("/cijfers/vaststelling/{jaar}")
    String stelOp(@PathVariable int jaar, RedirectAttributes terug) {
        try {
            Vaststelling.Versie v = dienst.stelOp(dienst.jaar(jaar));
            terug.addFlashAttribute("gelukt", bericht("cijfers.werk.gelukt.opgesteld", v.jaar(), v.versie()));
            return "redirect:/cijfers/vaststelling/" + v.jaar() + "/" + v.versie();
        } catch (Weigering e) {
            terug.addFlashAttribute("fout", bericht(e));
            return "redirect:/cijfers/vaststelling?jaar=" + jaar;
        }
    }

    @GetMapping("/cijfers/vaststelling/{jaar}/{versie}")
    String versie(@PathVariable int jaar, @PathVariable int versie, Model model, RedirectAttributes terug) {
        Vaststelling.Versie v;
        try {
            v = inzage.versie(jaar, versie);
        } catch (NietGevonden e) {
            return weg(jaar, versie, terug);
        }
        Cijferset set = inzage.cijfers(jaar, versie);
        Cijferweergave weergave = new Cijferweergave(berichten, LocaleContextHolder.getLocale(), register.regels());
        model.addAttribute("versie", Versieregel.van(v));
        model.addAttribute("jaar", jaar);
        model.addAttribute("tabellen", weergave.tabellen(set, false));
        model.addAttribute("periodeOmschrijving", weergave.periodeOmschrijving(set));
        model.addAttribute(
                "vorigeVersie", inzage.vorigeVastgesteld(jaar, versie).orElse(null));
        model.addAttribute("wijzigingen", inzage.wijzigingen(jaar, versie));
        model.addAttribute("lopend", jaar >= dienst.lopendJaar());
        model.addAttribute("magOpstellen", beleid.heeft(CijferRechten.OPSTELLEN));
        model.addAttribute("magVaststellen", beleid.heeft(CijferRechten.VASTSTELLEN));
        Object gevonden = model.getAttribute("bevindingenTekst");
        List<Bevinding> bevindingen = new ArrayList<>();
        if (gevonden instanceof List<?> lijst) {
            lijst.forEach(b -> bevindingen.add(bevinding(String.valueOf(b), set)));
        }
        model.addAttribute("bevindingen", bevindingen);
        model.addAttribute(
                "gemarkeerd",
                bevindingen.stream()
                        .map(Bevinding::anker)
                        .filter(a -> a != null)
                        .toList());
        return "cijfers/vaststelling";
    }

    @PostMapping("/cijfers/vaststelling/{jaar}/{versie}/controle")
    String controleer(@PathVariable int jaar, @PathVariable int versie, RedirectAttributes terug) {
        try {
            dienst.controleer(dienst.jaar(jaar), versie);
            terug.addFlashAttribute("gelukt", bericht("cijfers.werk.gelukt.gecontroleerd", jaar, versie));
        } catch (NietGevonden e) {
            return weg(jaar, versie, terug);
        } catch (Vaststelling.ControleMislukt e) {
            terug.addFlashAttribute(
                    "fout", bericht("cijfers.controle.mislukt", e.bevindingen().size()));
            terug.addFlashAttribute("bevindingenTekst", new ArrayList<>(e.bevindingen()));
        } catch (Weigering e) {
            terug.addFlashAttribute("fout", bericht(e));
        }
        return "redirect:/cijfers/vaststelling/" + jaar + "/" + versie;
    }

    @PostMapping("/cijfers/vaststelling/{jaar}/{versie}/vaststelling")
    String stelVast(@PathVariable int jaar, @PathVariable int versie, RedirectAttributes terug) {
        try {
            dienst.stelVast(dienst.jaar(jaar), versie);
            terug.addFlashAttribute("gelukt", bericht("cijfers.werk.gelukt.vastgesteld", jaar, versie));
        } catch (NietGevonden e) {
            return weg(jaar, versie, terug);
        } catch (Weigering e) {
            terug.addFlashAttribute("fout", bericht(e));
        }
        return "redirect:/cijfers/vaststelling/" + jaar + "/" + versie;
    }

    /**
     * A version that is not there (a new draft replaces an open one, so an old link can lead nowhere): back to
     * the year's versions with a message, after the rights were checked.
     */
    private String weg(int jaar, int versie, RedirectAttributes terug) {
        terug.addFlashAttribute("fout", bericht("cijfers.werk.versie-weg", jaar, versie));
        return "redirect:/cijfers/vaststelling?jaar=" + jaar;
    }

    private String bericht(Weigering e) {
        return berichten.getMessage(e.berichtSleutel(), e.argumenten(), LocaleContextHolder.getLocale());
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, LocaleContextHolder.getLocale());
    }

    // The checks name a place as "tabel 'T', rij 'R', kolom 'K'", "tabel 'T', rij 'R', 2021" or "tabel 'T',
    // kolom 'K'" (Consistentiecontrole): found back in the stored set, that is a cell (or a column's total).
    private static final Pattern CEL = Pattern.compile("tabel '([^']+)', rij '([^']+)', kolom '([^']+)'");
    private static final Pattern CEL_JAAR = Pattern.compile("tabel '([^']+)', rij '([^']+)', (\\d{4})");
    private static final Pattern KOLOM = Pattern.compile("tabel '([^']+)', kolom '([^']+)'");

    static Bevinding bevinding(String tekst, Cijferset set) {
        Matcher m = CEL.matcher(tekst);
        if (m.find()) {
            return new Bevinding(tekst, anker(set, m.group(1), m.group(2), k -> k.equals(m.group(3)), null));
        }
        Matcher j = CEL_JAAR.matcher(tekst);
        if (j.find()) {
            return new Bevinding(tekst, anker(set, j.group(1), j.group(2), null, Integer.valueOf(j.group(3))));
        }
        Matcher k = KOLOM.matcher(tekst);
        if (k.find()) {
            return new Bevinding(tekst, anker(set, k.group(1), null, kop -> kop.equals(k.group(2)), null));
        }
        return new Bevinding(tekst, null);
    }

    private static @Nullable String anker(
            Cijferset set,
            String titel,
            @Nullable String rijlabel,
            java.util.function.@Nullable Predicate<String> kolom,
            @Nullable Integer jaar) {
        for (Tabel t : set.tabellen()) {
            if (!t.titel().equals(titel)) {
                continue;
            }
            for (int r = 0; r < t.rijen().size(); r++) {
                Rij rij = t.rijen().get(r);
                if (rijlabel == null ? !rij.totaal() : !rij.label().equals(rijlabel)) {
                    continue;
                }
                for (int c = 0; c < rij.cellen().size(); c++) {
                    Cel cel = rij.cellen().get(c);
                    boolean raak = jaar != null
                            ? cel.jaar() == jaar
                            : kolom != null
                                    && c < t.kolomkoppen().size()
                                    && kolom.test(t.kolomkoppen().get(c));
                    if (raak) {
                        return celId(t.id(), r, c);
                    }
                }
            }
            return t.id();
        }
        return null;
    }

    static String celId(String tabel, int rij, int kolom) {
        return ("cel-" + tabel + "-" + rij + "-" + kolom).toLowerCase(Locale.ROOT);
    }
}
