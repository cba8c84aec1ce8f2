package nl.toezicht.inspecties.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.inspecties.Kaderdocument;
import nl.toezicht.inspecties.Kaderversie;
import nl.toezicht.inspecties.Toetsingskaders;
import nl.toezicht.kern.ApiController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Assessment frameworks as exchange documents (docs/inspecties/toetsingskader.schema.json): export of one
 * version, import of a document as a draft. A refused document is a problem+json naming the JSON pointer.
 */
@ApiController
class KaderApiController {

    private final Toetsingskaders kaders;

    KaderApiController(Toetsingskaders kaders) {
        this.kaders = kaders;
    }

    @GetMapping(value = "/api/v1/toetsingskaders/versies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exporteer(@PathVariable UUID id) {
        Kaderversie versie = kaders.versie(id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + versie.code() + "-v" + versie.versie() + ".json\"")
                .body(Kaderdocument.schrijf(versie));
    }

    @PostMapping(value = "/api/v1/toetsingskaders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importeer(@RequestBody String document) {
        Kaderversie versie = kaders.importeer(document);
        return ResponseEntity.created(URI.create("/api/v1/toetsingskaders/versies/" + versie.id()))
                .body(Map.of(
                        "id", versie.id(),
                        "code", versie.code(),
                        "versie", versie.versie(),
                        "status", versie.status().name()));
    }
}
