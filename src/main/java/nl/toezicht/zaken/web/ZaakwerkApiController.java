package nl.toezicht.zaken.web;

import static nl.toezicht.zaken.web.ZaakApiController.stap;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Notitie;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Taak;
import nl.toezicht.zaken.Taakstatus;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import nl.toezicht.zaken.Zaakopdracht;
import nl.toezicht.zaken.Zaakstatus;
import nl.toezicht.zaken.Zaakwerk;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Notes, tasks, the four-eyes closing and reopening over JSON (issue 13 items 2 and 4). The commands are read by
 * the same {@link Zaakopdracht} methods as the case page's forms: the same Dutch refusal on the same field
 * (422). The steps of the case answer its state and version ({@code ETag}); {@code If-Match} as for the other
 * steps ({@link ZaakApiController}).
 */
@ApiController
@RequestMapping("/api/v1/zaken/{id}")
class ZaakwerkApiController {

    private final Zaakwerk zaakwerk;
    private final Zaakbehandeling behandeling;
    private final Toegangsbeleid toegang;
    private final Termijnen termijnen;

    ZaakwerkApiController(Zaakwerk zaakwerk, Zaakbehandeling behandeling, Toegangsbeleid toegang, Termijnen termijnen) {
        this.zaakwerk = zaakwerk;
        this.behandeling = behandeling;
        this.toegang = toegang;
        this.termijnen = termijnen;
    }

    record NotitieVerzoek(@Nullable String tekst) {}

    record NotitieRegel(@Nullable String tekst, String door, Instant op) {}

    record TaakVerzoek(
            @Nullable String omschrijving,
            @Nullable String medewerker,
            @Nullable String afdeling,
            @Nullable String uiterlijk) {}

    record TaakRegel(
            UUID id,
            @Nullable String omschrijving,
            @Nullable String medewerker,
            @Nullable Zorgsector afdeling,
            LocalDate uiterlijk,
            boolean teLaat,
            Taakstatus status,
            String aangemaaktDoor,
            Instant aangemaaktOp,
            @Nullable String afgehandeldDoor,
            @Nullable Instant afgehandeldOp) {}

    record SluitverzoekVerzoek(
            @Nullable String sluitreden, @Nullable String toelichting) {}

    record ToelichtingVerzoek(@Nullable String toelichting) {}

    record RedenVerzoek(@Nullable String reden) {}

    /** The case after a step of the four-eyes closing or reopening; the whole case is at {@code GET /zaken/{id}}. */
    record Zaakstand(
            UUID id,
            String referentie,
            long versie,
            Zaakstatus status,
            @Nullable String sluitenGevraagdDoor,
            @Nullable Sluitreden voorgesteldeSluitreden,
            @Nullable Sluitreden sluitreden,
            @Nullable Instant geslotenOp) {}

    /** The case's notes, newest first; reading them is reading the case (logged as such). */
    @GetMapping("/notities")
    List<NotitieRegel> notities(@PathVariable UUID id) {
        return vanZaak(id, zaakwerk::notities, ZaakwerkApiController::regel);
    }

    @PostMapping("/notities")
    ResponseEntity<NotitieRegel> noteer(@PathVariable UUID id, @RequestBody NotitieVerzoek verzoek) {
        Notitie notitie = zaakwerk.noteer(new ZaakId(id), Zaakopdracht.Noteren.lees(verzoek.tekst()));
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + id + "/notities"))
                .body(regel(notitie, true));
    }

    /** The case's tasks, open ones first; reading them is reading the case. */
    @GetMapping("/taken")
    List<TaakRegel> taken(@PathVariable UUID id) {
        return vanZaak(id, zaakwerk::taken, this::regel);
    }

    @PostMapping("/taken")
    ResponseEntity<TaakRegel> taak(@PathVariable UUID id, @RequestBody TaakVerzoek verzoek) {
        Taak taak = zaakwerk.wijsTaakToe(
                new ZaakId(id),
                Zaakopdracht.Taaktoewijzing.lees(
                        verzoek.omschrijving(),
                        verzoek.medewerker(),
                        verzoek.afdeling(),
                        verzoek.uiterlijk(),
                        termijnen.vandaag()));
        return ResponseEntity.created(URI.create("/api/v1/zaken/" + id + "/taken"))
                .body(regel(taak, true));
    }

    /** Which task of the case: a task that is not one of this case is refused on this field (422). */
    record TaakKeuze(@Nullable String taak) {}

    @PostMapping("/taken/afronding")
    TaakRegel rondAf(@PathVariable UUID id, @RequestBody TaakKeuze verzoek) {
        return handelAf(id, verzoek, Taakstatus.AFGEROND);
    }

    @PostMapping("/taken/annulering")
    TaakRegel annuleer(@PathVariable UUID id, @RequestBody TaakKeuze verzoek) {
        return handelAf(id, verzoek, Taakstatus.GEANNULEERD);
    }

    private TaakRegel handelAf(UUID id, TaakKeuze verzoek, Taakstatus uitkomst) {
        return regel(zaakwerk.handelTaakAf(new ZaakId(id), Zaakopdracht.taak(verzoek.taak()), uitkomst), true);
    }

    @PostMapping("/sluitverzoek")
    ResponseEntity<Zaakstand> vraagSluitenAan(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody SluitverzoekVerzoek verzoek) {
        return stand(stap(
                id,
                ifMatch,
                (zaak, versie) -> zaakwerk.vraagSluitenAan(
                        zaak, Zaakopdracht.Sluitverzoek.lees(verzoek.sluitreden(), verzoek.toelichting()), versie)));
    }

    @PostMapping("/sluitverzoek/goedkeuring")
    ResponseEntity<Zaakstand> keurGoed(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable ToelichtingVerzoek verzoek) {
        return stand(stap(
                id,
                ifMatch,
                (zaak, versie) -> zaakwerk.keurSluitenGoed(
                        zaak, Zaakopdracht.Goedkeuring.lees(verzoek == null ? null : verzoek.toelichting()), versie)));
    }

    @PostMapping("/sluitverzoek/terugsturing")
    ResponseEntity<Zaakstand> stuurTerug(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody RedenVerzoek verzoek) {
        return stand(stap(
                id,
                ifMatch,
                (zaak, versie) ->
                        zaakwerk.stuurSluitenTerug(zaak, Zaakopdracht.MetReden.lees(verzoek.reden()), versie)));
    }

    @PostMapping("/heropening")
    ResponseEntity<Zaakstand> heropen(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody RedenVerzoek verzoek) {
        return stand(stap(
                id,
                ifMatch,
                (zaak, versie) -> zaakwerk.heropen(zaak, Zaakopdracht.MetReden.lees(verzoek.reden()), versie)));
    }

    /** What a case holds, read with the case (logged as reading it), free text only for who may see it. */
    private <T, R> List<R> vanZaak(UUID id, Function<Zaak, List<T>> lees, BiFunction<T, Boolean, R> regel) {
        Zaak zaak = behandeling.zaak(new ZaakId(id));
        boolean vrijeTekst = toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN);
        return lees.apply(zaak).stream().map(x -> regel.apply(x, vrijeTekst)).toList();
    }

    private static ResponseEntity<Zaakstand> stand(Zaak zaak) {
        long versie = zaak.versie() == null ? 0 : zaak.versie();
        return ResponseEntity.ok()
                .eTag("\"" + versie + "\"")
                .body(new Zaakstand(
                        zaak.id().waarde(),
                        zaak.referentie(),
                        versie,
                        zaak.status(),
                        zaak.sluitenGevraagdDoor(),
                        zaak.voorgesteldeSluitreden(),
                        zaak.sluitreden(),
                        zaak.geslotenOp()));
    }

    /** Free text may name the patient: only for who may see the patient's identity (decision 0024). */
    private static NotitieRegel regel(Notitie n, boolean vrijeTekst) {
        return new NotitieRegel(vrijeTekst ? n.tekst() : null, n.door(), n.op());
    }

    private TaakRegel regel(Taak t, boolean vrijeTekst) {
        return new TaakRegel(
                t.id().waarde(),
                vrijeTekst ? t.omschrijving() : null,
                t.medewerker(),
                t.afdeling(),
                t.uiterlijk(),
                t.isTeLaat(termijnen.vandaag()),
                t.status(),
                t.aangemaaktDoor(),
                t.aangemaaktOp(),
                t.afgehandeldDoor(),
                t.afgehandeldOp());
    }
}
