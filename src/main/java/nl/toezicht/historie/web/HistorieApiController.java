package nl.toezicht.historie.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.toezicht.historie.HistorieImport;
import nl.toezicht.historie.Importverslag;
import nl.toezicht.historie.Importverslag.Aansluitingsregel;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The report of an import run as JSON, and its reconciliation as CSV (for the migration's sign-off). */
@ApiController
@RequestMapping("/api/v1/historie/importen")
class HistorieApiController {

    private final HistorieImport historie;

    HistorieApiController(HistorieImport historie) {
        this.historie = historie;
    }

    @GetMapping("/{id}")
    Importverslag verslag(@PathVariable UUID id) {
        return vind(id);
    }

    @GetMapping("/{id}/aansluiting.csv")
    ResponseEntity<byte[]> aansluiting(@PathVariable UUID id) {
        StringBuilder csv = new StringBuilder("object;dimensie;waarde;bestand;database;klopt\n");
        for (Aansluitingsregel r : vind(id).aansluiting()) {
            csv.append(r.object())
                    .append(';')
                    .append(r.dimensie())
                    .append(';')
                    .append(r.waarde())
                    .append(';')
                    .append(r.bestand())
                    .append(';')
                    .append(r.database())
                    .append(';')
                    .append(r.klopt() ? "ja" : "nee")
                    .append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Importverslag vind(UUID id) {
        return historie.verslag(id).orElseThrow(() -> new NietGevonden("importrun", id.toString()));
    }
}
