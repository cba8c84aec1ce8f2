package nl.toezicht.inspecties.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Openbaarmaking;
import nl.toezicht.inspecties.Planning;
import nl.toezicht.inspecties.Rapport;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.inspecties.Toezichtactiviteit;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.termijnen.KlokStand;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The report's review and publication through the API (problem+json on a refusal): approving a draft one offered
 * oneself answers 409 (four eyes), and so does publishing a text the anonymisation check stops.
 */
@ApiController
class RapportApiController {

    private final Planning planning;
    private final Rapportage rapportage;
    private final Openbaarmaking openbaarmaking;

    RapportApiController(Planning planning, Rapportage rapportage, Openbaarmaking openbaarmaking) {
        this.planning = planning;
        this.rapportage = rapportage;
        this.openbaarmaking = openbaarmaking;
    }

    /**
     * Where a report is: the activity's status, the view's term, the final PDF's checksum; {@code zonderPdf} for a
     * final report the old system kept without PDF (history import, decision 0107), with its reference there.
     */
    record Rapportstand(
            UUID activiteit,
            String referentie,
            Activiteitstatus status,
            @Nullable LocalDate zienswijzeUiterlijk,
            @Nullable String pdfSha256,
            boolean gepubliceerd,
            @Nullable LocalDate openbaarVanaf,
            List<Rapport.Zienswijzepunt> punten,
            boolean zonderPdf,
            @Nullable String kenmerkVorigSysteem) {}

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
        return new Rapportstand(
                stand.activiteit(),
                stand.referentie(),
                stand.status(),
                klok.uiterlijk(),
                null,
                false,
                null,
                List.of(),
                false,
                null);
    }

    /**
     * How the team releases a final report for publication (decision 0092).
     *
     * @param afwijken publish although the anonymisation check found something; then {@code reden} is required
     */
    record Vrijgave(@Nullable Boolean afwijken, @Nullable String reden) {}

    /** Releases a final report: public from {@code openbaarVanaf} (final date + waiting period), not before. */
    @PostMapping("/api/v1/toezichtactiviteiten/{id}/rapport/publicatie")
    Rapportstand publiceer(@PathVariable UUID id, @RequestBody(required = false) @Nullable Vrijgave vrijgave) {
        openbaarmaking.geefVrij(
                id,
                vrijgave != null && Boolean.TRUE.equals(vrijgave.afwijken()),
                vrijgave == null ? null : vrijgave.reden());
        return rapport(id);
    }

    private Rapportstand stand(Toezichtactiviteit activiteit, Rapport rapport) {
        return new Rapportstand(
                activiteit.id(),
                activiteit.referentie(),
                activiteit.status(),
                rapport.zienswijzeUiterlijk(),
                rapport.pdfSha256(),
                rapport.gepubliceerdOp() != null,
                openbaarmaking
                        .stand(activiteit.id())
                        .map(Openbaarmaking.Stand::openbaarVanaf)
                        .orElse(null),
                rapport.punten(),
                rapport.zonderPdf(),
                rapport.kenmerkVorigSysteem());
    }

    /** The processed view as the team sends it: the list replaces what was there. */
    record Verwerking(@Nullable List<Punt> punten) {}

    /** One point: {@code overgenomen} is required, {@code reden} too when it is false. */
    record Punt(
            @Nullable String punt,
            @Nullable Boolean overgenomen,
            @Nullable String reden) {}

    /** The provider's view processed point by point, before the report is made final (422 on the first bad point). */
    @PutMapping("/api/v1/toezichtactiviteiten/{id}/rapport/zienswijzepunten")
    Rapportstand verwerk(@PathVariable UUID id, @RequestBody Verwerking verwerking) {
        List<Punt> punten = verwerking.punten() == null ? List.of() : verwerking.punten();
        List<Rapport.Zienswijzepunt> lijst = new ArrayList<>();
        for (int i = 0; i < punten.size(); i++) {
            Punt p = punten.get(i);
            if (p == null || p.overgenomen() == null) {
                throw Weigering.opVeld("punten[" + i + "].overgenomen", "rapport.punt.overgenomen-verplicht");
            }
            lijst.add(new Rapport.Zienswijzepunt(p.punt() == null ? "" : p.punt(), p.overgenomen(), p.reden()));
        }
        rapportage.verwerkPunten(id, lijst);
        return rapport(id);
    }
}
