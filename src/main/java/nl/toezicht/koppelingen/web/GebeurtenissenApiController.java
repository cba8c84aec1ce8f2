package nl.toezicht.koppelingen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Problemen;
import nl.toezicht.koppelingen.Partnerlog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/gebeurtenissen?na=<cursor>}: a partner catches up on the events of its subscription,
 * authenticated with the subscription's key ({@code Authorization: Bearer tzp_...}); keyset-paged: pass the
 * {@code volgende} of one page as {@code na} of the next.
 */
@ApiController
class GebeurtenissenApiController {

    private final Partnerlog log;
    private final Problemen problemen;

    GebeurtenissenApiController(Partnerlog log, Problemen problemen) {
        this.log = log;
        this.problemen = problemen;
    }

    @GetMapping("/api/v1/gebeurtenissen")
    @Nullable
    ResponseEntity<byte[]> pagina(
            @RequestParam(required = false) @Nullable String na,
            @RequestParam(defaultValue = "" + Partnerlog.STANDAARD_LIMIET) @Min(1) @Max(Partnerlog.HOOGSTENS)
                    int limiet,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        UUID partner = log.partner();
        if (partner == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problemen.schrijf(
                    request, response, HttpStatus.UNAUTHORIZED, "niet-ingelogd", "gebeurtenissen.partnersleutel");
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(log.pagina(partner, na, limiet));
    }
}
