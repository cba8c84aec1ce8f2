package nl.toezicht.meldingen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.meldingen.MijnMeldingen;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The provider portal over JSON: a care-provider user's own notifications and their status. */
@ApiController
@RequestMapping("/api/v1/mijn-meldingen")
@Tag(name = "Mijn meldingen", description = "Meldingen van of over de eigen zorgaanbieder (zorgaanbieders)")
class MijnMeldingenApiController {

    private final MijnMeldingen mijnMeldingen;

    MijnMeldingenApiController(MijnMeldingen mijnMeldingen) {
        this.mijnMeldingen = mijnMeldingen;
    }

    record MijnMelding(
            String id,
            String referentie,
            Meldingsoort soort,
            Zorgsector sector,
            Instant ontvangenOp,
            Meldingstatus status,
            boolean doorOnsGemeld) {
        static MijnMelding van(MijnMeldingen.Regel r) {
            return new MijnMelding(
                    r.id().toString(),
                    r.referentie(),
                    r.soort(),
                    r.sector(),
                    r.ontvangenOp(),
                    r.status(),
                    r.doorOnsGemeld());
        }
    }

    record MijnPagina(List<MijnMelding> items, int pagina, int grootte, long totaal) {}

    @GetMapping
    @Operation(summary = "Mijn meldingen", description = "Nieuwste eerst, 25 per pagina.")
    MijnPagina lijst(@RequestParam(defaultValue = "0") int pagina) {
        Pagina<MijnMeldingen.Regel> p = mijnMeldingen.lijst(pagina);
        return new MijnPagina(
                p.items().stream().map(MijnMelding::van).toList(),
                Math.max(0, pagina),
                MijnMeldingen.GROOTTE,
                p.totaal() == null ? 0 : p.totaal());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status van een eigen melding")
    MijnMelding melding(@PathVariable UUID id) {
        return MijnMelding.van(mijnMeldingen.melding(new MeldingId(id)));
    }
}
