package nl.toezicht.inspecties.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Published inspection reports over JSON, without login, as on the public page per provider: only what is
 * published, each with its SHA-256; the PDF carries the same checksum in {@code Repr-Digest} (RFC 9530).
 */
@ApiController
@Tag(
        name = "Openbare inspectierapporten",
        description = "Gepubliceerde inspectierapporten per zorgaanbieder (openbaar)")
class OpenbaarRapportApiController {

    private final Rapportage rapportage;
    private final Register register;

    OpenbaarRapportApiController(Rapportage rapportage, Register register) {
        this.rapportage = rapportage;
        this.register = register;
    }

    /** A published report: what it was, when published, where its PDF is and its checksum. */
    record OpenbaarRapport(
            UUID activiteit,
            String referentie,
            Activiteitsoort soort,
            LocalDate begindatum,
            String toetsingskader,
            Instant gepubliceerdOp,
            String pdf,
            String sha256,
            long grootte) {}

    @GetMapping("/api/v1/openbare-inspectierapporten/{id}")
    @Operation(summary = "Gepubliceerde inspectierapporten van een zorgaanbieder", description = "Nieuwste eerst.")
    List<OpenbaarRapport> rapporten(@PathVariable("id") UUID zorgaanbieder) {
        register.vind(new ZorgaanbiederId(zorgaanbieder))
                .orElseThrow(() -> new NietGevonden("object.zorgaanbieder", zorgaanbieder));
        return rapportage.gepubliceerd(zorgaanbieder).stream()
                .map(p -> new OpenbaarRapport(
                        p.activiteit(),
                        p.referentie(),
                        p.soort(),
                        p.begindatum(),
                        p.kader(),
                        p.gepubliceerdOp(),
                        "/api/v1/openbare-inspectierapporten/" + zorgaanbieder + "/" + p.activiteit() + "/pdf",
                        p.sha256(),
                        p.grootte()))
                .toList();
    }

    @GetMapping("/api/v1/openbare-inspectierapporten/{id}/{activiteit}/pdf")
    @Operation(
            summary = "De PDF van een gepubliceerd inspectierapport",
            description = "Met de SHA-256 in de header Repr-Digest; 404 voor alles wat niet gepubliceerd is.")
    ResponseEntity<byte[]> pdf(@PathVariable("id") UUID zorgaanbieder, @PathVariable UUID activiteit) {
        byte[] pdf = rapportage.gepubliceerdePdf(zorgaanbieder, activiteit);
        String sha256 = Bestandskeuring.sha256(pdf);
        return ResponseEntity.ok()
                .headers(RapportViewController.pdfAntwoord(pdf, "inspectierapport-" + activiteit + ".pdf")
                        .getHeaders())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .header("X-Sha256", sha256)
                .body(pdf);
    }
}
