package nl.toezicht.zaken.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.zaken.Inzending;
import nl.toezicht.zaken.Zaakportaal;
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
 * The provider portal's sending in over the API (issue 13 item 9), for a provider's own systems: what is asked
 * and by when, what was sent, and sending the report or answer as multipart ({@code titel}, {@code bestand})
 * with an {@code Idempotency-Key}: the same key again answers with the first sending and stores nothing.
 */
@ApiController
@RequestMapping("/api/v1/mijn-meldingen/{id}/inzendingen")
@Tag(name = "Mijn meldingen", description = "Meldingen van of over de eigen zorgaanbieder (zorgaanbieders)")
class PortaalApiController {

    private final Zaakportaal portaal;

    PortaalApiController(Zaakportaal portaal) {
        this.portaal = portaal;
    }

    record Verzoek(String soort, LocalDate uiterlijk, boolean verstreken) {}

    record InzendingAntwoord(String id, String zaak, String titel, String bestandsnaam, Instant ingediendOp) {
        static InzendingAntwoord van(Inzending i) {
            return new InzendingAntwoord(
                    i.id().toString(), i.referentie(), i.titel(), i.bestandsnaam(), i.ingediendOp());
        }
    }

    record Overzicht(@Nullable Verzoek verzoek, List<InzendingAntwoord> inzendingen) {}

    @GetMapping
    @Operation(summary = "Wat de inspectie vraagt en wat u instuurde")
    Overzicht overzicht(@PathVariable UUID id) {
        Zaakportaal.Weergave w = portaal.weergave(new MeldingId(id));
        return new Overzicht(
                w.verzoek()
                        .map(v -> new Verzoek(v.soort(), v.uiterlijk(), v.verstreken()))
                        .orElse(null),
                w.inzendingen().stream().map(InzendingAntwoord::van).toList());
    }

    // no 'consumes': another body is refused on its missing fields after the access check, not before it
    @PostMapping
    @Operation(
            summary = "Onderzoeksrapport of antwoord insturen",
            description = "Multipart: titel en bestand (PDF, JPEG, PNG of DOCX, tot 20 MB). Idempotency-Key verplicht.")
    ResponseEntity<InzendingAntwoord> dienIn(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String titel,
            @RequestParam(required = false) @Nullable MultipartFile bestand,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String sleutel) {
        Upload upload = bestand == null ? GeenBestand.BESTAND : new MultipartUpload(bestand);
        Inzending inzending;
        try {
            // the provider's own notification first (404 otherwise), then the key: Zaakportaal checks in that order
            inzending = portaal.dienIn(new MeldingId(id), titel, upload, sleutel == null ? "" : sleutel);
        } catch (Weigering w) {
            if ("sleutel".equals(w.veld())) {
                throw Weigering.opVeld("Idempotency-Key", "zaak.inzending.idempotentie");
            }
            throw w;
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/mijn-meldingen/" + id + "/inzendingen"))
                .body(InzendingAntwoord.van(inzending));
    }
}
