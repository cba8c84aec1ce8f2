package nl.toezicht.zaken.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.zaken.Bulkbewerking;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions from the work queue (issue 13 item 7), without script: the queue's form names the cases ticked (or
 * all of the page) and the action; a confirmation page says how many cases and what will happen, with a new
 * idempotency key; confirming does it and shows per case what was done and what was refused and why. Sending the
 * confirmation twice (a double click, a reload) does nothing twice.
 */
@Controller
class WerkbakBulkViewController {

    private final Bulkbewerking bulk;
    private final Medewerkers medewerkers;
    private final MessageSource berichten;

    WerkbakBulkViewController(Bulkbewerking bulk, Medewerkers medewerkers, MessageSource berichten) {
        this.bulk = bulk;
        this.medewerkers = medewerkers;
        this.berichten = berichten;
    }

    /** The form's fields: each action sends the one it needs, the command reads and checks what it uses. */
    record Bulkformulier(
            @Nullable String actie,
            @Nullable List<UUID> zaak,
            @Nullable List<UUID> pagina,
            @Nullable Boolean allesOpPagina,
            @Nullable String inspecteur,
            @Nullable String afdeling,
            @Nullable String tekst,
            @Nullable String sleutel,
            @Nullable String terug) {

        List<UUID> gekozen() {
            List<UUID> zaken = new ArrayList<>();
            if (Boolean.TRUE.equals(allesOpPagina) && pagina != null) {
                zaken.addAll(pagina);
            }
            if (zaak != null) {
                zaken.addAll(zaak);
            }
            return zaken;
        }

        /** Back to the view the cases were chosen in; only a work-queue link of our own. */
        String terugNaar() {
            return terug != null && terug.startsWith("/werkbak") && !terug.startsWith("//") && terug.length() < 500
                    ? terug
                    : "/werkbak";
        }
    }

    /** What the confirmation page shows about the action: the inspector by name, the department, the note. */
    public record Beschrijving(String actie, @Nullable String naar) {}

    @PostMapping("/werkbak/bulk/bevestigen")
    String bevestig(Bulkformulier f, Model model, RedirectAttributes uit, Locale taal) {
        Bulkbewerking.Opdracht opdracht = lees(f, UUID.randomUUID().toString(), uit, taal);
        if (opdracht == null) {
            return "redirect:" + f.terugNaar();
        }
        bulk.eis(opdracht.actie());
        model.addAttribute("opdracht", opdracht);
        Beschrijving beschrijving = beschrijving(opdracht, taal);
        model.addAttribute("actieNaam", beschrijving.actie());
        model.addAttribute("actieNaar", beschrijving.naar());
        model.addAttribute("terug", f.terugNaar());
        return "zaken/bulk";
    }

    @PostMapping("/werkbak/bulk")
    String voerUit(Bulkformulier f, Model model, RedirectAttributes uit, Locale taal) {
        Bulkbewerking.Opdracht opdracht = lees(f, f.sleutel(), uit, taal);
        if (opdracht == null) {
            return "redirect:" + f.terugNaar();
        }
        Bulkbewerking.Verslag verslag = bulk.voerUit(opdracht);
        model.addAttribute("opdracht", opdracht);
        Beschrijving beschrijving = beschrijving(opdracht, taal);
        model.addAttribute("actieNaam", beschrijving.actie());
        model.addAttribute("actieNaar", beschrijving.naar());
        model.addAttribute("verslag", verslag);
        model.addAttribute(
                "redenen",
                verslag.uitkomsten().stream()
                        .map(u -> u.weigering() == null
                                ? ""
                                : berichten.getMessage(
                                        u.weigering().berichtSleutel(),
                                        u.weigering().argumenten(),
                                        taal))
                        .toList());
        model.addAttribute("terug", f.terugNaar());
        return "zaken/bulk";
    }

    /** The batch the form asks for, or null when refused: then back to the work queue with why, at its field. */
    private Bulkbewerking.@Nullable Opdracht lees(
            Bulkformulier f, @Nullable String sleutel, RedirectAttributes uit, Locale taal) {
        try {
            return Bulkbewerking.Opdracht.lees(
                    sleutel, f.actie(), f.gekozen(), f.inspecteur(), f.afdeling(), f.tekst());
        } catch (Weigering w) {
            uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
            uit.addFlashAttribute("foutVeld", "bulk-" + (w.veld() == null ? "actie" : w.veld()));
            return null;
        }
    }

    private Beschrijving beschrijving(Bulkbewerking.Opdracht opdracht, Locale taal) {
        String actie = berichten.getMessage(opdracht.actie().berichtSleutel(), null, taal);
        String naar = switch (opdracht.actie()) {
            case TOEWIJZEN -> {
                String login = java.util.Objects.requireNonNull(opdracht.inspecteur());
                yield medewerkers.vind(login).map(m -> m.naam()).orElse(login);
            }
            case OVERDRAGEN ->
                berichten.getMessage(
                        java.util.Objects.requireNonNull(opdracht.afdeling())
                                .afdeling()
                                .berichtSleutel(),
                        null,
                        taal);
            case NOTEREN -> java.util.Objects.requireNonNull(opdracht.notitie()).tekst();
        };
        return new Beschrijving(actie, naar);
    }
}
