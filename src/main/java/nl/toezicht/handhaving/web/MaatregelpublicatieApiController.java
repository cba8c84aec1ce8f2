package nl.toezicht.handhaving.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.handhaving.Handhaving;
import nl.toezicht.handhaving.Maatregelpublicatie;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The publication of a measure's decision for legal staff (decision 0103): its state, and correcting, postponing,
 * overriding the check and withdrawing, each refused in Dutch on its field when something is missing or wrong.
 */
@ApiController
@Tag(name = "Maatregelen", description = "Handhaving: maatregelen tegen zorgaanbieders")
class MaatregelpublicatieApiController {

    private final Handhaving handhaving;
    private final Maatregelpublicatie publicatie;

    MaatregelpublicatieApiController(Handhaving handhaving, Maatregelpublicatie publicatie) {
        this.handhaving = handhaving;
        this.publicatie = publicatie;
    }

    record Correctie(
            @Nullable String samenvatting,
            @Nullable String tekst,
            @Nullable Boolean natuurlijkPersoon) {}

    record Uitstel(@Nullable LocalDate tot, @Nullable String reden) {}

    record Reden(@Nullable String reden) {}

    @GetMapping("/api/v1/maatregelen/{id}/publicatie")
    @Operation(summary = "De publicatie van het besluit van een maatregel: stand, openbare tekst, controle, verloop")
    Maatregelpublicatie.Stand stand(@PathVariable UUID id) {
        return publicatie
                .stand(handhaving.maatregel(id))
                .orElseThrow(() -> new NietGevonden("object.maatregelpublicatie", id));
    }

    @PostMapping("/api/v1/maatregelen/{id}/publicatie/correctie")
    @Operation(summary = "De openbare versie corrigeren (samenvatting, tekst, natuurlijk persoon)")
    Maatregelpublicatie.Stand corrigeer(@PathVariable UUID id, @RequestBody Correctie c) {
        return publicatie.corrigeer(id, c.samenvatting(), c.tekst(), Boolean.TRUE.equals(c.natuurlijkPersoon()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/publicatie/uitstel")
    @Operation(summary = "De publicatie uitstellen tot een latere dag, met reden")
    Maatregelpublicatie.Stand stelUit(@PathVariable UUID id, @RequestBody Uitstel u) {
        return publicatie.stelUit(id, u.tot(), u.reden());
    }

    @PostMapping("/api/v1/maatregelen/{id}/publicatie/afwijking")
    @Operation(summary = "De controle op herleidbare gegevens overschrijven, met reden")
    Maatregelpublicatie.Stand wijkAf(@PathVariable UUID id, @RequestBody Reden r) {
        return publicatie.wijkAf(id, r.reden());
    }

    @PostMapping("/api/v1/maatregelen/{id}/publicatie/intrekking")
    @Operation(summary = "De publicatie intrekken (het besluit is door de rechter vernietigd), met reden")
    Maatregelpublicatie.Stand trekIn(@PathVariable UUID id, @RequestBody Reden r) {
        return publicatie.trekIn(id, r.reden());
    }
}
