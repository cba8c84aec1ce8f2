package nl.toezicht.handhaving.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import nl.toezicht.handhaving.Handhaving;
import nl.toezicht.handhaving.Maatregel;
import nl.toezicht.handhaving.Maatregelbrief;
import nl.toezicht.handhaving.Maatregelregel;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.handhaving.Opstelverzoek;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enforcement measures through the API ({@code /api/v1/maatregelen}): prepare, read, take steps, send letters,
 * record money and objections. Bad input is answered as problem details in Dutch, naming the field.
 */
@ApiController
class MaatregelApiController {

    private final Handhaving handhaving;
    private final Register register;

    MaatregelApiController(Handhaving handhaving, Register register) {
        this.handhaving = handhaving;
        this.register = register;
    }

    record Stapverzoek(
            @Nullable Maatregelstap stap, @Nullable String toelichting) {}

    record Briefverzoek(
            @Nullable Maatregelstap stap,
            @Nullable String aan,
            @Nullable Integer termijn) {}

    record Verbeurteverzoek(@Nullable Integer aantal) {}

    record Bedragverzoek(
            @Nullable BigDecimal bedrag, @Nullable String reden) {}

    record Bezwaarverzoek(@Nullable LocalDate ontvangen) {}

    record Bezwaarbeslissing(
            @Nullable Boolean gegrond, @Nullable String toelichting) {}

    record Verlengverzoek(@Nullable Integer dagen, @Nullable String reden) {}

    record Uitspraakverzoek(@Nullable String uitspraak) {}

    @GetMapping("/api/v1/maatregelen")
    Pagina<Maatregelregel> lijst(
            @RequestParam(required = false) @Nullable UUID zorgaanbieder,
            @RequestParam(defaultValue = "1") int pagina) {
        return handhaving.lijst(zorgaanbieder, pagina);
    }

    @PostMapping("/api/v1/maatregelen")
    ResponseEntity<Maatregelweergave> stelOp(@RequestBody Opstelverzoek verzoek) {
        Maatregel m = handhaving.stelOp(verzoek);
        return ResponseEntity.created(URI.create("/api/v1/maatregelen/" + m.id()))
                .body(weergave(m));
    }

    @GetMapping("/api/v1/maatregelen/{id}")
    Maatregelweergave maatregel(@PathVariable UUID id) {
        return weergave(handhaving.maatregel(id));
    }

    @PostMapping("/api/v1/maatregelen/{id}/stappen")
    Maatregelweergave stap(@PathVariable UUID id, @RequestBody Stapverzoek verzoek) {
        if (verzoek.stap() == null) {
            throw Weigering.opVeld("stap", "maatregel.veld.verplicht");
        }
        return weergave(handhaving.neemStap(id, verzoek.stap(), verzoek.toelichting()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/brieven")
    ResponseEntity<Maatregelbrief> brief(@PathVariable UUID id, @RequestBody Briefverzoek verzoek) {
        if (verzoek.stap() == null) {
            throw Weigering.opVeld("stap", "maatregel.veld.verplicht");
        }
        Maatregelbrief brief =
                handhaving.verzend(id, verzoek.stap(), new Handhaving.Verzending(verzoek.aan(), verzoek.termijn()));
        return ResponseEntity.created(URI.create("/documenten/" + brief.documentId() + "/versies/1"))
                .body(brief);
    }

    @PostMapping("/api/v1/maatregelen/{id}/verbeurte")
    Maatregelweergave verbeurte(@PathVariable UUID id, @RequestBody Verbeurteverzoek verzoek) {
        return weergave(handhaving.stelVerbeurteVast(id, verzoek.aantal()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/betalingen")
    Maatregelweergave betaling(@PathVariable UUID id, @RequestBody Bedragverzoek verzoek) {
        return weergave(handhaving.legBetalingVast(id, verzoek.bedrag()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/afschrijvingen")
    Maatregelweergave afschrijving(@PathVariable UUID id, @RequestBody Bedragverzoek verzoek) {
        return weergave(handhaving.schrijfAf(id, verzoek.bedrag(), verzoek.reden()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/bezwaren")
    Maatregelweergave bezwaar(@PathVariable UUID id, @RequestBody Bezwaarverzoek verzoek) {
        return weergave(handhaving.ontvangBezwaar(id, verzoek.ontvangen()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/bezwaarbeslissingen")
    Maatregelweergave bezwaarbeslissing(@PathVariable UUID id, @RequestBody Bezwaarbeslissing verzoek) {
        if (verzoek.gegrond() == null) {
            throw Weigering.opVeld("gegrond", "maatregel.veld.verplicht");
        }
        return weergave(handhaving.neemStap(
                id,
                verzoek.gegrond() ? Maatregelstap.BEZWAAR_GEGROND : Maatregelstap.BEZWAAR_ONGEGROND,
                verzoek.toelichting()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/verlengingen")
    Maatregelweergave verlenging(@PathVariable UUID id, @RequestBody Verlengverzoek verzoek) {
        return weergave(handhaving.verlengBevel(id, verzoek.dagen(), verzoek.reden()));
    }

    @PostMapping("/api/v1/maatregelen/{id}/uitspraak")
    Maatregelweergave uitspraak(@PathVariable UUID id, @RequestBody Uitspraakverzoek verzoek) {
        return weergave(handhaving.legUitspraakVast(id, verzoek.uitspraak()));
    }

    private Maatregelweergave weergave(Maatregel m) {
        String naam = register.vind(new ZorgaanbiederId(m.zorgaanbiederId()))
                .map(ZorgaanbiederSamenvatting::naam)
                .orElse("?");
        return Maatregelweergave.van(
                m,
                naam,
                handhaving.klokken(m),
                handhaving.brieven(m),
                handhaving.tijdlijn(m),
                handhaving.mogelijk(m),
                handhaving.boeteberekening(m).orElse(null));
    }
}
