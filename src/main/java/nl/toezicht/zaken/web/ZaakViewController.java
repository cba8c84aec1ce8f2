package nl.toezicht.zaken.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: what the case holds, its timeline, and forms for exactly the steps its state allows.
 * Every form posts, and comes back to the page with what happened or why it was refused (in words).
 */
@Controller
class ZaakViewController {

    private final Zaakbehandeling behandeling;
    private final Meldingen meldingen;
    private final Medewerkers medewerkers;
    private final Register register;
    private final Toegangsbeleid toegang;
    private final Termijnen termijnen;
    private final MessageSource berichten;

    ZaakViewController(
            Zaakbehandeling behandeling,
            Meldingen meldingen,
            Medewerkers medewerkers,
            Register register,
            Toegangsbeleid toegang,
            Termijnen termijnen,
            MessageSource berichten) {
        this.behandeling = behandeling;
        this.meldingen = meldingen;
        this.medewerkers = medewerkers;
        this.register = register;
        this.toegang = toegang;
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    @GetMapping("/zaken/{id}")
    String zaak(@PathVariable UUID id, Model model) {
        Zaak zaak = behandeling.zaak(new ZaakId(id));
        List<MeldingSamenvatting> gemeld = meldingen.vind(zaak.meldingen());
        model.addAttribute("zaak", zaak);
        model.addAttribute("teLaat", zaak.isTeLaat(termijnen.vandaag()));
        model.addAttribute(
                "binnenkort",
                !zaak.isTeLaat(termijnen.vandaag())
                        && zaak.termijn() != null
                        && !zaak.termijn().datum().isAfter(termijnen.vandaag().plusDays(7)));
        model.addAttribute("meldingen", gemeld);
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
        model.addAttribute("transities", zaak.toegestaneTransities());
        model.addAttribute(
                "sluitredenen",
                Arrays.stream(Sluitreden.values())
                        .filter(Sluitreden::isHandmatig)
                        .toList());
        model.addAttribute(
                "inspecteurs", zaak.status().isOpen() ? medewerkers.inspecteursVan(zaak.afdeling()) : List.of());
        model.addAttribute("intake", toegang.isIntake());
        return "zaken/zaak";
    }

    @PostMapping("/zaken/{id}/statuswijzigingen")
    String statuswijziging(
            @PathVariable UUID id,
            @RequestParam String transitie,
            @RequestParam(required = false) @Nullable String toelichting,
            @RequestParam(required = false) @Nullable String sluitreden,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(id, uit, taal, transitie, () -> {
            Transitie stap = alsEnum(Transitie.class, transitie, "transitie", "zaak.transitie.verplicht");
            if (toelichting != null && toelichting.length() > 2000) {
                throw Weigering.opVeld("toelichting", "zaak.toelichting.te-lang");
            }
            Sluitreden reden = sluitreden == null || sluitreden.isBlank() || stap != Transitie.SLUIT
                    ? null
                    : alsEnum(Sluitreden.class, sluitreden, "sluitreden", "zaak.sluitreden.verplicht");
            behandeling.voerUit(new ZaakId(id), stap, toelichting, reden, versie);
        });
    }

    @PostMapping("/zaken/{id}/inspecteur")
    String inspecteur(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String inspecteur,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(id, uit, taal, "toewijzen", () -> {
            if (inspecteur == null || inspecteur.isBlank()) {
                throw Weigering.opVeld("inspecteur", "zaak.toewijzen.verplicht");
            }
            behandeling.wijsToe(new ZaakId(id), inspecteur, versie);
        });
    }

    @PostMapping("/zaken/{id}/meldingen")
    String melding(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String meldingId,
            @RequestParam(required = false) @Nullable Long versie,
            RedirectAttributes uit,
            Locale taal) {
        return uitvoeren(id, uit, taal, "samenvoegen", () -> {
            UUID melding;
            try {
                melding = UUID.fromString(meldingId == null ? "" : meldingId.strip());
            } catch (IllegalArgumentException e) {
                throw Weigering.opVeld("meldingId", "zaak.samenvoegen.melding-verplicht");
            }
            behandeling.voegMeldingToe(new ZaakId(id), new MeldingId(melding), versie);
        });
    }

    private String uitvoeren(UUID id, RedirectAttributes uit, Locale taal, String formulier, Runnable actie) {
        try {
            actie.run();
            uit.addFlashAttribute("gelukt", berichten.getMessage("zaak.opgeslagen", null, taal));
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", w.veld());
            uit.addFlashAttribute("foutFormulier", formulier);
        } catch (nl.toezicht.kern.NietGevonden n) {
            uit.addFlashAttribute("fout", berichten.getMessage("probleem.niet-gevonden", null, taal));
            uit.addFlashAttribute("foutFormulier", formulier);
        }
        return "redirect:/zaken/" + id;
    }

    private static <E extends Enum<E>> E alsEnum(Class<E> soort, String waarde, String veld, String sleutel) {
        try {
            return Enum.valueOf(soort, waarde);
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, sleutel);
        }
    }
}
