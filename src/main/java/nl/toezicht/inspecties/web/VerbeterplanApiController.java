package nl.toezicht.inspecties.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Hercontroles;
import nl.toezicht.inspecties.Kaderinhoud;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Rapport;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Verbeterplannen;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The improvement plan and the re-visit for staff over JSON (docs/inspecties.md "Follow-up", decision 0098): the
 * same service as the report page ({@link Verbeterplannen}, {@link Hercontroles}), so the same rules, rights and
 * access log; need-to-know per department (another department's activity is a 404). The provider's side is
 * {@link MijnVerbeterplanApiController}.
 */
@ApiController
@Tag(name = "Toezichtactiviteiten", description = "Toezichtactiviteiten, bevindingen en rapporten (medewerkers)")
class VerbeterplanApiController {

    private final Planning planning;
    private final Rapportage rapportage;
    private final Verbeterplannen verbeterplannen;
    private final Hercontroles hercontroles;

    VerbeterplanApiController(
            Planning planning, Rapportage rapportage, Verbeterplannen verbeterplannen, Hercontroles hercontroles) {
        this.planning = planning;
        this.rapportage = rapportage;
        this.verbeterplannen = verbeterplannen;
        this.hercontroles = hercontroles;
    }

    /** The request: a term in weeks (1-26) or a deadline date, not both; neither is the default of six weeks. */
    record Verzoek(@Nullable Integer weken, @Nullable LocalDate uiterlijk) {}

    /** The judgement of the submitted round: {@code AANVAARD} or {@code NIET_AANVAARD} (then {@code reden}). */
    record Beoordeling(@Nullable String oordeel, @Nullable String reden) {}

    /** The re-visit: kind and announcement, dates; the rest is taken over from the activity. */
    record Hercontroleverzoek(
            @Nullable Activiteitsoort soort,
            @Nullable Aankondiging aankondiging,
            @Nullable LocalDate begindatum,
            @Nullable LocalDate einddatum) {}

    /** A document of a round: what it is and where its bytes are. */
    record Document(UUID id, String bestandsnaam, String mediatype, long grootte, String sha256, String url) {
        static List<Document> van(List<Rapport.Bijlage> bijlagen, String basis) {
            return bijlagen.stream()
                    .map(b -> new Document(
                            b.id(), b.bestandsnaam(), b.mediatype(), b.grootte(), b.sha256(), basis + b.id()))
                    .toList();
        }
    }

    /** A norm that must improve according to the findings. */
    record Norm(String code, String titel) {
        static List<Norm> van(List<Kaderinhoud.Norm> normen) {
            return normen.stream().map(n -> new Norm(n.code(), n.titel())).toList();
        }
    }

    /** The round's clock of kind VERBETERPLAN in the clock engine. */
    record Klok(UUID id, Klokstatus status, LocalDate uiterlijk, boolean teLaat) {
        static @Nullable Klok van(@Nullable KlokStand k) {
            return k == null ? null : new Klok(k.id().waarde(), k.status(), k.uiterlijk(), k.teLaat());
        }
    }

    /** One round as the team sees it. */
    record Ronde(
            int ronde,
            String gevraagdDoor,
            Instant gevraagdOp,
            LocalDate uiterlijk,
            boolean verstreken,
            @Nullable Klok klok,
            @Nullable String tekst,
            @Nullable String ingediendDoor,
            @Nullable Instant ingediendOp,
            List<Document> bijlagen,
            Verbeterplannen.@Nullable Oordeel oordeel,
            @Nullable String oordeelReden,
            @Nullable String beoordeeldDoor,
            @Nullable Instant beoordeeldOp) {}

    /** The plan of an activity: the norms to improve, the rounds (oldest first), the re-visit. */
    record Verbeterplanstand(
            UUID activiteit,
            String referentie,
            List<Norm> teVerbeteren,
            List<Ronde> rondes,
            boolean hercontroleMogelijk,
            Hercontroles.@Nullable Hercontrole hercontrole) {}

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/verbeterplan")
    @Operation(
            summary = "Het verbeterplan van een activiteit",
            description = "De rondes met termijn, klok, tekst, documenten en oordeel. 404 als er geen verbeterplan is"
                    + " gevraagd of de activiteit van een andere afdeling is.")
    Verbeterplanstand verbeterplan(@PathVariable UUID id) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        List<Verbeterplannen.Verbeterplan> rondes = verbeterplannen.rondes(activiteit);
        if (rondes.isEmpty()) {
            throw new NietGevonden("object.verbeterplan", id);
        }
        LocalDate vandaag = planning.vandaag();
        String basis = "/api/v1/toezichtactiviteiten/" + id + "/verbeterplan/bijlagen/";
        return new Verbeterplanstand(
                activiteit.id(),
                activiteit.referentie(),
                Norm.van(rapportage.teVerbeteren(activiteit)),
                rondes.stream()
                        .map(p -> new Ronde(
                                p.ronde(),
                                p.gevraagdDoor(),
                                p.gevraagdOp(),
                                p.uiterlijk(),
                                p.isTeLaat(vandaag),
                                Klok.van(verbeterplannen.klok(p).orElse(null)),
                                p.tekst(),
                                p.ingediendDoor(),
                                p.ingediendOp(),
                                Document.van(p.bijlagen(), basis),
                                p.oordeel(),
                                p.oordeelReden(),
                                p.beoordeeldDoor(),
                                p.beoordeeldOp()))
                        .toList(),
                hercontroles.kanGepland(activiteit),
                hercontroles.vanuit(id).orElse(null));
    }

    @PostMapping("/api/v1/toezichtactiviteiten/{id}/verbeterplan")
    @Operation(
            summary = "Een verbeterplan vragen",
            description = "Na een definitief rapport met normen die moeten verbeteren, één keer. Termijn in weken"
                    + " (1-26) of een datum uiterlijk (na vandaag, hooguit 26 weken verder); geen van beide: zes"
                    + " weken. 201 met het plan.")
    ResponseEntity<Verbeterplanstand> vraag(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable Verzoek verzoek) {
        verbeterplannen.vraag(
                id,
                verzoek == null || verzoek.weken() == null
                        ? null
                        : verzoek.weken().toString(),
                verzoek == null ? null : verzoek.uiterlijk());
        return ResponseEntity.created(URI.create("/api/v1/toezichtactiviteiten/" + id + "/verbeterplan"))
                .body(verbeterplan(id));
    }

    @PostMapping("/api/v1/toezichtactiviteiten/{id}/verbeterplan/beoordeling")
    @Operation(
            summary = "Het ingediende verbeterplan beoordelen",
            description = "AANVAARD, of NIET_AANVAARD met een reden: dan krijgt de zorgaanbieder een volgende ronde"
                    + " met een nieuwe termijn.")
    Verbeterplanstand beoordeel(@PathVariable UUID id, @RequestBody Beoordeling beoordeling) {
        try {
            verbeterplannen.beoordeel(id, beoordeling.oordeel(), beoordeling.reden());
        } catch (Weigering w) {
            // the report page names its field 'plan-reden' (it has another 'reden'); the API's field is 'reden'
            if ("plan-reden".equals(w.veld())) {
                throw Weigering.opVeld("reden", w.berichtSleutel(), w.argumenten());
            }
            throw w;
        }
        return verbeterplan(id);
    }

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/verbeterplan/bijlagen/{bijlage}")
    @Operation(summary = "Een document bij het verbeterplan", description = "De bytes zoals ontvangen en gekeurd.")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        planning.activiteit(id);
        return VerbeterplanViewController.download(verbeterplannen, id, bijlage);
    }

    @PostMapping("/api/v1/toezichtactiviteiten/{id}/hercontrole")
    @Operation(
            summary = "Een hercontrole plannen",
            description = "Als het verbeterplan is aanvaard of te laat is, één keer. Zorgaanbieder, locaties,"
                    + " toetsingskader, afdeling en team komen van deze activiteit. 201 met de nieuwe activiteit.")
    ResponseEntity<ActiviteitApiController.Activiteit> hercontrole(
            @PathVariable UUID id, @RequestBody Hercontroleverzoek verzoek) {
        Toezichtactiviteit nieuw = hercontroles.plan(
                id, verzoek.soort(), verzoek.aankondiging(), verzoek.begindatum(), verzoek.einddatum());
        return ResponseEntity.created(URI.create("/api/v1/toezichtactiviteiten/" + nieuw.id()))
                .body(ActiviteitApiController.Activiteit.van(nieuw));
    }
}
