package nl.toezicht.toegang.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.toezicht.kern.Formulierveld;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Ketencontrole;
import nl.toezicht.logboek.Logitem;
import nl.toezicht.logboek.Logzoekvraag;
import nl.toezicht.logboek.Toegangslogboek;
import nl.toezicht.toegang.Doorbrekingsbeoordelingen;
import nl.toezicht.toegang.Inzageverzoeken;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The privacy officer's pages (rights {@code toegang.toegangslog-lezen} and {@code toegang.inzageverzoeken},
 * at the door and again in the services): search and export the access log, review break-the-glass accesses, verify the chain, and
 * answer a right-of-access request. A BSN is only ever posted, never put in a URL: pages link with the
 * pseudonym.
 */
@Controller
class PrivacyViewController {

    private final Toegangslogboek logboek;
    private final Ketencontrole ketencontrole;
    private final Inzageverzoeken inzageverzoeken;
    private final Doorbrekingsbeoordelingen beoordelingen;
    private final Toegangsbeleid beleid;
    private final MessageSource berichten;
    private final ZoneId zone;

    PrivacyViewController(
            Toegangslogboek logboek,
            Ketencontrole ketencontrole,
            Inzageverzoeken inzageverzoeken,
            Doorbrekingsbeoordelingen beoordelingen,
            Toegangsbeleid beleid,
            MessageSource berichten,
            Clock clock) {
        this.zone = clock.getZone();
        this.beoordelingen = beoordelingen;
        this.logboek = logboek;
        this.ketencontrole = ketencontrole;
        this.inzageverzoeken = inzageverzoeken;
        this.beleid = beleid;
        this.berichten = berichten;
    }

    /** The search form as typed; the patient may be a BSN (posted only) or a pseudonym. */
    record Zoekformulier(
            @Nullable String gebruiker,
            @Nullable String patient,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String van,
            @Nullable String tot,
            @Nullable String handeling,
            @Nullable String uitkomst,
            @Nullable Long voor) {

        boolean isLeeg() {
            return leeg(gebruiker) == null
                    && leeg(patient) == null
                    && leeg(objectType) == null
                    && leeg(objectId) == null
                    && leeg(van) == null
                    && leeg(tot) == null
                    && leeg(handeling) == null
                    && leeg(uitkomst) == null;
        }
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }

    @GetMapping("/privacy")
    String privacy() {
        return "redirect:/privacy/toegangslog";
    }

    @GetMapping("/privacy/toegangslog")
    String toegangslog(
            Zoekformulier formulier,
            @RequestParam(required = false) @Nullable String zoeken,
            Model model,
            Locale taal) {
        return zoekpagina(formulier, zoeken != null || !formulier.isLeeg(), true, model, taal);
    }

    @PostMapping("/privacy/toegangslog")
    String zoekToegangslog(Zoekformulier formulier, Model model, Locale taal) {
        return zoekpagina(formulier, true, false, model, taal);
    }

    private String zoekpagina(Zoekformulier formulier, boolean zoeken, boolean viaUrl, Model model, Locale taal) {
        beleid.eis(ToegangRechten.INZAGEVERZOEKEN);
        model.addAttribute("handelingen", Handeling.values());
        model.addAttribute("formulier", formulier);
        if (!zoeken) {
            return "toegang/privacy/toegangslog";
        }
        try {
            Logzoekvraag vraag = vraag(viaUrl ? geenBsnInUrl(formulier) : formulier);
            // the form shows the pseudonym, never the BSN that was typed
            model.addAttribute("formulier", alsFormulier(vraag));
            model.addAttribute("exportUrl", url("/privacy/toegangslog/export.csv", vraag.vanaf(null), null));
            model.addAttribute("volgendeUrl", null);
            var pagina = logboek.zoek(vraag);
            model.addAttribute("pagina", pagina);
            model.addAttribute("kenmerken", logboek.kenmerken(pagina.items()));
            if (pagina.volgende() != null) {
                model.addAttribute("volgendeUrl", url("/privacy/toegangslog", vraag, Long.valueOf(pagina.volgende())));
            }
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld());
        }
        return "toegang/privacy/toegangslog";
    }

    @GetMapping("/privacy/toegangslog/export.csv")
    void exporteer(Zoekformulier formulier, HttpServletResponse response) throws IOException {
        Logzoekvraag vraag;
        try {
            vraag = vraag(geenBsnInUrl(formulier));
        } catch (Weigering w) {
            response.sendError(422);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("toegangslog.csv")
                        .build()
                        .toString());
        Writer uit = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // the CSV printer flushes and closes the writer when it is done
        logboek.exporteer(vraag, uit);
    }

    @GetMapping("/privacy/doorbrekingen")
    String doorbrekingen(@RequestParam(required = false) @Nullable Long voor, Model model) {
        var pagina = logboek.zoek(Logzoekvraag.doorbrekingen(voor));
        model.addAttribute("pagina", pagina);
        model.addAttribute("kenmerken", logboek.kenmerken(pagina.items()));
        model.addAttribute(
                "beoordelingen",
                beoordelingen.van(
                        pagina.items().stream().map(Logitem::volgnummer).toList()));
        model.addAttribute("oordelen", Doorbrekingsbeoordelingen.Oordeel.values());
        model.addAttribute(
                "volgendeUrl", pagina.volgende() == null ? null : "/privacy/doorbrekingen?voor=" + pagina.volgende());
        return "toegang/privacy/doorbrekingen";
    }

    /** The verdict on one break-the-glass access; back to the list, with the error at that entry. */
    @PostMapping("/privacy/doorbrekingen/{volgnummer}/beoordeling")
    String beoordeel(
            @PathVariable long volgnummer,
            @RequestParam(required = false) @Nullable String oordeel,
            @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes uit,
            Locale taal) {
        try {
            beoordelingen.beoordeel(volgnummer, oordeel, toelichting);
            uit.addFlashAttribute("gelukt", berichten.getMessage("privacy.beoordeling.vastgelegd", null, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld() + "-" + volgnummer);
            uit.addFlashAttribute("foutRegel", volgnummer);
            uit.addFlashAttribute("toelichting", toelichting);
        }
        return "redirect:/privacy/doorbrekingen#doorbreking-" + volgnummer;
    }

    @GetMapping("/privacy/keten")
    String keten() {
        beleid.eis(ToegangRechten.TOEGANGSLOG_LEZEN);
        return "toegang/privacy/keten";
    }

    @PostMapping("/privacy/keten")
    String controleerKeten(Model model) {
        beleid.eis(ToegangRechten.TOEGANGSLOG_LEZEN);
        model.addAttribute("uitslag", ketencontrole.controleer());
        return "toegang/privacy/keten";
    }

    @GetMapping("/privacy/inzage")
    String inzage() {
        beleid.eis(ToegangRechten.INZAGEVERZOEKEN);
        return "toegang/privacy/inzage";
    }

    @PostMapping("/privacy/inzage")
    String inzage(@RequestParam(required = false) @Nullable String patient, Model model, Locale taal) {
        beleid.eis(ToegangRechten.INZAGEVERZOEKEN);
        try {
            String pseudoniem = inzageverzoeken.pseudoniemVan(patient, "patient");
            if (pseudoniem == null) {
                throw Weigering.opVeld("patient", "privacy.patient.verplicht");
            }
            Inzageverzoeken.Inzage inzage = inzageverzoeken.inzage(pseudoniem);
            model.addAttribute("inzage", inzage);
            model.addAttribute("onderdelen", Inzageweergave.van(inzage, berichten, taal, zone));
            model.addAttribute("kenmerken", logboek.kenmerken(inzage.toegangslog()));
        } catch (Weigering w) {
            model.addAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            model.addAttribute("foutVeld", w.veld());
        }
        return "toegang/privacy/inzage";
    }

    @PostMapping("/privacy/inzage/export")
    ResponseEntity<byte[]> inzageExport(@RequestParam String pseudoniem) {
        String p = inzageverzoeken.pseudoniemVan(pseudoniem, "pseudoniem");
        if (p == null) {
            throw Weigering.opVeld("pseudoniem", "privacy.patient.verplicht");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("inzage-" + p.substring(0, 12) + ".json")
                                .build()
                                .toString())
                .body(inzageverzoeken.alsJson(p));
    }

    /** A BSN in a URL ends up in browser histories and proxy logs: GET takes only the pseudonym. */
    private static Zoekformulier geenBsnInUrl(Zoekformulier f) {
        if (f.patient() != null && f.patient().strip().matches("[0-9 .]{9,12}")) {
            throw Weigering.opVeld("patient", "privacy.patient.bsn-niet-in-url");
        }
        return f;
    }

    private Logzoekvraag vraag(Zoekformulier f) {
        Handeling handeling = null;
        if (leeg(f.handeling()) != null) {
            try {
                handeling = Handeling.valueOf(f.handeling().strip());
            } catch (IllegalArgumentException e) {
                throw Weigering.opVeld("handeling", "privacy.handeling.ongeldig");
            }
        }
        Boolean toegestaan =
                switch (leeg(f.uitkomst()) == null ? "" : f.uitkomst().strip()) {
                    case "" -> null;
                    case "toegestaan" -> Boolean.TRUE;
                    case "geweigerd" -> Boolean.FALSE;
                    default -> throw Weigering.opVeld("uitkomst", "privacy.uitkomst.ongeldig");
                };
        LocalDate van = datum(f.van(), "van");
        LocalDate tot = datum(f.tot(), "tot");
        if (van != null && tot != null && tot.isBefore(van)) {
            throw Weigering.opVeld("tot", "privacy.periode.omgekeerd");
        }
        String objectType = leeg(f.objectType());
        return new Logzoekvraag(
                leeg(f.gebruiker()),
                inzageverzoeken.pseudoniemVan(f.patient(), "patient"),
                objectType == null ? null : objectType.toUpperCase(Locale.ROOT),
                leeg(f.objectId()),
                van,
                tot,
                handeling,
                toegestaan,
                f.voor());
    }

    private static @Nullable LocalDate datum(@Nullable String tekst, String veld) {
        return Formulierveld.datum(tekst, veld, "privacy.datum.ongeldig");
    }

    private static Zoekformulier alsFormulier(Logzoekvraag v) {
        return new Zoekformulier(
                v.gebruiker(),
                v.patientPseudoniem(),
                v.objectType(),
                v.objectId(),
                v.van() == null ? null : v.van().toString(),
                v.tot() == null ? null : v.tot().toString(),
                v.handeling() == null ? null : v.handeling().name(),
                v.toegestaan() == null ? null : v.toegestaan() ? "toegestaan" : "geweigerd",
                null);
    }

    private static String url(String pad, Logzoekvraag vraag, @Nullable Long voor) {
        Zoekformulier f = alsFormulier(vraag);
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        params.put("gebruiker", f.gebruiker());
        params.put("patient", f.patient());
        params.put("objectType", f.objectType());
        params.put("objectId", f.objectId());
        params.put("van", f.van());
        params.put("tot", f.tot());
        params.put("handeling", f.handeling());
        params.put("uitkomst", f.uitkomst());
        params.put("voor", voor);
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(pad).queryParam("zoeken", "1");
        params.forEach((k, w) -> {
            if (w != null) {
                b.queryParam(k, w);
            }
        });
        return b.encode().build().toUriString();
    }

    static @Nullable String leeg(@Nullable String tekst) {
        return Formulierveld.leeg(tekst);
    }
}
