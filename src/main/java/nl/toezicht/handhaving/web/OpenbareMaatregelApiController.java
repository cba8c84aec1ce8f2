package nl.toezicht.handhaving.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.handhaving.Maatregelpublicatie;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Pagina;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published decisions on measures over JSON, without login (decision 0103), as on the public pages: only what is
 * public, each with the link to its PDF and the PDF's SHA-256. Bad input is a problem+json on its field.
 */
@ApiController
@Tag(name = "Openbare maatregelen", description = "Gepubliceerde besluiten over maatregelen (openbaar)")
class OpenbareMaatregelApiController {

    private final Maatregelpublicatie publicatie;

    OpenbareMaatregelApiController(Maatregelpublicatie publicatie) {
        this.publicatie = publicatie;
    }

    /** A public decision. {@code zorgaanbieder} is absent for a natural person, whose name is not published. */
    record OpenbareMaatregel(
            UUID maatregel,
            @Nullable UUID zorgaanbieder,
            String zorgaanbiederNaam,
            String plaats,
            String referentie,
            Maatregelsoort soort,
            String grondslag,
            LocalDate besluitdatum,
            Instant gepubliceerdOp,
            @Nullable Instant bijgewerktOp,
            String samenvatting,
            String pdf,
            String sha256,
            long grootte) {}

    record Resultaat(List<OpenbareMaatregel> items, int pagina, int paginagrootte, long totaal) {}

    @GetMapping("/api/v1/openbare-maatregelen")
    @Operation(
            summary = "Gepubliceerde besluiten over maatregelen zoeken",
            description =
                    "Op zorgaanbieder (id of deel van de naam), plaats of gemeente, soort en jaar van het besluit;"
                            + " nieuwste eerst, 20 per pagina. Een ongeldig jaar, soort of paginanummer geeft 422 op dat veld.")
    Resultaat zoek(
            @Parameter(description = "id van de zorgaanbieder") @RequestParam(required = false) @Nullable
                    UUID zorgaanbieder,
            @Parameter(description = "deel van de naam van de zorgaanbieder") @RequestParam(required = false) @Nullable
                    String naam,
            @RequestParam(required = false) @Nullable String plaats,
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String pagina) {
        Maatregelpublicatie.Zoekvraag vraag =
                OpenbareMaatregelViewController.vraag(zorgaanbieder, naam, plaats, soort, jaar);
        int nummer = OpenbareMaatregelViewController.paginanummer(pagina);
        Pagina<Maatregelpublicatie.Openbaar> p = publicatie.zoek(vraag, nummer);
        return new Resultaat(
                p.items().stream()
                        .map(o -> new OpenbareMaatregel(
                                o.maatregel(),
                                o.zorgaanbieder(),
                                o.zorgaanbiederNaam(),
                                o.plaatsen(),
                                o.referentie(),
                                o.soort(),
                                o.grondslag(),
                                o.besluitdatum(),
                                o.gepubliceerdOp(),
                                o.bijgewerktOp(),
                                o.samenvatting(),
                                "/api/v1/openbare-maatregelen/" + o.maatregel() + "/pdf",
                                o.sha256(),
                                o.grootte()))
                        .toList(),
                nummer,
                Maatregelpublicatie.PAGINAGROOTTE,
                p.totaal() == null ? 0 : p.totaal());
    }

    @GetMapping("/api/v1/openbare-maatregelen/{id}/pdf")
    @Operation(
            summary = "De openbare PDF van een gepubliceerd besluit",
            description = "Met de SHA-256 in de header Repr-Digest; 404 voor wat niet (meer) openbaar is.")
    ResponseEntity<byte[]> pdf(@PathVariable("id") UUID maatregel) {
        return OpenbareMaatregelViewController.pdfAntwoord(
                publicatie.openbarePdf(maatregel), "besluit-" + maatregel + ".pdf");
    }
}
