package nl.toezicht.inspecties.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Bevinding;
import nl.toezicht.inspecties.Hercontroles;
import nl.toezicht.inspecties.InspectieRechten;
import nl.toezicht.inspecties.Kaderinhoud;
import nl.toezicht.inspecties.Openbaarmaking;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Rapport;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.inspecties.Toetsingskaders;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Veldwerk;
import nl.toezicht.inspecties.Verbeterplannen;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspectorate's report page of an activity (docs/inspecties.md "The report"): the draft per norm, review by
 * a second inspector, the provider's view, the final PDF with its checksum, the anonymisation check, publication.
 */
@Controller
class RapportViewController {

    private final Planning planning;
    private final Rapportage rapportage;
    private final Openbaarmaking openbaarmaking;
    private final Veldwerk veldwerk;
    private final Toetsingskaders kaders;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Uitkomst uitkomst;
    private final MessageSource berichten;
    private final Verbeterplannen verbeterplannen;
    private final Hercontroles hercontroles;

    RapportViewController(
            Planning planning,
            Rapportage rapportage,
            Openbaarmaking openbaarmaking,
            Veldwerk veldwerk,
            Toetsingskaders kaders,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Uitkomst uitkomst,
            MessageSource berichten,
            Verbeterplannen verbeterplannen,
            Hercontroles hercontroles) {
        this.planning = planning;
        this.rapportage = rapportage;
        this.openbaarmaking = openbaarmaking;
        this.veldwerk = veldwerk;
        this.kaders = kaders;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.uitkomst = uitkomst;
        this.berichten = berichten;
        this.verbeterplannen = verbeterplannen;
        this.hercontroles = hercontroles;
    }

    @GetMapping("/inspecties/activiteiten/{id}/rapport")
    String rapport(@PathVariable UUID id, Model model) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        model.addAttribute("activiteit", activiteit);
        Rapport rapport = rapportage.rapport(activiteit).orElse(null);
        model.addAttribute("rapport", rapport);
        model.addAttribute(
                "kader", activiteit.kaderversieId() == null ? null : kaders.versie(activiteit.kaderversieId()));
        Map<String, Bevinding> bevindingen = new HashMap<>();
        veldwerk.bevindingen(activiteit).forEach(b -> bevindingen.put(b.normCode(), b));
        model.addAttribute("bevindingen", bevindingen);
        String ik = toegang.ik().gebruikersnaam();
        boolean vanAfdeling = toegang.ik().werktBij(activiteit.afdeling());
        boolean inTeam = activiteit.team().contains(ik) && vanAfdeling;
        boolean rapporteur = inTeam && toegang.heeft(InspectieRechten.RAPPORTEREN);
        Activiteitstatus status = activiteit.status();
        model.addAttribute("magOpstellen", rapporteur && status == Activiteitstatus.VELDWERK_AFGEROND);
        model.addAttribute("magBewerken", rapporteur && status == Activiteitstatus.RAPPORT_CONCEPT);
        model.addAttribute(
                "magBeoordelen",
                vanAfdeling
                        && toegang.heeft(InspectieRechten.RAPPORT_BEOORDELEN)
                        && status == Activiteitstatus.RAPPORT_TER_BEOORDELING
                        && rapport != null
                        && !ik.equals(rapport.aangebodenDoor()));
        // four eyes: who offered the draft sees that a colleague reviews it, not the buttons
        model.addAttribute(
                "zelfAangeboden",
                status == Activiteitstatus.RAPPORT_TER_BEOORDELING
                        && rapport != null
                        && ik.equals(rapport.aangebodenDoor()));
        model.addAttribute(
                "magVaststellen",
                rapporteur
                        && (status == Activiteitstatus.ZIENSWIJZE_GEVRAAGD
                                || status == Activiteitstatus.ZIENSWIJZE_ONTVANGEN));
        model.addAttribute("magPuntenVerwerken", rapporteur && status == Activiteitstatus.ZIENSWIJZE_ONTVANGEN);
        Openbaarmaking.Stand publicatie =
                rapport == null ? null : openbaarmaking.stand(id).orElse(null);
        boolean vrijgegeven = publicatie != null && publicatie.isVrijgegeven();
        model.addAttribute("publicatie", publicatie);
        model.addAttribute(
                "magPubliceren",
                rapporteur
                        && status == Activiteitstatus.RAPPORT_DEFINITIEF
                        && !vrijgegeven
                        && rapport != null
                        && !rapport.zonderPdf());
        model.addAttribute(
                "openbaarVanaf",
                rapport != null && rapport.isDefinitief() ? openbaarmaking.openbaarVanaf(rapport) : null);
        // the public version is corrected on the page while the final report is not released
        model.addAttribute(
                "openbareVersie",
                rapporteur
                                && status == Activiteitstatus.RAPPORT_DEFINITIEF
                                && !vrijgegeven
                                && rapport != null
                                && !rapport.zonderPdf()
                        ? openbaarmaking.openbareVersie(rapport)
                        : null);
        // the check reads the linked case's people: only for the team that writes the report
        model.addAttribute("toonToets", rapporteur && rapport != null);
        model.addAttribute(
                "vondsten",
                rapport == null || !rapporteur
                        ? List.of()
                        : rapport.isDefinitief()
                                ? openbaarmaking.vondsten(activiteit, rapport)
                                : rapportage.anonimiteit(activiteit, rapport));
        // follow-up (decision 0098): the improvement plan asked after a final report that names norms to improve
        boolean definitief = status == Activiteitstatus.RAPPORT_DEFINITIEF || status == Activiteitstatus.GEPUBLICEERD;
        List<Verbeterplannen.Verbeterplan> plannen = verbeterplannen.rondes(activiteit);
        List<Kaderinhoud.Norm> teVerbeteren = definitief ? rapportage.teVerbeteren(activiteit) : List.of();
        model.addAttribute("verbeterplannen", plannen);
        model.addAttribute("teVerbeteren", teVerbeteren);
        model.addAttribute("vandaag", planning.vandaag());
        model.addAttribute("toonVerbeterplan", definitief && (!plannen.isEmpty() || !teVerbeteren.isEmpty()));
        model.addAttribute(
                "magVerbeterplanVragen", rapporteur && definitief && plannen.isEmpty() && !teVerbeteren.isEmpty());
        model.addAttribute(
                "magVerbeterplanBeoordelen",
                rapporteur && plannen.stream().anyMatch(p -> p.oordeel() == null && p.isIngediend()));
        boolean planner = vanAfdeling && toegang.heeft(InspectieRechten.PLANNEN);
        model.addAttribute("hercontrole", hercontroles.vanuit(id).orElse(null));
        model.addAttribute("magHercontrolePlannen", planner && definitief && hercontroles.kanGepland(activiteit));
        model.addAttribute("soorten", nl.toezicht.inspecties.Activiteitsoort.values());
        model.addAttribute("aankondigingen", nl.toezicht.inspecties.Aankondiging.values());
        Map<String, String> mensen = new HashMap<>();
        if (rapport != null) {
            for (String g : new String[] {
                rapport.opgesteldDoor(), rapport.aangebodenDoor(), rapport.beoordeeldDoor(), rapport.definitiefDoor()
            }) {
                if (g != null) {
                    mensen.put(g, medewerkers.vind(g).map(Medewerker::naam).orElse(g));
                }
            }
            for (Verbeterplannen.Verbeterplan p : plannen) {
                for (String g : new String[] {p.gevraagdDoor(), p.beoordeeldDoor()}) {
                    if (g != null) {
                        mensen.put(g, medewerkers.vind(g).map(Medewerker::naam).orElse(g));
                    }
                }
            }
        }
        model.addAttribute("mensen", mensen);
        return "inspecties/rapport";
    }

    @PostMapping("/inspecties/activiteiten/{id}/rapport/opstellen")
    String opstellen(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.stelOp(id);
            return pagina(id);
        });
    }

    /** The draft's texts: {@code inleiding} and {@code tekst[<norm>]} per norm. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport")
    String bewerk(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String inleiding,
            @RequestParam Map<String, String> velden,
            RedirectAttributes uit,
            Locale taal) {
        Map<String, String> teksten = new HashMap<>();
        velden.forEach((naam, waarde) -> {
            if (naam.startsWith("tekst[") && naam.endsWith("]")) {
                teksten.put(naam.substring(6, naam.length() - 1), waarde);
            }
        });
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.bewerk(id, inleiding, teksten);
            return pagina(id);
        });
    }

    @PostMapping("/inspecties/activiteiten/{id}/rapport/aanbieden")
    String aanbieden(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.biedAan(id);
            return pagina(id);
        });
    }

    @PostMapping("/inspecties/activiteiten/{id}/rapport/goedkeuren")
    String goedkeuren(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.keurGoed(id);
            return pagina(id);
        });
    }

    @PostMapping("/inspecties/activiteiten/{id}/rapport/terugsturen")
    String terugsturen(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes uit,
            Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.stuurTerug(id, reden);
            return pagina(id);
        });
    }

    @PostMapping("/inspecties/activiteiten/{id}/rapport/vaststellen")
    String vaststellen(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String verwerking,
            RedirectAttributes uit,
            Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            rapportage.stelVast(id, verwerking);
            return pagina(id);
        });
    }

    /** One point of the provider's view processed: {@code punt}, {@code overgenomen}, {@code reden}. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport/punten")
    String puntToevoegen(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String punt,
            @RequestParam(defaultValue = "true") boolean overgenomen,
            @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes uit,
            Locale taal) {
        String naar = pagina(id) + "#verwerking-punten";
        String terug = uitkomst.voer(uit, taal, naar, () -> {
            rapportage.voegPuntToe(id, new Rapport.Zienswijzepunt(punt, overgenomen, reden));
            return naar;
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            uit.addFlashAttribute("ingevuldPunt", punt);
            uit.addFlashAttribute("ingevuldOvergenomen", overgenomen);
            uit.addFlashAttribute("ingevuldPuntReden", reden);
        }
        return terug;
    }

    /** Removes point {@code nummer} (from 1) of the processed view. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport/punten/verwijderen")
    String puntVerwijderen(
            @PathVariable UUID id, @RequestParam(defaultValue = "0") int nummer, RedirectAttributes uit, Locale taal) {
        String naar = pagina(id) + "#verwerking-punten";
        return uitkomst.voer(uit, taal, naar, () -> {
            rapportage.verwijderPunt(id, nummer);
            return naar;
        });
    }

    /** Releases the final report for publication; {@code afwijken} overrides the check, with a required reason. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport/publiceren")
    String publiceren(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean afwijken,
            @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes uit,
            Locale taal) {
        uit.addFlashAttribute("ingevuldeReden", reden);
        return uitkomst.voer(uit, taal, pagina(id) + "#anonimiteit", () -> {
            openbaarmaking.geefVrij(id, afwijken, reden);
            return pagina(id) + "#anonimiteit";
        });
    }

    /** The corrected public version of a final report: {@code inleiding}, {@code tekst[<norm>]}, {@code verwerking}. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport/openbare-versie")
    String openbareVersie(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String inleiding,
            @RequestParam(required = false) @Nullable String verwerking,
            @RequestParam Map<String, String> velden,
            RedirectAttributes uit,
            Locale taal) {
        Map<String, String> teksten = new HashMap<>();
        velden.forEach((naam, waarde) -> {
            if (naam.startsWith("tekst[") && naam.endsWith("]")) {
                teksten.put(naam.substring(6, naam.length() - 1), waarde);
            }
        });
        String naar = pagina(id) + "#openbare-versie";
        String terug = uitkomst.voer(uit, taal, naar, () -> {
            openbaarmaking.corrigeer(id, inleiding, teksten, verwerking);
            return naar;
        });
        if (uit.getFlashAttributes().containsKey("fout")) {
            // decision 0054: a refused form shows what was typed, not the stored text (serializable: the session
            // with its flash attributes is stored in PostgreSQL)
            uit.addFlashAttribute("ingevuld", new Ingevuld(inleiding, teksten, verwerking));
        }
        return terug;
    }

    /** What was typed in the public version's form, shown again after a refusal. */
    record Ingevuld(
            String inleiding,
            Map<String, String> teksten,
            @Nullable String verwerking) implements java.io.Serializable {
        public String tekst(String norm) {
            return teksten.getOrDefault(norm, "");
        }
    }

    /** Reads the stored final PDF back and compares it with its checksum; the answer on the page. */
    @PostMapping("/inspecties/activiteiten/{id}/rapport/controleren")
    String controleren(@PathVariable UUID id, RedirectAttributes uit, Locale taal) {
        return uitkomst.voer(uit, taal, pagina(id), () -> {
            boolean goed = rapportage.controleer(planning.activiteit(id));
            uit.addFlashAttribute("controle", goed);
            uit.addFlashAttribute(
                    "controleTekst",
                    berichten.getMessage(goed ? "rapport.controle-goed" : "rapport.controle-fout", null, taal));
            return pagina(id) + "#definitief";
        });
    }

    @GetMapping("/inspecties/activiteiten/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        return pdfAntwoord(rapportage.pdf(activiteit), "rapport-" + activiteit.referentie() + ".pdf");
    }

    @GetMapping("/inspecties/activiteiten/{id}/rapport/bijlagen/{bijlage}")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        Rapport rapport = rapportage
                .rapport(activiteit)
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.rapport", id));
        return bijlageAntwoord(rapportage, rapport, bijlage);
    }

    /** A document the provider sent with its view, as a download (for the inspectorate and for the provider). */
    static ResponseEntity<byte[]> bijlageAntwoord(Rapportage rapportage, Rapport rapport, UUID bijlage)
            throws java.io.IOException {
        Rapport.Bijlage b = rapport.bijlagen().stream()
                .filter(x -> x.id().equals(bijlage))
                .findFirst()
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.bijlage", bijlage));
        return bestandAntwoord(b.mediatype(), b.bestandsnaam(), rapportage.bijlage(rapport.activiteit(), bijlage));
    }

    /** A stored file as a download under the name it came with (closes the stream). */
    static ResponseEntity<byte[]> bestandAntwoord(String mediatype, String bestandsnaam, java.io.InputStream inhoud)
            throws java.io.IOException {
        try (var in = inhoud) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(mediatype))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(bestandsnaam, java.nio.charset.StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(in.readAllBytes());
        }
    }

    static ResponseEntity<byte[]> pdfAntwoord(byte[] pdf, String naam) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(naam).build().toString())
                .body(pdf);
    }

    private static String pagina(UUID id) {
        return "/inspecties/activiteiten/" + id + "/rapport";
    }
}
