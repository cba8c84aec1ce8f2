package nl.toezicht.documenten.web;

import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import nl.toezicht.documenten.Document;
import nl.toezicht.documenten.Documentbestand;
import nl.toezicht.documenten.Documenten;
import nl.toezicht.documenten.Dossier;
import nl.toezicht.kern.Download;
import nl.toezicht.kern.MultipartUpload;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's forms on its owner's page (a case): add a document, add a version, download one. Every
 * form comes back to the owner's page with what happened or why it was refused (in words, on its field).
 */
@Controller
class DocumentViewController {

    private final Documenten documenten;
    private final MessageSource berichten;

    DocumentViewController(Documenten documenten, MessageSource berichten) {
        this.documenten = documenten;
        this.berichten = berichten;
    }

    @PostMapping("/documenten/{soort}/{dossierId}")
    String voegToe(
            @PathVariable String soort,
            @PathVariable UUID dossierId,
            @RequestParam(defaultValue = "") String titel,
            @RequestParam(required = false) @Nullable MultipartFile bestand,
            RedirectAttributes uit,
            Locale taal) {
        if (!soort.matches("[A-Z_]{1,40}")) {
            throw new NietGevonden("object.dossier", soort);
        }
        Dossier dossier = new Dossier(soort, dossierId);
        try {
            Document document = documenten.voegToe(dossier, titel, upload(bestand));
            uit.addFlashAttribute(
                    "gelukt", berichten.getMessage("document.toegevoegd", new Object[] {document.titel()}, taal));
        } catch (Weigering w) {
            weigering(uit, taal, w, "document");
        }
        return terug(dossier);
    }

    @PostMapping("/documenten/{id}/versies")
    String nieuweVersie(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile bestand,
            RedirectAttributes uit,
            Locale taal) {
        Dossier dossier =
                documenten.dossierVan(id).orElseThrow(() -> new NietGevonden("object.document", id.toString()));
        try {
            Document document = documenten.nieuweVersie(id, upload(bestand));
            uit.addFlashAttribute(
                    "gelukt",
                    berichten.getMessage(
                            "document.versie-toegevoegd",
                            new Object[] {document.laatste().nummer(), document.titel()},
                            taal));
        } catch (Weigering w) {
            weigering(uit, taal, w, "versie-" + id);
        }
        return terug(dossier);
    }

    /** Always a download, never shown in the browser (a PDF or DOCX may carry script or macros). */
    @GetMapping("/documenten/{id}/versies/{versie}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable int versie) {
        Documentbestand b = documenten.bestand(id, versie);
        return Download.van(b.bestandsnaam(), b.mediatype(), b.grootte(), b.inhoud()::open);
    }

    private void weigering(RedirectAttributes uit, Locale taal, Weigering w, String formulier) {
        uit.addFlashAttribute("fout", berichten.getMessage(w.berichtSleutel(), w.argumenten(), taal));
        uit.addFlashAttribute("foutVeld", w.veld() == null ? null : formulier + "-" + w.veld());
        uit.addFlashAttribute("foutFormulier", formulier);
    }

    private String terug(Dossier dossier) {
        String pad = documenten
                .kenmerken(dossier)
                .map(k -> k.pad())
                .orElseThrow(
                        () -> new NietGevonden("object.dossier", dossier.id().toString()));
        return "redirect:" + pad + "#documenten";
    }

    /** No file chosen is an empty file: refused on the field as any other empty file. */
    private static Upload upload(@Nullable MultipartFile bestand) {
        if (bestand == null) {
            return new Upload() {
                @Override
                public String bestandsnaam() {
                    return "";
                }

                @Override
                public long grootte() {
                    return 0;
                }

                @Override
                public InputStream open() {
                    return InputStream.nullInputStream();
                }
            };
        }
        return new MultipartUpload(bestand);
    }
}
