package nl.toezicht.historie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import nl.toezicht.historie.HistorieImport;
import nl.toezicht.historie.Importverslag;
import nl.toezicht.historie.Importvoortgang;
import nl.toezicht.kern.NietGevonden;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's page for the history import: upload a file (dry run, or with rejects), follow its
 * progress (the page polls a fragment while it runs), read the report and the reconciliation, download the
 * rejects. Larger files than an upload allows go through the command (docs/historie-import.md).
 */
@Controller
@RequestMapping("/beheer/historie")
class HistorieViewController {

    private final HistorieImport historie;

    HistorieViewController(HistorieImport historie) {
        this.historie = historie;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("runs", historie.recent());
        return "historie/start";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile bestand,
            @RequestParam(name = "droog", defaultValue = "false") boolean droog,
            @RequestParam(name = "afwijzingen", defaultValue = "false") boolean afwijzingen,
            Model model) {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("bestandsfout", true);
            return start(model);
        }
        HistorieImport.Run run;
        try (InputStream inhoud = bestand.getInputStream()) {
            String naam = bestand.getOriginalFilename() == null ? "upload.jsonl" : bestand.getOriginalFilename();
            run = historie.registreerUpload(inhoud, Path.of(naam).getFileName().toString(), droog, afwijzingen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        historie.voerUitOpAchtergrond(run);
        return "redirect:/beheer/historie/" + run.id();
    }

    @GetMapping("/{id}")
    String run(@PathVariable UUID id, Model model) {
        vul(id, model);
        return "historie/run";
    }

    /** The part of the page that changes while the run goes on (htmx polls it). */
    @GetMapping("/{id}/voortgang")
    String voortgang(@PathVariable UUID id, Model model) {
        vul(id, model);
        return "historie/run :: voortgang";
    }

    @GetMapping("/{id}/afwijzingen")
    ResponseEntity<Resource> afwijzingen(@PathVariable UUID id) {
        Path pad = historie.afwijzingen(id).orElseThrow(() -> new NietGevonden("afwijzingen", id.toString()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/jsonl"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("afwijzingen-" + id + ".jsonl")
                                .build()
                                .toString())
                .body(new FileSystemResource(pad));
    }

    private void vul(UUID id, Model model) {
        Importvoortgang voortgang =
                historie.voortgang(id).orElseThrow(() -> new NietGevonden("importrun", id.toString()));
        model.addAttribute("voortgang", voortgang);
        Importverslag verslag =
                voortgang.isBezig() ? null : historie.verslag(id).orElse(null);
        model.addAttribute("verslag", verslag);
        model.addAttribute(
                "metAfwijzingen", verslag != null && historie.afwijzingen(id).isPresent());
    }
}
