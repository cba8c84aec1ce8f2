package nl.toezicht.inspecties.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Rapport;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.termijnen.KlokStand;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The report's review and publication through the API (problem+json on a refusal): approving a draft one offered
 * oneself answers 409 (four eyes), and so does publishing a text the anonymisation check stops.
 */
@ApiController
class RapportApiController {

    private final Planning planning;
    private final Rapportage rapportage;

    RapportApiController(Planning planning, Rapportage rapportage) {
        this.planning = planning;
        this.rapportage = rapportage;
    }

    /** Where a report is: the activity's status, the view's term, the final PDF's checksum. */
    record Rapportstand(
            UUID activiteit,
            String referentie,
            Activiteitstatus status,
            @Nullable LocalDate zienswijzeUiterlijk,
            @Nullable String pdfSha256,
            boolean gepubliceerd) {}

    @GetMapping("/api/v1/toezichtactiviteiten/{id}/rapport")
    Rapportstand rapport(@PathVariable UUID id) {
        Toezichtactiviteit activiteit = planning.activiteit(id);
        Rapport rapport = rapportage.rapport(activiteit).orElseThrow(() -> new NietGevonden("object.rapport", id));
        return stand(activiteit, rapport);
    }

    @PostMapping("/api/v1/toezichtactiviteiten/{id}/rapport/goedkeuring")
    Rapportstand keurGoed(@PathVariable UUID id) {
        KlokStand klok = rapportage.keurGoed(id);
        Rapportstand stand = rapport(id);
        return new Rapportstand(stand.activiteit(), stand.referentie(), stand.status(), klok.uiterlijk(), null, false);
    }

    @PostMapping("/api/v1/toezichtactiviteiten/{id}/rapport/publicatie")
    Rapportstand publiceer(@PathVariable UUID id) {
        rapportage.publiceer(id);
        return rapport(id);
    }

    private static Rapportstand stand(Toezichtactiviteit activiteit, Rapport rapport) {
        return new Rapportstand(
                activiteit.id(),
                activiteit.referentie(),
                activiteit.status(),
                rapport.zienswijzeUiterlijk(),
                rapport.pdfSha256(),
                rapport.gepubliceerdOp() != null);
    }
}
