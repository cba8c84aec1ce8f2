package nl.toezicht.zaken.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Eenheid;
import nl.toezicht.termijnen.Klokgebeurtenis;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import nl.toezicht.zaken.Zaakopdracht;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cases over JSON. Optimistic locking: a GET answers the version as {@code ETag}; a change sent with
 * {@code If-Match} of an older version is refused with 409, as is a change that loses a race.
 */
@ApiController
@RequestMapping("/api/v1/zaken")
class ZaakApiController {

    private final Zaakbehandeling behandeling;
    private final Werkbak werkbak;
    private final Termijnen termijnen;
    private final Toegangsbeleid toegang;
    private final Meldingverwijzing verwijzing;

    ZaakApiController(
            Zaakbehandeling behandeling,
            Werkbak werkbak,
            Termijnen termijnen,
            Toegangsbeleid toegang,
            Meldingverwijzing verwijzing) {
        this.verwijzing = verwijzing;
        this.behandeling = behandeling;
        this.werkbak = werkbak;
        this.termijnen = termijnen;
        this.toegang = toegang;
    }

    record ZaakRegel(
            UUID id,
            String referentie,
            Zaakstatus status,
            Meldingsoort soort,
            Zorgsector sector,
            Zorgsector afdeling,
            @Nullable UUID zorgaanbiederId,
            @Nullable String inspecteur,
            @Nullable Termijnsoort termijnSoort,
            @Nullable LocalDate termijnDatum,
            boolean teLaat) {}

    record ZaakLijst(
            List<ZaakRegel> items,
            @Nullable String vorige,
            @Nullable String volgende) {}

    record TijdlijnRegel(
            @Nullable Zaakstatus van,
            Zaakstatus naar,
            Transitie transitie,
            String door,
            Instant op,
            @Nullable String toelichting) {}

    record ZaakDetail(
            UUID id,
            String referentie,
            long versie,
            Zaakstatus status,
            Meldingsoort soort,
            Zorgsector sector,
            Zorgsector afdeling,
            @Nullable UUID zorgaanbiederId,
            @Nullable String inspecteur,
            @Nullable Termijnsoort termijnSoort,
            @Nullable LocalDate termijnDatum,
            boolean teLaat,
            boolean teLaatGemeld,
            Instant ontvangenOp,
            Instant geopendOp,
            @Nullable Instant geslotenOp,
            @Nullable Sluitreden sluitreden,

            @Schema(description = "Uit een vorig systeem geïmporteerd als samenvatting, zonder stappen (besluit 0091)")
            boolean samenvatting,

            List<UUID> meldingen,
            List<Transitie> toegestaneTransities,
            List<TijdlijnRegel> tijdlijn) {}

    /**
     * Its types and sizes are checked when it is read (400); the command itself by {@link Zaakopdracht.Stap#van},
     * as for the case page's form (422 on the field).
     */
    record StatuswijzigingVerzoek(
            @NotNull(message = "{zaak.transitie.verplicht}") Transitie transitie,

            @Size(max = Zaakopdracht.MAXIMALE_TOELICHTING, message = "{zaak.toelichting.te-lang}") @Nullable
            String toelichting,

            @Nullable Sluitreden sluitreden) {}

    /** Read by {@link Zaakopdracht.Opschorting#lees}, as the case page's form is. */
    record OpschortingVerzoek(
            @Nullable String grond, @Nullable String toelichting) {}

    /** Read by {@link Zaakopdracht.Hervatting#lees}, as the case page's form is. */
    record HervattingVerzoek(@Nullable String toelichting) {}

    /** Read by {@link Zaakopdracht.Verlenging#lees}: {@code lengte} in the unit of the rule (weeks). */
    record VerlengingVerzoek(
            @Nullable String regel,
            @Nullable Integer lengte,
            @Nullable String reden) {}

    record KlokgebeurtenisRegel(
            Klokgebeurtenis.Soort soort,
            String door,
            Instant op,
            @Nullable String grond,
            @Nullable Integer lengte,
            @Nullable Eenheid eenheid,
            @Nullable LocalDate uiterlijkVoor,
            LocalDate uiterlijkNa,
            @Nullable String toelichting) {}

    record KlokRegel(
            UUID id,
            String soort,
            Klokstatus status,
            LocalDate startdatum,
            LocalDate uiterlijk,
            boolean teLaat,
            @Nullable String opschortingsgrond,
            List<KlokgebeurtenisRegel> geschiedenis) {}

    record ToewijzingVerzoek(
            @NotBlank(message = "{zaak.toewijzen.verplicht}") @Size(max = 64, message = "{zaak.toewijzen.onbekend}")
            String inspecteur) {}

    /**
     * The notification to join, by its reference as staff quote it ({@code M-2026-000123}) or by its id; one of the
     * two.
     */
    record MeldingToevoegenVerzoek(
            @Schema(description = "Kenmerk van de melding, bijvoorbeeld M-2026-000123")
            @Nullable
            @Size(max = 40, message = "{zaak.samenvoegen.melding-verplicht}")
            String referentie,

            @Schema(description = "Id van de melding (in plaats van het kenmerk)") @Nullable
            UUID meldingId) {}

    @GetMapping
    ZaakLijst lijst(
            @RequestParam(required = false) @Nullable Zorgsector afdeling,
            @RequestParam(required = false) @Nullable String inspecteur,
            @RequestParam(required = false) @Nullable Zaakstatus status,
            @RequestParam(required = false) @Nullable Meldingsoort soort,
            @RequestParam(required = false) @Nullable Zorgsector sector,
            @RequestParam(required = false) @Nullable Boolean teLaat,
            @RequestParam(required = false) @Nullable Integer termijnBinnenDagen,
            @RequestParam(required = false) @Nullable String na,
            @RequestParam(required = false) @Nullable String voor,
            @RequestParam(defaultValue = "TERMIJN") Werkbak.Sortering sortering,
            @RequestParam(defaultValue = "25") int grootte) {
        Pagina<Werkbak.Regel> pagina = werkbak.pagina(
                new Werkbak.Filter(afdeling, inspecteur, status, soort, sector, teLaat, termijnBinnenDagen),
                sortering,
                na == null ? null : Werkbak.Cursor.lees(na),
                voor == null ? null : Werkbak.Cursor.lees(voor),
                grootte,
                false);
        return new ZaakLijst(
                pagina.items().stream()
                        .map(r -> new ZaakRegel(
                                r.id().waarde(),
                                r.referentie(),
                                r.status(),
                                r.soort(),
                                r.sector(),
                                r.afdeling(),
                                r.zorgaanbieder() == null
                                        ? null
                                        : r.zorgaanbieder().waarde(),
                                r.inspecteur(),
                                r.termijnSoort(),
                                r.termijnDatum(),
                                r.teLaat()))
                        .toList(),
                pagina.vorige(),
                pagina.volgende());
    }

    @GetMapping("/{id}")
    ResponseEntity<ZaakDetail> zaak(@PathVariable UUID id) {
        return antwoord(behandeling.zaak(new ZaakId(id)));
    }

    @PostMapping("/{id}/statuswijzigingen")
    ResponseEntity<ZaakDetail> statuswijziging(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody StatuswijzigingVerzoek verzoek) {
        Zaak zaak = stap(
                id,
                ifMatch,
                (z, versie) -> behandeling.voerUit(
                        z,
                        Zaakopdracht.Stap.van(verzoek.transitie(), verzoek.toelichting(), verzoek.sluitreden()),
                        versie));
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + id))
                .eTag(etag(zaak))
                .body(detail(zaak));
    }

    @PutMapping("/{id}/inspecteur")
    ResponseEntity<ZaakDetail> inspecteur(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ToewijzingVerzoek verzoek) {
        return antwoord(stap(id, ifMatch, (zaak, versie) -> behandeling.wijsToe(zaak, verzoek.inspecteur(), versie)));
    }

    record AfdelingVerzoek(@Nullable String afdeling) {}

    /** Moves the case to another department (issue 13 item 7; the work queue does it for many at once). */
    @PutMapping("/{id}/afdeling")
    ResponseEntity<ZaakDetail> afdeling(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody AfdelingVerzoek verzoek) {
        return antwoord(stap(id, ifMatch, (zaak, versie) -> behandeling.draagOver(zaak, verzoek.afdeling(), versie)));
    }

    @PostMapping("/{id}/meldingen")
    ResponseEntity<ZaakDetail> melding(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody MeldingToevoegenVerzoek verzoek) {
        return antwoord(stap(
                id,
                ifMatch,
                (zaak, versie) -> behandeling.voegMeldingToe(
                        zaak,
                        verzoek.meldingId() != null
                                ? new MeldingId(verzoek.meldingId())
                                : verwijzing.lees(verzoek.referentie(), "referentie"),
                        versie)));
    }

    /** The case's clocks with their history: who suspended, resumed or extended them, when and why. */
    @GetMapping("/{id}/termijnen")
    List<KlokRegel> termijnen(@PathVariable UUID id) {
        Zaak zaak = behandeling.zaak(new ZaakId(id));
        boolean vrijeTekst = toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN);
        return behandeling.klokgeschiedenis(zaak).stream()
                .map(g -> new KlokRegel(
                        g.klok().id().waarde(),
                        g.klok().soort(),
                        g.klok().status(),
                        g.klok().startdatum(),
                        g.klok().uiterlijk(),
                        g.klok().teLaat(),
                        g.klok().opschortingsgrond(),
                        g.gebeurtenissen().stream()
                                .map(e -> new KlokgebeurtenisRegel(
                                        e.soort(),
                                        e.door(),
                                        e.op(),
                                        e.grond(),
                                        e.lengte() == null ? null : e.lengte().aantal(),
                                        e.lengte() == null ? null : e.lengte().eenheid(),
                                        e.uiterlijkVoor(),
                                        e.uiterlijkNa(),
                                        vrijeTekst ? e.toelichting() : null))
                                .toList()))
                .toList();
    }

    @PostMapping("/{id}/termijn/opschorting")
    ResponseEntity<ZaakDetail> opschorting(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody OpschortingVerzoek verzoek) {
        return antwoord(stap(
                id,
                ifMatch,
                (zaak, versie) -> behandeling.schortTermijnOp(
                        zaak, Zaakopdracht.Opschorting.lees(verzoek.grond(), verzoek.toelichting()), versie)));
    }

    @PostMapping("/{id}/termijn/hervatting")
    ResponseEntity<ZaakDetail> hervatting(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable HervattingVerzoek verzoek) {
        return antwoord(stap(
                id,
                ifMatch,
                (zaak, versie) -> behandeling.hervatTermijn(
                        zaak, Zaakopdracht.Hervatting.lees(verzoek == null ? null : verzoek.toelichting()), versie)));
    }

    @PostMapping("/{id}/termijn/verlenging")
    ResponseEntity<ZaakDetail> verlenging(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody VerlengingVerzoek verzoek) {
        return antwoord(stap(
                id,
                ifMatch,
                (zaak, versie) -> behandeling.verlengTermijn(
                        zaak,
                        Zaakopdracht.Verlenging.lees(verzoek.regel(), verzoek.lengte(), verzoek.reden()),
                        versie)));
    }

    private ResponseEntity<ZaakDetail> antwoord(Zaak zaak) {
        return ResponseEntity.ok().eTag(etag(zaak)).body(detail(zaak));
    }

    private static String etag(Zaak zaak) {
        return "\"" + zaak.versie() + "\"";
    }

    /** A step on the case with the version its {@code If-Match} names (none: no check). */
    static <R> R stap(UUID id, @Nullable String ifMatch, Zaakstap<R> stap) {
        return stap.zet(id, versie(ifMatch));
    }

    /** {@code If-Match: "3"} (or 3, or W/"3"); anything else is not a version of ours. */
    static @Nullable Long versie(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String waarde = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(waarde);
        } catch (NumberFormatException e) {
            throw Weigering.opVeld("If-Match", "zaak.versie.ongeldig");
        }
    }

    private ZaakDetail detail(Zaak zaak) {
        Termijn termijn = zaak.termijn();
        return new ZaakDetail(
                zaak.id().waarde(),
                zaak.referentie(),
                zaak.versie() == null ? 0 : zaak.versie(),
                zaak.status(),
                zaak.soort(),
                zaak.sector(),
                zaak.afdeling(),
                zaak.zorgaanbieder() == null ? null : zaak.zorgaanbieder().waarde(),
                zaak.inspecteur(),
                termijn == null ? null : termijn.soort(),
                termijn == null ? null : termijn.datum(),
                zaak.isTeLaat(termijnen.vandaag()),
                zaak.isTeLaatGemeld(),
                zaak.ontvangenOp(),
                zaak.geopendOp(),
                zaak.geslotenOp(),
                zaak.sluitreden(),
                zaak.isSamenvatting(),
                zaak.meldingen().stream().map(MeldingId::waarde).toList(),
                zaak.toegestaneTransities(),
                behandeling.tijdlijn(zaak).stream().map(this::regel).toList());
    }

    /** A note on the timeline is free text that may name the patient (decision 0024). */
    private TijdlijnRegel regel(Statuswijziging s) {
        return new TijdlijnRegel(
                s.van(),
                s.naar(),
                s.transitie(),
                s.door(),
                s.op(),
                toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN) ? s.toelichting() : null);
    }
}
