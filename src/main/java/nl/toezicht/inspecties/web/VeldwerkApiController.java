package nl.toezicht.inspecties.web;

import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Bevinding;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.inspecties.Veldwerk;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.NietGevonden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Findings through the API, for the tablet page's saves and their retries: a PUT per norm with an
 * {@code Idempotency-Key} the client made; a repeat answers the same finding and changes nothing.
 */
@ApiController
class VeldwerkApiController {

    private final Veldwerk veldwerk;
    private final Planning planning;

    VeldwerkApiController(Veldwerk veldwerk, Planning planning) {
        this.veldwerk = veldwerk;
        this.planning = planning;
    }

    /** What the client sends for one norm. */
    record Bevindingverzoek(
            @Nullable String score, @Nullable String onderbouwing) {}

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/bevindingen")
    List<Bevinding> bevindingen(@PathVariable UUID id) {
        return veldwerk.bevindingen(planning.activiteit(id));
    }

    @PutMapping("/api/v1/toezichtactiviteiten/{id}/bevindingen/{normCode}")
    ResponseEntity<Bevinding> bewaar(
            @PathVariable UUID id,
            @PathVariable String normCode,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable UUID sleutel,
            @RequestBody Bevindingverzoek verzoek) {
        Veldwerk.Opgeslagen opgeslagen = veldwerk.bewaar(
                id, sleutel, normCode, verzoek.score(), verzoek.onderbouwing() == null ? "" : verzoek.onderbouwing());
        return ResponseEntity.ok()
                .header("Idempotent-Replayed", Boolean.toString(opgeslagen.herhaald()))
                .body(opgeslagen.bevinding());
    }

    /** A photo or document with a norm's finding (multipart {@code bestand}); a repeat answers 200, a new one 201. */
    @PostMapping("/api/v1/toezichtactiviteiten/{id}/bevindingen/{normCode}/bijlagen")
    ResponseEntity<Veldwerk.Bijlage> bijlage(
            @PathVariable UUID id,
            @PathVariable String normCode,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable UUID sleutel,
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile bestand) {
        Veldwerk.Bijgevoegd bijgevoegd = veldwerk.bijlage(
                id, sleutel, normCode, bestand == null || bestand.isEmpty() ? null : new MultipartUpload(bestand));
        return ResponseEntity.status(bijgevoegd.herhaald() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", Boolean.toString(bijgevoegd.herhaald()))
                .body(bijgevoegd.bijlage());
    }

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/bevindingbijlagen")
    List<Veldwerk.Bijlage> bijlagen(@PathVariable UUID id) {
        return veldwerk.bijlagen(planning.activiteit(id));
    }

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/bevindingbijlagen/{bijlage}")
    ResponseEntity<byte[]> inhoud(@PathVariable UUID id, @PathVariable UUID bijlage) throws java.io.IOException {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        Veldwerk.Bijlage b = veldwerk.bijlagen(activiteit).stream()
                .filter(x -> x.id().equals(bijlage))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("object.bijlage", bijlage));
        return RapportViewController.bestandAntwoord(
                b.mediatype(), b.bestandsnaam(), veldwerk.open(activiteit, bijlage));
    }
}
