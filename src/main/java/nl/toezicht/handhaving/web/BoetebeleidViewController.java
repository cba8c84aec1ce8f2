package nl.toezicht.handhaving.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toezicht.handhaving.Boetebeleid;
import nl.toezicht.handhaving.Boetebeleidsversies;
import nl.toezicht.handhaving.Handhaving;
import nl.toezicht.handhaving.HandhavingRechten;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fine policy table (decision 0094): every version with its categories and reductions, which is in force
 * today and which fines were computed from; the administrator adds a new version from a copy of the one in force.
 * A version is never changed: the page offers no edit, the database refuses one.
 */
@Controller
class BoetebeleidViewController {

    private static final String SCHEIDING = ";";

    private final Boetebeleidsversies versies;
    private final Handhaving handhaving;
    private final Toegangsbeleid toegang;
    private final MessageSource berichten;

    BoetebeleidViewController(
            Boetebeleidsversies versies, Handhaving handhaving, Toegangsbeleid toegang, MessageSource berichten) {
        this.versies = versies;
        this.handhaving = handhaving;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    @GetMapping("/handhaving/boetebeleid")
    String versies(Model model) {
        List<Boetebeleid> alle = versies.versies();
        Boetebeleid nu = versies.geldigOp(handhaving.vandaag()).orElse(null);
        model.addAttribute("versies", alle);
        model.addAttribute("geldend", nu == null ? null : nu.versie());
        model.addAttribute("gebruikt", versies.gebruikt());
        boolean mag = toegang.heeft(HandhavingRechten.BOETEBELEID_VASTSTELLEN);
        model.addAttribute("magVaststellen", mag);
        if (mag && !model.containsAttribute("ingevuld")) {
            model.addAttribute(
                    "ingevuld",
                    Map.of(
                            "geldigVanaf",
                            "",
                            "omschrijving",
                            "",
                            "categorieen",
                            nu == null ? "" : regels(nu.categorieen()),
                            "matigingen",
                            nu == null ? "" : matigingregels(nu.matigingen())));
        }
        return "handhaving/boetebeleid";
    }

    @PostMapping("/handhaving/boetebeleid")
    String stelVast(@RequestParam Map<String, String> formulier, RedirectAttributes uit, Locale taal) {
        try {
            Boetebeleid b = versies.stelVast(new Boetebeleidsversies.NieuweVersie(
                    Formulierveld.datum(formulier.get("geldigVanaf"), "geldigVanaf", "maatregel.datum.ongeldig"),
                    formulier.get("omschrijving"),
                    categorieen(formulier.get("categorieen")),
                    matigingen(formulier.get("matigingen"))));
            uit.addFlashAttribute(
                    "gelukt", berichten.getMessage("boetebeleid.vastgesteld", new Object[] {b.versie()}, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld());
            uit.addFlashAttribute("ingevuld", formulier);
        }
        return "redirect:/handhaving/boetebeleid";
    }

    /** Lines "number; description; base amount" (the amount as typed: "1.500,00" or "1500.00"). */
    static List<Boetebeleid.Categorie> categorieen(@Nullable String tekst) {
        List<Boetebeleid.Categorie> uit = new ArrayList<>();
        for (String[] delen : regels(tekst, "categorieen")) {
            Integer nummer = Formulierveld.getal(delen[0], "categorieen", "boetebeleid.regel.ongeldig");
            BigDecimal bedrag = MaatregelViewController.bedrag(delen[2], "categorieen");
            if (nummer == null || bedrag == null) {
                throw Weigering.opVeld("categorieen", "boetebeleid.regel.ongeldig");
            }
            uit.add(new Boetebeleid.Categorie(nummer, delen[1].strip(), bedrag));
        }
        return uit;
    }

    /** Lines "CODE; description; percentage". */
    static List<Boetebeleid.Matiging> matigingen(@Nullable String tekst) {
        List<Boetebeleid.Matiging> uit = new ArrayList<>();
        for (String[] delen : regels(tekst, "matigingen")) {
            BigDecimal percentage = MaatregelViewController.bedrag(delen[2].replace("%", ""), "matigingen");
            if (percentage == null) {
                throw Weigering.opVeld("matigingen", "boetebeleid.regel.ongeldig");
            }
            uit.add(new Boetebeleid.Matiging(delen[0].strip(), delen[1].strip(), percentage));
        }
        return uit;
    }

    private static List<String[]> regels(@Nullable String tekst, String veld) {
        if (tekst == null) {
            return List.of();
        }
        List<String[]> uit = new ArrayList<>();
        for (String regel : tekst.split("\\R")) {
            if (regel.isBlank()) {
                continue;
            }
            String[] delen = regel.split(SCHEIDING, -1);
            if (delen.length != 3) {
                throw Weigering.opVeld(veld, "boetebeleid.regel.ongeldig");
            }
            uit.add(delen);
        }
        return uit;
    }

    private static String regels(List<Boetebeleid.Categorie> categorieen) {
        return categorieen.stream()
                .map(c -> c.categorie() + SCHEIDING + " " + c.omschrijving() + SCHEIDING + " "
                        + c.basisbedrag().toPlainString())
                .collect(Collectors.joining("\n"));
    }

    private static String matigingregels(List<Boetebeleid.Matiging> matigingen) {
        return matigingen.stream()
                .map(m -> m.code() + SCHEIDING + " " + m.omschrijving() + SCHEIDING + " "
                        + m.percentage().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
    }
}
