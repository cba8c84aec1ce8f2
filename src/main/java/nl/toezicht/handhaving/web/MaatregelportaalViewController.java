package nl.toezicht.handhaving.web;

import java.util.UUID;
import nl.toezicht.documenten.Documentbestand;
import nl.toezicht.handhaving.Maatregelportaal;
import nl.toezicht.kern.Download;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The provider portal's pages of measures: its own list, one measure with its letters, a letter as PDF. */
@Controller
class MaatregelportaalViewController {

    private final Maatregelportaal portaal;

    MaatregelportaalViewController(Maatregelportaal portaal) {
        this.portaal = portaal;
    }

    @GetMapping("/mijn-maatregelen")
    String lijst(Model model) {
        model.addAttribute("regels", portaal.mijnMaatregelen());
        return "handhaving/mijn-maatregelen";
    }

    @GetMapping("/mijn-maatregelen/{id}")
    String maatregel(@PathVariable UUID id, Model model) {
        model.addAttribute("inzage", portaal.inzage(id));
        return "handhaving/mijn-maatregel";
    }

    /** Always a download (as every document), never shown in the browser. */
    @GetMapping("/mijn-maatregelen/{id}/brieven/{brief}")
    ResponseEntity<Resource> brief(@PathVariable UUID id, @PathVariable UUID brief) {
        Documentbestand b = portaal.brief(id, brief);
        return Download.van(b.bestandsnaam(), b.mediatype(), b.grootte(), b.inhoud()::open);
    }
}
