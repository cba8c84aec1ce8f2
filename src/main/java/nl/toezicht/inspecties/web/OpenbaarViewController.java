package nl.toezicht.inspecties.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.inspecties.Openbaarmaking;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages (no login): the search of published inspection reports, and the page per provider with its
 * published reports, their PDFs and checksums.
 * Nothing unpublished: a draft or a final report not yet published is not listed and its PDF is not found.
 */
@Controller
class OpenbaarViewController {

    private final Rapportage rapportage;
    private final Openbaarmaking openbaarmaking;
    private final Register register;
    private final Uitkomst uitkomst;

    OpenbaarViewController(Rapportage rapportage, Openbaarmaking openbaarmaking, Register register, Uitkomst uitkomst) {
        this.rapportage = rapportage;
        this.openbaarmaking = openbaarmaking;
        this.register = register;
        this.uitkomst = uitkomst;
    }

    /**
     * The public search of published reports by provider name, municipality, sector and year (each optional), a
     * numbered page at a time. A year that is not a number is refused on its field; the list is then empty.
     */
    @GetMapping("/openbaar/inspectierapporten")
    String zoek(
            @RequestParam(required = false) @Nullable String zorgaanbieder,
            @RequestParam(required = false) @Nullable String gemeente,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(defaultValue = "1") int pagina,
            Model model,
            Locale taal) {
        model.addAttribute("zorgaanbieder", zorgaanbieder);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("sector", sector);
        model.addAttribute("jaar", jaar);
        model.addAttribute("sectoren", Zorgsector.values());
        try {
            Openbaarmaking.Zoekvraag vraag = new Openbaarmaking.Zoekvraag(
                    Formulierveld.leeg(zorgaanbieder),
                    Formulierveld.leeg(gemeente),
                    Formulierveld.keuze(Zorgsector.class, sector, "sector", "openbaar.zoek.sector-onbekend"),
                    Formulierveld.getal(jaar, "jaar", "openbaar.zoek.jaar-ongeldig"));
            Pagina<Openbaarmaking.Vindplaats> resultaten = openbaarmaking.zoek(vraag, pagina);
            model.addAttribute("resultaten", resultaten);
            model.addAttribute("paginanummer", Math.max(1, pagina));
            model.addAttribute(
                    "paginas",
                    Pagina.paginas(
                            resultaten.totaal() == null ? 0 : resultaten.totaal(), Openbaarmaking.PAGINAGROOTTE));
        } catch (Weigering w) {
            model.addAttribute("fout", uitkomst.tekst(w, taal));
            model.addAttribute("foutVeld", w.veld());
        }
        return "inspecties/openbaar-zoeken";
    }

    @GetMapping("/openbaar/inspectierapporten/{id}")
    String pagina(@PathVariable("id") UUID zorgaanbieder, Model model) {
        ZorgaanbiederSamenvatting aanbieder = register.vind(new ZorgaanbiederId(zorgaanbieder))
                .orElseThrow(() -> new NietGevonden("object.zorgaanbieder", zorgaanbieder));
        model.addAttribute("zorgaanbieder", aanbieder);
        model.addAttribute("rapporten", rapportage.gepubliceerd(zorgaanbieder));
        return "inspecties/openbaar";
    }

    @GetMapping("/openbaar/inspectierapporten/{id}/{activiteit}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") UUID zorgaanbieder, @PathVariable UUID activiteit) {
        return RapportViewController.pdfAntwoord(
                rapportage.gepubliceerdePdf(zorgaanbieder, activiteit), "inspectierapport-" + activiteit + ".pdf");
    }
}
