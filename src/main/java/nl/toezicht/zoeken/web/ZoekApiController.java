package nl.toezicht.zoeken.web;

import nl.toezicht.kern.ApiController;
import nl.toezicht.zoeken.Zoeken;
import nl.toezicht.zoeken.Zoekresultaat;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/zoeken?q=...&soort=&status=&afdeling=&jaar=&pagina=&grootte=}: the search of the header's
 * box as JSON (decision 0068). Bad input is a 422 problem naming its field; nothing is counted before need-to-know.
 */
@ApiController
@RequestMapping("/api/v1/zoeken")
class ZoekApiController {

    private final Zoeken zoeken;

    ZoekApiController(Zoeken zoeken) {
        this.zoeken = zoeken;
    }

    @GetMapping
    Zoekresultaat zoek(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String soort,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String afdeling,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String grootte) {
        return zoeken.zoek(
                q,
                soort,
                status,
                afdeling,
                Zoekparameters.jaar(jaar),
                Zoekparameters.getal(pagina, "pagina", 1),
                Zoekparameters.getal(grootte, "grootte", Zoeken.GROOTTE));
    }
}
