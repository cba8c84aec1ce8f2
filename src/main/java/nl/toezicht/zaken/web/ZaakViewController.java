package nl.toezicht.zaken.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokgebeurtenis;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Kloksoorten;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakbehandeling;
import nl.toezicht.zaken.Zaakbrieven;
import nl.toezicht.zaken.Zaakopdracht;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: what the case holds, its timeline, and forms for exactly the steps its state allows.
 * Every form posts, and comes back to the page with what happened or why it was refused (in words).
 */
@Controller
class ZaakViewController {

    private final Zaakbehandeling behandeling;
    private final Werkbak werkbak;
    private final Meldingen meldingen;
    private final Medewerkers medewerkers;
    private final Register register;
    private final Toegangsbeleid toegang;
    private final Termijnen termijnen;
    private final Kloksoorten kloksoorten;
    private final Formulierantwoord antwoord;
    private final Zaakbrieven zaakbrieven;
    private final Zaakwerkweergave zaakwerk;
    private final Verwantweergave verwant;
    private final Meldingverwijzing verwijzing;

    ZaakViewController(
            Zaakbehandeling behandeling,
            Werkbak werkbak,
            Meldingen meldingen,
            Medewerkers medewerkers,
            Register register,
            Toegangsbeleid toegang,
            Termijnen termijnen,
            Kloksoorten kloksoorten,
            MessageSource berichten,
            Zaakbrieven zaakbrieven,
            Zaakwerkweergave zaakwerk,
            Verwantweergave verwant,
            Meldingverwijzing verwijzing) {
        this.verwant = verwant;
        this.verwijzing = verwijzing;
        this.zaakbrieven = zaakbrieven;
        this.zaakwerk = zaakwerk;
        this.behandeling = behandeling;
        this.werkbak = werkbak;
        this.meldingen = meldingen;
        this.medewerkers = medewerkers;
        this.register = register;
        this.toegang = toegang;
        this.termijnen = termijnen;
        this.kloksoorten = kloksoorten;
        this.antwoord = Formulierantwoord.bovenaan(berichten);
    }

    @GetMapping("/zaken/{id}")
    String zaak(@PathVariable UUID id, Model model) {
        Zaak zaak = behandeling.zaak(new ZaakId(id));
        List<MeldingSamenvatting> gemeld = meldingen.vind(zaak.meldingen());
        // the page reads what it shows, not the aggregate
        Zaakweergave weergave = Zaakweergave.van(zaak, termijnen.vandaag());
        model.addAttribute("zaak", weergave);
        model.addAttribute("teLaat", weergave.teLaat());
        model.addAttribute("binnenkort", weergave.binnenkort());
        model.addAttribute("meldingen", gemeld);
        model.addAttribute("zaakwerk", zaakwerk.voor(zaak));
        model.addAttribute("verwant", verwant.voor(zaak, gemeld));
        model.addAttribute("splitsing", Splitsweergave.voor(zaak, gemeld, toegang));
        model.addAttribute(
                "doorbrokenTot",
                toegang.doorbrokenTot(zaak.afdeling(), Logobject.zaak(id))
                        .map(tot -> tot.atZone(Tijdzone.NEDERLAND))
                        .orElse(null));
        model.addAttribute(
                "zorgaanbieder",
                zaak.zorgaanbieder() == null
                        ? null
                        : register.vind(zaak.zorgaanbieder())
                                .map(ZorgaanbiederSamenvatting::naam)
                                .orElse(null));
        model.addAttribute(
                "inspecteurNaam",
                zaak.inspecteur() == null
                        ? null
                        : medewerkers
                                .vind(zaak.inspecteur())
                                .map(Medewerker::naam)
                                .orElse(zaak.inspecteur()));
        List<Statuswijziging> tijdlijn = behandeling.tijdlijn(zaak);
        model.addAttribute("tijdlijn", tijdlijn);
        List<Zaakbehandeling.Klokgeschiedenis> klokken = behandeling.klokgeschiedenis(zaak);
        // people by name, not by login, on the timeline and in the clocks' history
        Map<String, String> namen = new HashMap<>();
        Stream.concat(
                        tijdlijn.stream().map(Statuswijziging::door),
                        klokken.stream()
                                .flatMap(k -> k.gebeurtenissen().stream())
                                .map(Klokgebeurtenis::door))
                .distinct()
                .forEach(door -> medewerkers.vind(door).ifPresent(m -> namen.put(door, m.naam())));
        model.addAttribute("namen", namen);
        model.addAttribute("meldingInzien", toegang.heeft(MeldingRechten.INZIEN));
        model.addAttribute("klokken", klokken);
        // the running clock and what its kind allows: grounds to suspend on, rules to extend by
        KlokStand lopend = klokken.stream()
                .map(Zaakbehandeling.Klokgeschiedenis::klok)
                .filter(k -> k.status() != Klokstatus.GESTOPT)
                .reduce((eerste, tweede) -> tweede)
                .orElse(null);
        Kloksoort kloksoort = lopend == null ? null : kloksoorten.soort(lopend.soort());
        model.addAttribute("klok", lopend);
        model.addAttribute("kloksoort", kloksoort);
        model.addAttribute("verlenging", Verlengbaarheid.van(lopend, kloksoort, klokken));
        model.addAttribute("magOpschorten", lopend != null && toegang.heeft(ZaakRechten.TERMIJN_OPSCHORTEN));
        model.addAttribute("magVerlengen", lopend != null && toegang.heeft(ZaakRechten.TERMIJN_VERLENGEN));
        model.addAttribute("transities", zaak.toegestaneTransities());
        model.addAttribute(
                "sluitredenen",
                Arrays.stream(Sluitreden.values())
                        .filter(Sluitreden::isHandmatig)
                        .toList());
        model.addAttribute(
                "inspecteurs", zaak.status().isOpen() ? medewerkers.inspecteursVan(zaak.afdeling()) : List.of());
        model.addAttribute("intake", toegang.heeft(ZaakRechten.SAMENVOEGEN));
        // analysts read only; a case opened by breaking the glass is read only too
        model.addAttribute(
                "behandelaar", toegang.heeft(ZaakRechten.BEHANDELEN) && toegang.magAfdelingZien(zaak.afdeling()));
        // who may not see the patient's identity sees no free text either (decision 0024)
        model.addAttribute("identiteit", toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN));
        model.addAttribute("dossier", zaakbrieven.dossier(zaak));
        return "zaken/zaak";
    }

    /**
     * A case that does not exist, or is outside the user's need-to-know (the same answer, so ids cannot be
     * probed). Inspectors and legal staff get the break-the-glass form with it.
     */
    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView nietGevonden(HttpServletRequest request) {
        ModelAndView pagina = new ModelAndView("zaken/niet-gevonden", HttpStatus.NOT_FOUND);
        pagina.addObject("status", 404);
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        String kenmerk = request.getParameter("kenmerk");
        if (kenmerk == null && pad.startsWith("/zaken/")) {
            kenmerk = pad.substring("/zaken/".length()).split("/")[0];
        }
        pagina.addObject("kenmerk", kenmerk == null || kenmerk.length() > 40 ? "" : kenmerk);
        pagina.addObject("doorbreken", toegang.magDoorbreken());
        return pagina;
    }

    /**
     * Break-the-glass: open a case outside one's departments by stating why (logged, reviewed by the
     * privacy officer, read access for a limited time).
     */
    @PostMapping("/zaken/doorbreken")
    String doorbreek(
            @RequestParam(defaultValue = "") String kenmerk,
            @RequestParam(defaultValue = "") String reden,
            Model model,
            HttpServletResponse response) {
        ZaakId id;
        try {
            // 403 for other roles, 422 for a missing reason: before anything is looked up
            toegang.eisDoorbreken(reden);
            id = werkbak.zaakMetKenmerk(kenmerk.length() > 40 ? "" : kenmerk)
                    .orElseThrow(() -> new NietGevonden("object.zaak", kenmerk));
            behandeling.doorbreek(id, reden);
        } catch (Weigering w) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("status", 404);
            model.addAttribute("kenmerk", kenmerk);
            model.addAttribute("reden", reden);
            model.addAttribute("doorbreken", true);
            model.addAttribute("fout", w);
            return "zaken/niet-gevonden";
        }
        return "redirect:/zaken/" + id.waarde();
    }

    @PostMapping("/zaken/{id}/statuswijzigingen")
    String statuswijziging(
            @PathVariable UUID id,
            @RequestParam String transitie,
            Zaakformulier f,
            RedirectAttributes uit,
            Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                transitie,
                (zaak, versie) -> behandeling.voerUit(
                        zaak, Zaakopdracht.Stap.lees(transitie, f.toelichting(), f.sluitreden()), versie));
    }

    @PostMapping("/zaken/{id}/termijn/opschorten")
    String opschorten(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "opschorten",
                (zaak, versie) -> behandeling.schortTermijnOp(
                        zaak, Zaakopdracht.Opschorting.lees(f.grond(), f.toelichting()), versie));
    }

    @PostMapping("/zaken/{id}/termijn/hervatten")
    String hervatten(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "hervatten",
                (zaak, versie) ->
                        behandeling.hervatTermijn(zaak, Zaakopdracht.Hervatting.lees(f.toelichting()), versie));
    }

    @PostMapping("/zaken/{id}/termijn/verlengen")
    String verlengen(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "verlengen",
                (zaak, versie) -> behandeling.verlengTermijn(
                        zaak,
                        Zaakopdracht.Verlenging.lees(f.regel(), Zaakopdracht.geheelGetal(f.lengte()), f.reden()),
                        versie));
    }

    @PostMapping("/zaken/{id}/inspecteur")
    String inspecteur(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(id, f, uit, taal, "toewijzen", (zaak, versie) -> {
            if (f.inspecteur() == null || f.inspecteur().isBlank()) {
                throw Weigering.opVeld("inspecteur", "zaak.toewijzen.verplicht");
            }
            return behandeling.wijsToe(zaak, f.inspecteur(), versie);
        });
    }

    @PostMapping("/zaken/{id}/meldingen")
    String melding(@PathVariable UUID id, Zaakformulier f, RedirectAttributes uit, Locale taal) {
        return antwoord.stap(
                id,
                f,
                uit,
                taal,
                "samenvoegen",
                (zaak, versie) ->
                        behandeling.voegMeldingToe(zaak, verwijzing.lees(f.meldingId(), "meldingId"), versie));
    }
}
