package nl.toezicht.inspecties.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Aanleiding;
import nl.toezicht.inspecties.Activiteitenlijst;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Supervision activities over JSON (docs/inspecties.md, "API"): the paged list and one activity, need-to-know
 * per department as on the pages (another department's activity is a 404), every read in the access log. The
 * findings of an activity are in {@link VeldwerkApiController}, its report in {@link RapportApiController}.
 */
@ApiController
@Tag(name = "Toezichtactiviteiten", description = "Toezichtactiviteiten, bevindingen en rapporten (medewerkers)")
class ActiviteitApiController {

    private final Activiteitenlijst lijst;
    private final Planning planning;

    ActiviteitApiController(Activiteitenlijst lijst, Planning planning) {
        this.lijst = lijst;
        this.planning = planning;
    }

    /** One page: the rows, the page asked for, its size and the count of all matches. */
    record Activiteitenpagina(List<Activiteitenlijst.Regel> items, int pagina, int grootte, long totaal) {}

    /** One activity as the API shows it. */
    record Activiteit(
            UUID id,
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            Aanleiding aanleiding,
            @Nullable String zaakReferentie,
            UUID zorgaanbiederId,
            List<UUID> locaties,
            @Nullable UUID kaderversieId,
            String leider,
            List<String> team,
            LocalDate begindatum,
            LocalDate einddatum) {
        static Activiteit van(Toezichtactiviteit a) {
            return new Activiteit(
                    a.id(),
                    a.referentie(),
                    a.soort(),
                    a.aankondiging(),
                    a.status(),
                    a.afdeling(),
                    a.aanleiding(),
                    a.zaakReferentie(),
                    a.zorgaanbiederId(),
                    a.locaties(),
                    a.kaderversieId(),
                    a.leider(),
                    a.team(),
                    a.begindatum(),
                    a.einddatum());
        }
    }

    @GetMapping("/api/v1/toezichtactiviteiten")
    @Operation(
            summary = "Toezichtactiviteiten",
            description = "Van de afdelingen die u mag zien; nieuwste begindatum eerst, genummerde pagina's vanaf 1"
                    + " (grootte 1-100, standaard 25). Elke getoonde activiteit staat in het toegangslog.")
    Activiteitenpagina lijst(
            @RequestParam(required = false) @Nullable Zorgsector afdeling,
            @RequestParam(required = false) @Nullable String inspecteur,
            @RequestParam(required = false) @Nullable Activiteitstatus status,
            @RequestParam(required = false) @Nullable Activiteitsoort soort,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @RequestParam(defaultValue = "1") int pagina,
            @RequestParam(defaultValue = "" + Activiteitenlijst.STANDAARD_GROOTTE) int grootte) {
        Pagina<Activiteitenlijst.Regel> p = lijst.lijst(
                new Activiteitenlijst.Filter(afdeling, inspecteur, status, soort, vanaf, tot), pagina, grootte);
        return new Activiteitenpagina(p.items(), pagina, grootte, p.totaal() == null ? 0 : p.totaal());
    }

    @GetMapping("/api/v1/toezichtactiviteiten/{id}")
    @Operation(summary = "Eén toezichtactiviteit", description = "404 ook voor een activiteit van een andere afdeling.")
    Activiteit activiteit(@PathVariable UUID id) {
        return Activiteit.van(planning.activiteit(id));
    }
}
