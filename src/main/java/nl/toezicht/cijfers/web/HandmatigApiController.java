package nl.toezicht.cijfers.web;

import java.net.URI;
import java.util.List;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Handmatigcijfer;
import nl.toezicht.kern.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Manual figures (issue 12): figures Toezicht does not count itself, entered by an analyst with source and
 * note, checked by a second person. Analysts and administrators ({@code cijfers.opstellen}).
 */
@ApiController
@RequestMapping("/api/v1/statistieken/handmatig")
class HandmatigApiController {

    private final Cijferdienst dienst;

    HandmatigApiController(Cijferdienst dienst) {
        this.dienst = dienst;
    }

    /** Every version of the manual figures of a year. */
    @GetMapping("/{jaar}")
    List<Handmatigcijfer> lijst(@PathVariable int jaar) {
        return dienst.handmatigeCijfers(jaar);
    }

    /** Enters a figure: a new version, unchecked. */
    @PostMapping("/{jaar}")
    ResponseEntity<Handmatigcijfer> voerIn(@PathVariable int jaar, @RequestBody Cijferdienst.Invoer invoer) {
        Handmatigcijfer h = dienst.voerIn(jaar, invoer);
        return ResponseEntity.created(URI.create(
                        "/api/v1/statistieken/handmatig/" + h.jaar() + "/" + h.grootheid() + "/" + h.versie()))
                .body(h);
    }

    /** The second person's check; refused for the one who entered it. */
    @PostMapping("/{jaar}/{grootheid}/{versie}/controle")
    Handmatigcijfer controleer(@PathVariable int jaar, @PathVariable String grootheid, @PathVariable int versie) {
        return dienst.controleerHandmatig(dienst.jaar(jaar), grootheid, versie);
    }
}
