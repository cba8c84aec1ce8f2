package nl.toezicht.inspecties.web;

import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Bevinding;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Veldwerk;
import nl.toezicht.kern.ApiController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

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
}
