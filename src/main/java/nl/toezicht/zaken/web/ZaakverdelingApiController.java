package nl.toezicht.zaken.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.zaken.Bulkbewerking;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.Zaakbehandeling;
import nl.toezicht.zaken.Zaakopdracht;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Sharing out the work over JSON (issue 13 items 7 and 8): one action on many cases of the work queue, and a
 * notification split off the case it was wrongly linked to, by references. Read by the same commands as the pages
 * ({@link Bulkbewerking.Opdracht#lees}, {@link Zaakopdracht.Splitsing#lees}): the same Dutch refusal on the same
 * field (422, problem+json).
 */
@ApiController
@RequestMapping("/api/v1/zaken")
class ZaakverdelingApiController {

    private final Bulkbewerking bulk;
    private final Zaakbehandeling behandeling;
    private final MessageSource berichten;

    ZaakverdelingApiController(Bulkbewerking bulk, Zaakbehandeling behandeling, MessageSource berichten) {
        this.bulk = bulk;
        this.behandeling = behandeling;
        this.berichten = berichten;
    }

    /**
     * A batch: {@code actie} TOEWIJZEN (with {@code inspecteur}), OVERDRAGEN (with {@code afdeling}) or NOTEREN (with
     * {@code tekst}) on up to 500 {@code zaken}. The idempotency key comes as header {@code Idempotency-Key} or as
     * {@code sleutel}.
     */
    record BulkVerzoek(
            @Nullable String sleutel,
            @Nullable String actie,
            @Nullable List<UUID> zaken,
            @Nullable String inspecteur,
            @Nullable String afdeling,
            @Nullable String tekst) {}

    /** One case: done now, done before under this key (a retry), or refused with the reason in words. */
    record BulkRegel(
            UUID zaak,
            @Nullable String referentie,
            Bulkbewerking.Afloop afloop,
            @Nullable String reden) {}

    record BulkVerslag(
            Bulkbewerking.Actie actie,
            int aantal,
            long uitgevoerd,
            long alUitgevoerd,
            long geweigerd,
            List<BulkRegel> zaken) {}

    record SplitsingVerzoek(
            @Nullable String melding,
            @Nullable String doel,
            @Nullable String reden) {}

    record Zaakverwijzing(UUID id, String referentie, long versie) {}

    record SplitsingAntwoord(String melding, Zaakverwijzing bron, Zaakverwijzing doel, boolean nieuweZaak) {}

    @PostMapping("/bulk")
    BulkVerslag bulk(
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String sleutel,
            @RequestBody BulkVerzoek verzoek,
            Locale taal) {
        Bulkbewerking.Verslag verslag = bulk.voerUit(Bulkbewerking.Opdracht.lees(
                sleutel != null ? sleutel : verzoek.sleutel(),
                verzoek.actie(),
                verzoek.zaken(),
                verzoek.inspecteur(),
                verzoek.afdeling(),
                verzoek.tekst()));
        return new BulkVerslag(
                verslag.actie(),
                verslag.uitkomsten().size(),
                verslag.aantal(Bulkbewerking.Afloop.UITGEVOERD),
                verslag.aantal(Bulkbewerking.Afloop.AL_UITGEVOERD),
                verslag.aantal(Bulkbewerking.Afloop.GEWEIGERD),
                verslag.uitkomsten().stream()
                        .map(u -> new BulkRegel(
                                u.zaak().waarde(),
                                u.referentie(),
                                u.afloop(),
                                u.weigering() == null
                                        ? null
                                        : berichten.getMessage(
                                                u.weigering().berichtSleutel(),
                                                u.weigering().argumenten(),
                                                taal)))
                        .toList());
    }

    /** Splits a notification off the case, by its reference, to a new case of its own or to {@code doel}. */
    @PostMapping("/{id}/afsplitsingen")
    ResponseEntity<SplitsingAntwoord> splitsing(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody SplitsingVerzoek verzoek) {
        Zaakopdracht.Splitsing opdracht =
                Zaakopdracht.Splitsing.lees(verzoek.melding(), verzoek.doel(), verzoek.reden());
        Zaakbehandeling.Afsplitsing gedaan =
                ZaakApiController.stap(id, ifMatch, (zaak, versie) -> behandeling.splitsAf(zaak, opdracht, versie));
        return ResponseEntity.created(
                        URI.create("/api/v1/zaken/" + gedaan.doel().id()))
                .body(new SplitsingAntwoord(
                        opdracht.melding(), verwijzing(gedaan.bron()), verwijzing(gedaan.doel()), gedaan.nieuw()));
    }

    private static Zaakverwijzing verwijzing(Zaak zaak) {
        return new Zaakverwijzing(zaak.id().waarde(), zaak.referentie(), zaak.versie() == null ? 0 : zaak.versie());
    }
}
