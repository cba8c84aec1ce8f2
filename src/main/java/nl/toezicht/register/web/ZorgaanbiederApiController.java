package nl.toezicht.register.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.kern.Veldfout;
import nl.toezicht.register.ImportFout;
import nl.toezicht.register.ImportGeweigerd;
import nl.toezicht.register.ImportVerslag;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.ZoekVraag;
import nl.toezicht.register.Zorgaanbieder;
import nl.toezicht.register.ZorgaanbiederBeheer;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The provider register over JSON: search, read, register, maintain and import (CSV). */
@ApiController
@RequestMapping("/api/v1/zorgaanbieders")
class ZorgaanbiederApiController {

    private final ZorgaanbiederBeheer beheer;
    private final MessageSource messages;

    ZorgaanbiederApiController(ZorgaanbiederBeheer beheer, MessageSource messages) {
        this.beheer = beheer;
        this.messages = messages;
    }

    @GetMapping
    ZorgaanbiederAntwoord.Zoekresultaat zoek(
            @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false)
                    @Nullable
                    @Pattern(regexp = KvkNummer.PATROON, message = "{zorgaanbieder.zoek.kvk-ongeldig}")
                    String kvk,
            @RequestParam(required = false) @Nullable String plaats,
            @RequestParam(defaultValue = "1") @Min(1) int pagina,
            @RequestParam(defaultValue = "20") @Min(1) @Max(ZoekVraag.MAX_GROOTTE) int grootte) {
        ZoekVraag vraag = new ZoekVraag(zoek, kvk, plaats, pagina, grootte);
        return ZorgaanbiederAntwoord.Zoekresultaat.van(beheer.zoek(vraag), vraag);
    }

    @GetMapping("/{id}")
    ZorgaanbiederAntwoord details(@PathVariable UUID id) {
        return ZorgaanbiederAntwoord.van(beheer.details(new ZorgaanbiederId(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZorgaanbiederAntwoord> registreer(@Valid @RequestBody ZorgaanbiederVerzoek verzoek) {
        Zorgaanbieder nieuw = beheer.registreer(verzoek.gegevens());
        return ResponseEntity.created(URI.create("/api/v1/zorgaanbieders/" + nieuw.id()))
                .body(ZorgaanbiederAntwoord.van(nieuw));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ZorgaanbiederAntwoord wijzig(@PathVariable UUID id, @Valid @RequestBody ZorgaanbiederVerzoek verzoek) {
        return ZorgaanbiederAntwoord.van(beheer.wijzig(new ZorgaanbiederId(id), verzoek.versie(), verzoek.gegevens()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportVerslag importeer(@RequestParam("bestand") MultipartFile bestand) {
        try {
            return beheer.importeer(bestand.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error of the file, as {@code errors} with {@code field} "regel 7: postcode". */
    @ExceptionHandler(ImportGeweigerd.class)
    ResponseEntity<ProblemDetail> importGeweigerd(ImportGeweigerd e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("register.import.geweigerd", null, locale));
        problem.setType(URI.create("/problemen/import-geweigerd"));
        problem.setTitle(messages.getMessage("register.import.titel.geweigerd", null, locale));
        List<Veldfout> fouten =
                e.fouten().stream().map(f -> veldfout(f, locale)).toList();
        problem.setProperty("errors", fouten);
        if (e.afgekapt()) {
            problem.setProperty("afgekapt", true);
        }
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }

    private Veldfout veldfout(ImportFout fout, Locale locale) {
        String veld = fout.kolom().isEmpty()
                ? messages.getMessage(
                        "register.import.fout.veld-zonder-kolom", new Object[] {String.valueOf(fout.regel())}, locale)
                : messages.getMessage(
                        "register.import.fout.veld", new Object[] {String.valueOf(fout.regel()), fout.kolom()}, locale);
        return new Veldfout(
                veld,
                messages.getMessage(fout.berichtSleutel(), fout.argumenten().toArray(), locale));
    }
}
