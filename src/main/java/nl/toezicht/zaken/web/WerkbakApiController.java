package nl.toezicht.zaken.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.Werkbakfilters;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Work-queue comfort over JSON (issue 13 item 7): the current view as CSV or XLSX, and a person's saved filters.
 * The export takes the filters of {@code GET /api/v1/zaken} and its order; it holds only cases the user may see,
 * is logged as an export of each, and refuses more than {@value Werkbak#EXPORT_MAXIMUM} cases (422, in Dutch).
 * The work-queue page links here (the API takes the session cookie for downloads).
 */
@ApiController
class WerkbakApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Werkbak werkbak;
    private final Werkbakfilters filters;
    private final Werkbakexport export;
    private final WerkbakViewController weergave;
    private final Termijnen termijnen;

    WerkbakApiController(
            Werkbak werkbak,
            Werkbakfilters filters,
            Werkbakexport export,
            WerkbakViewController weergave,
            Termijnen termijnen) {
        this.werkbak = werkbak;
        this.filters = filters;
        this.export = export;
        this.weergave = weergave;
        this.termijnen = termijnen;
    }

    @GetMapping("/api/v1/zaken/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable Zorgsector afdeling,
            @RequestParam(required = false) @Nullable String inspecteur,
            @RequestParam(required = false) @Nullable Zaakstatus status,
            @RequestParam(required = false) @Nullable Meldingsoort soort,
            @RequestParam(required = false) @Nullable Zorgsector sector,
            @RequestParam(required = false) @Nullable Boolean teLaat,
            @RequestParam(required = false) @Nullable Integer termijnBinnenDagen,
            @RequestParam(defaultValue = "TERMIJN") Werkbak.Sortering sortering,
            @RequestParam(defaultValue = "csv") String formaat,
            Locale taal) {
        boolean xlsx = formaat.equalsIgnoreCase("xlsx");
        if (!xlsx && !formaat.equalsIgnoreCase("csv")) {
            throw Weigering.opVeld("formaat", "werkbak.export.formaat");
        }
        List<Werkbak.Regel> regels = werkbak.export(
                new Werkbak.Filter(afdeling, inspecteur, status, soort, sector, teLaat, termijnBinnenDagen), sortering);
        List<WerkbakViewController.Rij> rijen = weergave.rijen(regels);
        byte[] inhoud =
                xlsx ? export.xlsx(rijen, termijnen.vandaag(), taal) : export.csv(rijen, termijnen.vandaag(), taal);
        String naam = "werkbak-" + termijnen.vandaag() + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(naam).build().toString())
                .body(inhoud);
    }

    record FilterRegel(UUID id, String naam, String zoekopdracht, String url, Instant aangemaaktOp) {}

    /** A view of the work queue to save: its name and the query string of {@code /werkbak}. */
    record FilterVerzoek(@Nullable String naam, @Nullable String zoekopdracht) {}

    /** The current user's saved filters; nobody else's. */
    @GetMapping("/api/v1/werkbakfilters")
    List<FilterRegel> filters() {
        return filters.mijn().stream().map(WerkbakApiController::regel).toList();
    }

    @GetMapping("/api/v1/werkbakfilters/{id}")
    FilterRegel filter(@PathVariable UUID id) {
        return regel(filters.van(id));
    }

    /**
     * Saves a view under a name. The query string is read as the page reads it and stored as the page would
     * write it: parameters the work queue does not know are dropped, a bad value is refused on its field.
     */
    @PostMapping("/api/v1/werkbakfilters")
    ResponseEntity<FilterRegel> bewaar(@RequestBody FilterVerzoek verzoek) {
        String zoekopdracht = weergave.zoekopdracht(verzoek.zoekopdracht());
        FilterRegel regel = regel(filters.bewaar(verzoek.naam(), zoekopdracht));
        return ResponseEntity.created(URI.create("/api/v1/werkbakfilters/" + regel.id()))
                .body(regel);
    }

    @DeleteMapping("/api/v1/werkbakfilters/{id}")
    ResponseEntity<Void> verwijder(@PathVariable UUID id) {
        filters.verwijder(id);
        return ResponseEntity.noContent().build();
    }

    private static FilterRegel regel(Werkbakfilters.Werkbakfilter f) {
        return new FilterRegel(f.id(), f.naam(), f.zoekopdracht(), "/werkbak?" + f.zoekopdracht(), f.aangemaaktOp());
    }
}
