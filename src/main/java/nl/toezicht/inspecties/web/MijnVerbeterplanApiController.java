package nl.toezicht.inspecties.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Verbeterplannen;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The provider's improvement plan over the API (decision 0098), for a provider's own systems: what is asked and by
 * when, sending the plan as multipart ({@code tekst}, {@code bijlagen}) with an {@code Idempotency-Key} (the same
 * key again answers the plan as stored, 200 with {@code Idempotent-Replayed: true}), and the team's judgement. Only
 * the user's own providers' reports: another's is a 404, never a 403 (logged as refused). Same service as the
 * portal page.
 */
@ApiController
@RequestMapping("/api/v1/mijn-rapporten/{id}/verbeterplan")
@Tag(name = "Mijn inspectierapporten", description = "Het verbeterplan na een inspectierapport (zorgaanbieders)")
class MijnVerbeterplanApiController {

    private final Verbeterplannen verbeterplannen;
    private final Planning planning;

    MijnVerbeterplanApiController(Verbeterplannen verbeterplannen, Planning planning) {
        this.verbeterplannen = verbeterplannen;
        this.planning = planning;
    }

    /** One round as the provider sees it (no names of staff). */
    record Ronde(
            int ronde,
            LocalDate uiterlijk,
            boolean verstreken,
            @Nullable String tekst,
            @Nullable Instant ingediendOp,
            List<VerbeterplanApiController.Document> bijlagen,
            Verbeterplannen.@Nullable Oordeel oordeel,
            @Nullable String oordeelReden,
            @Nullable Instant beoordeeldOp) {}

    /** The request and its rounds; {@code open}: the inspectorate waits for a plan now. */
    record Mijnverbeterplan(
            UUID activiteit,
            String referentie,
            List<VerbeterplanApiController.Norm> teVerbeteren,
            boolean open,
            List<Ronde> rondes) {}

    @GetMapping
    @Operation(
            summary = "Het gevraagde verbeterplan en het oordeel",
            description = "404 als er geen verbeterplan is gevraagd of het rapport niet van uw zorgaanbieder is.")
    Mijnverbeterplan verbeterplan(@PathVariable UUID id) {
        Verbeterplannen.Inzage inzage = verbeterplannen.inzage(id);
        if (inzage.rondes().isEmpty()) {
            throw new NietGevonden("object.verbeterplan", id);
        }
        LocalDate vandaag = planning.vandaag();
        String basis = "/api/v1/mijn-rapporten/" + id + "/verbeterplan/bijlagen/";
        return new Mijnverbeterplan(
                inzage.activiteit().id(),
                inzage.activiteit().referentie(),
                VerbeterplanApiController.Norm.van(inzage.teVerbeteren()),
                inzage.rondes().stream().anyMatch(p -> p.oordeel() == null && !p.isIngediend()),
                inzage.rondes().stream()
                        .map(p -> new Ronde(
                                p.ronde(),
                                p.uiterlijk(),
                                p.isTeLaat(vandaag),
                                p.tekst(),
                                p.ingediendOp(),
                                VerbeterplanApiController.Document.van(p.bijlagen(), basis),
                                p.oordeel(),
                                p.oordeelReden(),
                                p.beoordeeldOp()))
                        .toList());
    }

    // no 'consumes': another body is refused on its missing fields after the access check, not before it
    @PostMapping
    @Operation(
            summary = "Het verbeterplan insturen",
            description = "Multipart: tekst en hooguit vijf bijlagen (PDF, JPEG, PNG of DOCX, tot 20 MB elk)."
                    + " Idempotency-Key verplicht (1-100 tekens): dezelfde sleutel nog eens slaat niets dubbel op"
                    + " en geeft 200 met het plan zoals het is opgeslagen; een nieuw plan geeft 201.")
    ResponseEntity<Mijnverbeterplan> dienIn(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String tekst,
            @RequestParam(name = "bijlagen", required = false) @Nullable List<MultipartFile> bijlagen,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String sleutel) {
        Verbeterplannen.Ingediend ingediend;
        try {
            ingediend = verbeterplannen.dienIn(id, sleutel, tekst, VerbeterplanViewController.uploads(bijlagen));
        } catch (Weigering w) {
            if ("sleutel".equals(w.veld())) {
                throw Weigering.opVeld(
                        "Idempotency-Key",
                        "verbeterplan.sleutel".equals(w.berichtSleutel())
                                ? "verbeterplan.idempotentie"
                                : w.berichtSleutel(),
                        w.argumenten());
            }
            throw w;
        }
        return ResponseEntity.status(ingediend.herhaald() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/mijn-rapporten/" + id + "/verbeterplan"))
                .header("Idempotent-Replayed", Boolean.toString(ingediend.herhaald()))
                .body(verbeterplan(id));
    }

    @GetMapping("/bijlagen/{bijlage}")
    @Operation(summary = "Een document bij uw verbeterplan")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        verbeterplannen.voorZorgaanbieder(id);
        return VerbeterplanViewController.download(verbeterplannen, id, bijlage);
    }
}
