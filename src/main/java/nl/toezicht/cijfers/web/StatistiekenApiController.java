package nl.toezicht.cijfers.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.toezicht.cijfers.CijferRechten;
import nl.toezicht.cijfers.Cijferaggregaten;
import nl.toezicht.cijfers.Cijferdienst;
import nl.toezicht.cijfers.Cijferexport;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Tabellenregister;
import nl.toezicht.cijfers.Vaststelling;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Veldfout;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual figures as JSON and downloads. Public: the table registry and the approved (published)
 * figures with their exports. Staff: provisional figures of any period (unrounded for analysts), the
 * versions of a year and their draft → check → approval, the refresh of the daily counts.
 */
@ApiController
@RequestMapping("/api/v1/statistieken")
class StatistiekenApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Cijferdienst dienst;
    private final Tabellenregister register;
    private final Cijferexport export;
    private final Cijferaggregaten aggregaten;
    private final nl.toezicht.toegang.Toegangsbeleid beleid;
    private final MessageSource berichten;

    StatistiekenApiController(
            Cijferdienst dienst,
            Tabellenregister register,
            Cijferexport export,
            Cijferaggregaten aggregaten,
            nl.toezicht.toegang.Toegangsbeleid beleid,
            MessageSource berichten) {
        this.dienst = dienst;
        this.register = register;
        this.export = export;
        this.aggregaten = aggregaten;
        this.beleid = beleid;
        this.berichten = berichten;
    }

    record Kolominfo(String kop, String grootheid, @Nullable String deelVan) {}

    record Tabelinfo(String id, String titel, String indeling, List<Kolominfo> kolommen, String regelset) {}

    /** A rule set: its code, name, version, versioned name and the rules in words. */
    record Regelsetinfo(String code, String naam, int versie, String versienaam, String regels) {}

    record Registry(String regelsVersie, String regels, List<Regelsetinfo> regelsets, List<Tabelinfo> tabellen) {}

    @GetMapping("/tabellen")
    Registry tabellen() {
        return new Registry(
                register.regelsVersie(),
                String.join(
                        " ",
                        register.regelsets().stream()
                                .map(nl.toezicht.cijfers.Regelset::beschrijving)
                                .toList()),
                register.regelsets().stream()
                        .map(r -> new Regelsetinfo(r.code(), r.naam(), r.versie(), r.versienaam(), r.beschrijving()))
                        .toList(),
                register.definities().stream()
                        .map(d -> new Tabelinfo(
                                d.id(),
                                d.titel(),
                                d.indeling().name(),
                                d.kolommen().stream()
                                        .map(k -> new Kolominfo(
                                                k.kop(),
                                                k.grootheid().code(),
                                                k.deelVan() == null
                                                        ? null
                                                        : k.deelVan().code()))
                                        .toList(),
                                d.regelset().versienaam()))
                        .toList());
    }

    @GetMapping("/jaren/{jaar}")
    Cijferset gepubliceerd(
            @PathVariable int jaar,
            @RequestParam(required = false) @Nullable Integer versie,
            @RequestParam(required = false) @Nullable String sector) {
        return dienst.gepubliceerd(dienst.jaar(jaar), versie, dienst.sector(sector));
    }

    record Verschil(int versie, @Nullable Integer vorigeVersie, List<Cijferdienst.Wijziging> wijzigingen) {}

    @GetMapping("/jaren/{jaar}/versies/{versie}/verschil")
    Verschil verschil(@PathVariable int jaar, @PathVariable int versie) {
        int j = dienst.jaar(jaar);
        return new Verschil(versie, dienst.vorigeVersie(j, versie), dienst.verschil(j, versie));
    }

    @GetMapping("/jaren/{jaar}/cijfers.csv")
    ResponseEntity<byte[]> csv(@PathVariable int jaar, @RequestParam(required = false) @Nullable Integer versie) {
        return download(jaar, versie, "csv", CSV);
    }

    @GetMapping("/jaren/{jaar}/cijfers.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int jaar, @RequestParam(required = false) @Nullable Integer versie) {
        return download(jaar, versie, "xlsx", XLSX);
    }

    @GetMapping("/jaren/{jaar}/cijfers.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int jaar, @RequestParam(required = false) @Nullable Integer versie) {
        return download(jaar, versie, "pdf", MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> download(int jaar, @Nullable Integer versie, String formaat, MediaType type) {
        int j = dienst.jaar(jaar);
        Cijferset set = dienst.gepubliceerd(j, versie, null);
        Optional<Vaststelling.Versie> v = Optional.of(dienst.versie(j, versie));
        byte[] inhoud = switch (formaat) {
            case "csv" -> export.csv(set, v);
            case "xlsx" -> export.xlsx(set, v);
            default -> export.pdf(set, v);
        };
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("cijfers-" + j + "-versie-" + v.get().versie() + "." + formaat)
                                .build()
                                .toString())
                .body(inhoud);
    }

    @GetMapping("/voorlopig")
    Cijferset voorlopig(
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable String periode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable Integer vergelijk,
            @RequestParam(required = false) @Nullable String vorm) {
        boolean ongeafrond = vorm(vorm);
        Zorgsector s = dienst.sector(sector);
        return dienst.voorlopig(dienst.periode(jaar, periode), dienst.vergelijk(vergelijk), s, ongeafrond);
    }

    static boolean vorm(@Nullable String vorm) {
        if (vorm == null || vorm.isBlank() || vorm.equalsIgnoreCase(Cijferset.GEPUBLICEERD)) {
            return false;
        }
        if (vorm.equalsIgnoreCase(Cijferset.ONGEAFROND)) {
            return true;
        }
        throw Weigering.opVeld("vorm", "cijfers.vorm.onbekend", vorm);
    }

    @GetMapping("/vaststellingen/{jaar}")
    List<Vaststelling.Versie> versies(@PathVariable int jaar) {
        return dienst.versies(dienst.jaar(jaar));
    }

    @PostMapping("/vaststellingen/{jaar}")
    ResponseEntity<Vaststelling.Versie> stelOp(@PathVariable int jaar) {
        Vaststelling.Versie versie = dienst.stelOp(dienst.jaar(jaar));
        return ResponseEntity.created(
                        URI.create("/api/v1/statistieken/vaststellingen/" + versie.jaar() + "/" + versie.versie()))
                .body(versie);
    }

    @PostMapping("/vaststellingen/{jaar}/{versie}/controle")
    Vaststelling.Versie controleer(@PathVariable int jaar, @PathVariable int versie) {
        return dienst.controleer(dienst.jaar(jaar), versie);
    }

    @PostMapping("/vaststellingen/{jaar}/{versie}/vaststelling")
    Vaststelling.Versie stelVast(@PathVariable int jaar, @PathVariable int versie) {
        return dienst.stelVast(dienst.jaar(jaar), versie);
    }

    /** Refreshes the daily counts now (after a bulk import; otherwise nightly). */
    @PostMapping("/tellingen/verversing")
    Cijferaggregaten.Verversing ververs() {
        beleid.eis(CijferRechten.OPSTELLEN);
        return aggregaten.ververs();
    }

    @ExceptionHandler(Vaststelling.ControleMislukt.class)
    ResponseEntity<ProblemDetail> controleMislukt(Vaststelling.ControleMislukt e) {
        Locale taal = LocaleContextHolder.getLocale();
        String detail = berichten.getMessage(
                "cijfers.controle.mislukt", new Object[] {e.bevindingen().size()}, taal);
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        probleem.setType(URI.create("/problemen/controle-mislukt"));
        probleem.setTitle(berichten.getMessage("cijfers.controle.titel", null, taal));
        probleem.setProperty(
                "errors",
                e.bevindingen().stream().map(b -> new Veldfout("controle", b)).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleem);
    }
}
