package nl.toezicht.inspecties.web;

import java.util.UUID;
import nl.toezicht.inspecties.Rapportage;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page per provider (no login): its published inspection reports with their PDFs and checksums.
 * Nothing unpublished: a draft or a final report not yet published is not listed and its PDF is not found.
 */
@Controller
class OpenbaarViewController {

    private final Rapportage rapportage;
    private final Register register;

    OpenbaarViewController(Rapportage rapportage, Register register) {
        this.rapportage = rapportage;
        this.register = register;
    }

    @GetMapping("/openbaar/inspectierapporten/{id}")
    String pagina(@PathVariable("id") UUID zorgaanbieder, Model model) {
        ZorgaanbiederSamenvatting aanbieder = register.vind(new ZorgaanbiederId(zorgaanbieder))
                .orElseThrow(() -> new NietGevonden("object.zorgaanbieder", zorgaanbieder));
        model.addAttribute("zorgaanbieder", aanbieder);
        model.addAttribute("rapporten", rapportage.gepubliceerd(zorgaanbieder));
        return "inspecties/openbaar";
    }

    @GetMapping("/openbaar/inspectierapporten/{id}/{activiteit}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") UUID zorgaanbieder, @PathVariable UUID activiteit) {
        return RapportViewController.pdfAntwoord(
                rapportage.gepubliceerdePdf(zorgaanbieder, activiteit), "inspectierapport-" + activiteit + ".pdf");
    }
}
