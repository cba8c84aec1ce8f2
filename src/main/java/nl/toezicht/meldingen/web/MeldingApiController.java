package nl.toezicht.meldingen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.toezicht.kern.Basisadres;
import nl.toezicht.kern.Download;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bijlagebestand;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.MeldingDetail;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingIntake;
import nl.toezicht.meldingen.MeldingInzage;
import nl.toezicht.meldingen.MeldingRegel;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.meldingen.Ontvangst;
import nl.toezicht.meldingen.Patient;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.meldingen.Zoekvraag;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Machineclients;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

@nl.toezicht.kern.ApiController
@RequestMapping("/api/v1/meldingen")
@Tag(name = "Meldingen", description = "Intake van meldingen over zorg en jeugdzorg")
class MeldingApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final MeldingIntake intake;
    private final MeldingInzage inzage;
    private final Machineclients machineclients;
    private final Basisadres basisadres;

    MeldingApiController(
            MeldingIntake intake, MeldingInzage inzage, Machineclients machineclients, Basisadres basisadres) {
        this.intake = intake;
        this.inzage = inzage;
        this.machineclients = machineclients;
        this.basisadres = basisadres;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Melding doen",
            description =
                    "Neemt een melding in. Met een Idempotency-Key geeft een herhaald verzoek hetzelfde antwoord.")
    ResponseEntity<OntvangstAntwoord> ontvang(
            @Valid @RequestBody MeldingVerzoek verzoek,
            @Parameter(description = "Maakt herhalen veilig (1 tot 100 tekens: letters, cijfers, . _ : -)")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String sleutel) {
        return antwoord(intake.ontvang(gegevens(verzoek), List.of(), apiSleutel(sleutel)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Melding doen met bijlagen",
            description =
                    "Deel 'melding' (JSON) en 0 of meer delen 'bijlagen' (PDF, JPEG, PNG of DOCX, elk tot 20 MB).")
    ResponseEntity<OntvangstAntwoord> ontvangMetBijlagen(
            @Valid @RequestPart("melding") MeldingVerzoek verzoek,
            @RequestPart(name = "bijlagen", required = false) @Nullable List<MultipartFile> bijlagen,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String sleutel) {
        List<MultipartUpload> uploads = bijlagen == null
                ? List.of()
                : bijlagen.stream().map(MultipartUpload::new).toList();
        return antwoord(intake.ontvang(gegevens(verzoek), uploads, apiSleutel(sleutel)));
    }

    /** A notification sent with a care provider's API key is that provider's (docs/security.md). */
    private Meldinggegevens gegevens(MeldingVerzoek verzoek) {
        return verzoek.gegevens(
                Kanaal.API, machineclients.zorgaanbiederVanApiSleutel().orElse(null));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Melding inzien",
            description = "Alle gegevens van een melding, met de bijlagen (medewerkers).")
    MeldingDetailAntwoord detail(@PathVariable UUID id) {
        return MeldingDetailAntwoord.van(inzage.detail(new MeldingId(id)));
    }

    @GetMapping
    @Operation(summary = "Meldingen zoeken", description = "Nieuwste eerst, per pagina (maximaal 100), met filters.")
    PaginaAntwoord lijst(
            @RequestParam(required = false) @Nullable Zorgsector sector,
            @RequestParam(required = false) @Nullable Meldingsoort soort,
            @RequestParam(required = false) @Nullable Meldingstatus status,
            @RequestParam(required = false) @Nullable Bron bron,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @RequestParam(defaultValue = "false") boolean ongekoppeld,
            @Parameter(description = "Pseudoniem van de patiënt") @RequestParam(required = false) @Nullable
                    String pseudoniem,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{melding.pagina.ongeldig}") int pagina,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{melding.grootte.ongeldig}")
                    @Max(value = MeldingInzage.MAX_GROOTTE, message = "{melding.grootte.ongeldig}")
                    int grootte) {
        Pagina<MeldingRegel> p = inzage.zoek(
                new Zoekvraag(sector, soort, status, bron, vanaf, tot, ongekoppeld, pseudoniem), pagina, grootte);
        return new PaginaAntwoord(
                p.items().stream().map(RegelAntwoord::van).toList(),
                pagina,
                grootte,
                p.totaal() == null ? 0 : p.totaal());
    }

    @GetMapping("/{id}/bijlagen/{bijlageId}")
    @Operation(summary = "Bijlage downloaden", description = "Altijd als download, nooit in de browser getoond.")
    ResponseEntity<Resource> bijlage(@PathVariable UUID id, @PathVariable UUID bijlageId) {
        Bijlagebestand b = inzage.bijlage(new MeldingId(id), bijlageId);
        return Download.van(b.bestandsnaam(), b.mediatype(), b.grootte(), b.inhoud()::open);
    }

    @PostMapping(path = "/{id}/zorgaanbieder", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Melding koppelen aan zorgaanbieder",
            description = "Koppelt de melding aan een zorgaanbieder (en locatie) uit het register (intake).")
    MeldingDetailAntwoord koppel(@PathVariable UUID id, @Valid @RequestBody KoppelVerzoek verzoek) {
        MeldingId melding = new MeldingId(id);
        intake.koppel(
                melding,
                new ZorgaanbiederId(java.util.Objects.requireNonNull(verzoek.zorgaanbiederId())),
                verzoek.locatieId() == null ? null : new LocatieId(verzoek.locatieId()));
        return MeldingDetailAntwoord.van(inzage.detail(melding));
    }

    private static @Nullable String apiSleutel(@Nullable String sleutel) {
        if (sleutel == null) {
            return null;
        }
        if (!SLEUTEL.matcher(sleutel).matches()) {
            throw Weigering.opVeld(IDEMPOTENCY_KEY, "melding.idempotentie.ongeldig");
        }
        return "api:" + sleutel;
    }

    /** Links never from the request's Host: the status link carries the reporter's private token. */
    private ResponseEntity<OntvangstAntwoord> antwoord(Ontvangst o) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/meldingen/" + o.id().waarde()))
                .body(new OntvangstAntwoord(
                        o.id().toString(), o.referentie(), o.status(), basisadres.absoluut(o.statusPad())));
    }

    record KoppelVerzoek(
            @NotNull(message = "{melding.zorgaanbieder.verplicht}") @Nullable
            UUID zorgaanbiederId,

            @Nullable UUID locatieId) {}

    record OntvangstAntwoord(String id, String referentie, Meldingstatus status, String statusUrl) {}

    record PaginaAntwoord(List<RegelAntwoord> items, int pagina, int grootte, long totaal) {}

    record RegelAntwoord(
            String id,
            String referentie,
            Meldingstatus status,
            Bron bron,
            Kanaal kanaal,
            Meldingsoort soort,
            Zorgsector sector,
            boolean gekoppeld,
            Instant ontvangenOp,
            @Nullable String patientPseudoniem) {
        static RegelAntwoord van(MeldingRegel r) {
            return new RegelAntwoord(
                    r.id().toString(),
                    r.referentie(),
                    r.status(),
                    r.bron(),
                    r.kanaal(),
                    r.soort(),
                    r.sector(),
                    r.gekoppeld(),
                    r.ontvangenOp(),
                    r.patientPseudoniem());
        }
    }

    record MeldingDetailAntwoord(
            String id,
            String referentie,
            Meldingstatus status,
            Bron bron,
            Kanaal kanaal,
            Meldingsoort soort,
            Zorgsector sector,
            @Nullable String zorgaanbiederId,
            @Nullable String locatieId,
            @Nullable String zorgaanbiederOmschrijving,
            @Nullable String kvkNummer,
            @Nullable LocalDate datumGebeurtenis,
            @Nullable LocalDate datumVastgesteld,
            @Nullable String omschrijving,
            boolean patientOverleden,
            boolean doorSuicide,
            boolean suicidepoging,
            boolean geslotenJeugdinstelling,
            boolean seksueelGrensoverschrijdend,
            @Nullable SggSoort sggSoort,
            List<String> themas,
            @Nullable Melder melder,
            @Nullable Patient patient,
            Instant ontvangenOp,
            List<MeldingDetail.BijlageInfo> bijlagen,
            @Nullable String patientPseudoniem,
            boolean afgeschermd) {
        static MeldingDetailAntwoord van(MeldingDetail d) {
            Meldinggegevens g = d.gegevens();
            return new MeldingDetailAntwoord(
                    d.id().toString(),
                    d.referentie(),
                    d.status(),
                    g.bron(),
                    g.kanaal(),
                    g.soort(),
                    g.sector(),
                    g.zorgaanbieder() == null ? null : g.zorgaanbieder().toString(),
                    g.locatie() == null ? null : g.locatie().toString(),
                    g.zorgaanbiederOmschrijving(),
                    g.melderKvkNummer(),
                    g.datumGebeurtenis(),
                    g.datumVastgesteld(),
                    d.omschrijving(),
                    g.patientOverleden(),
                    g.doorSuicide(),
                    g.suicidepoging(),
                    g.geslotenJeugdinstelling(),
                    g.seksueelGrensoverschrijdend(),
                    g.sggSoort(),
                    g.themas(),
                    g.melder(),
                    g.patient(),
                    d.ontvangenOp(),
                    d.bijlagen(),
                    d.patientPseudoniem(),
                    d.afgeschermd());
        }
    }
}
