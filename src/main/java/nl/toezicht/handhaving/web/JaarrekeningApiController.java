package nl.toezicht.handhaving.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import nl.toezicht.handhaving.Jaarrekeningen;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk process for annual accounts not deposited through the API ({@code /api/v1/maatregelen/jaarrekeningen}):
 * load the deposits, see a reporting year, dry-run or start a phase, follow a run. Problem details in Dutch.
 */
@ApiController
class JaarrekeningApiController {

    private final Jaarrekeningen jaarrekeningen;

    JaarrekeningApiController(Jaarrekeningen jaarrekeningen) {
        this.jaarrekeningen = jaarrekeningen;
    }

    /** A phase to run for the year; {@code droog}: only say what it would do. */
    record Rondeverzoek(
            Jaarrekeningen.@Nullable Fase fase, @Nullable Boolean droog) {}

    @PostMapping(
            path = "/api/v1/maatregelen/jaarrekeningen/deponeringen",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Jaarrekeningen.Laadverslag laad(@RequestParam("bestand") MultipartFile bestand) {
        try {
            return jaarrekeningen.laad(bestand.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/maatregelen/jaarrekeningen/{jaar}")
    Jaarrekeningen.Overzicht overzicht(@PathVariable int jaar) {
        return jaarrekeningen.overzicht(jaar);
    }

    @PostMapping(path = "/api/v1/maatregelen/jaarrekeningen/{jaar}/rondes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ronde(@PathVariable int jaar, @RequestBody Rondeverzoek verzoek) {
        if (verzoek.fase() == null) {
            throw Weigering.opVeld("fase", "maatregel.veld.verplicht");
        }
        if (Boolean.TRUE.equals(verzoek.droog())) {
            return ResponseEntity.ok(jaarrekeningen.droog(jaar, verzoek.fase()));
        }
        Jaarrekeningen.Ronde r = jaarrekeningen.start(jaar, verzoek.fase());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/maatregelen/jaarrekeningen/rondes/" + r.id()))
                .body(r);
    }

    @GetMapping("/api/v1/maatregelen/jaarrekeningen/rondes/{ronde}")
    Jaarrekeningen.Ronde ronde(@PathVariable UUID ronde) {
        return jaarrekeningen.ronde(ronde);
    }
}
