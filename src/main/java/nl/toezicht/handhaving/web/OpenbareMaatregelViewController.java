package nl.toezicht.handhaving.web;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.handhaving.Maatregelpublicatie;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of measures (no login, decision 0103): the search of published decisions by provider, place,
 * kind and year, the page per provider, and the public PDF with its checksum. Nothing that is not public: a
 * decision still waiting, held back by the check or withdrawn is neither listed nor served.
 */
@Controller
class OpenbareMaatregelViewController {

    private final Maatregelpublicatie publicatie;
    private final Register register;
    private final MessageSource berichten;

    OpenbareMaatregelViewController(Maatregelpublicatie publicatie, Register register, MessageSource berichten) {
        this.publicatie = publicatie;
        this.register = register;
        this.berichten = berichten;
    }

    /** What the search form and the API take: the fields as typed, refused on the field that is wrong. */
    static Maatregelpublicatie.Zoekvraag vraag(
            @Nullable UUID zorgaanbieder,
            @Nullable String naam,
            @Nullable String plaats,
            @Nullable String soort,
            @Nullable String jaar) {
        Integer j = Formulierveld.getal(jaar, "jaar", "openbaremaatregelen.jaar-ongeldig");
        if (j != null && (j < 1900 || j > 9999)) {
            throw Weigering.opVeld("jaar", "openbaremaatregelen.jaar-ongeldig");
        }
        Maatregelsoort s =
                Formulierveld.keuze(Maatregelsoort.class, soort, "soort", "openbaremaatregelen.soort-onbekend");
        return new Maatregelpublicatie.Zoekvraag(
                zorgaanbieder, Formulierveld.leeg(naam), Formulierveld.leeg(plaats), s, j);
    }

    static int paginanummer(@Nullable String pagina) {
        Integer p = Formulierveld.getal(pagina, "pagina", "openbaremaatregelen.pagina-ongeldig");
        if (p != null && p < 1) {
            throw Weigering.opVeld("pagina", "openbaremaatregelen.pagina-ongeldig");
        }
        return p == null ? 1 : p;
    }

    @GetMapping("/openbaar/maatregelen")
    String zoek(
            @RequestParam(required = false) @Nullable String zorgaanbieder,
            @RequestParam(required = false) @Nullable String plaats,
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String pagina,
            Model model,
            Locale taal) {
        model.addAttribute("zorgaanbieder", zorgaanbieder);
        model.addAttribute("plaats", plaats);
        model.addAttribute("soort", soort);
        model.addAttribute("jaar", jaar);
        model.addAttribute("soorten", publicatie.soorten());
        try {
            Maatregelpublicatie.Zoekvraag vraag = vraag(null, zorgaanbieder, plaats, soort, jaar);
            int nummer = paginanummer(pagina);
            vul(model, publicatie.zoek(vraag, nummer), nummer);
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld());
        }
        return "handhaving/openbaar-zoeken";
    }

    @GetMapping("/openbaar/maatregelen/zorgaanbieders/{id}")
    String zorgaanbieder(
            @PathVariable("id") UUID zorgaanbieder,
            @RequestParam(required = false) @Nullable String pagina,
            Model model,
            Locale taal) {
        ZorgaanbiederSamenvatting aanbieder = register.vind(new ZorgaanbiederId(zorgaanbieder))
                .orElseThrow(() -> new NietGevonden("object.zorgaanbieder", zorgaanbieder));
        model.addAttribute("aanbieder", aanbieder);
        try {
            int nummer = paginanummer(pagina);
            vul(model, publicatie.zoek(vraag(zorgaanbieder, null, null, null, null), nummer), nummer);
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld());
        }
        return "handhaving/openbaar";
    }

    @GetMapping("/openbaar/maatregelen/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") UUID maatregel) {
        return pdfAntwoord(publicatie.openbarePdf(maatregel), "besluit-" + maatregel + ".pdf");
    }

    private static void vul(Model model, Pagina<Maatregelpublicatie.Openbaar> resultaten, int nummer) {
        model.addAttribute("resultaten", resultaten);
        model.addAttribute("paginanummer", nummer);
        model.addAttribute(
                "paginas",
                Pagina.paginas(
                        resultaten.totaal() == null ? 0 : resultaten.totaal(), Maatregelpublicatie.PAGINAGROOTTE));
    }

    /** The public PDF, inline, with its SHA-256 in {@code Repr-Digest} (RFC 9530). */
    static ResponseEntity<byte[]> pdfAntwoord(byte[] pdf, String naam) {
        String sha256 = Bestandskeuring.sha256(pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(naam).build().toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .body(pdf);
    }
}
