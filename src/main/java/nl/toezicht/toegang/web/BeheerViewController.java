package nl.toezicht.toegang.web;

import java.util.List;
import nl.toezicht.toegang.Beheerpagina;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration area's index: the pages the modules put there, those the user has the right for. */
@Controller
class BeheerViewController {

    private final List<Toegangsverklaring> verklaringen;
    private final Toegangsbeleid beleid;

    BeheerViewController(List<Toegangsverklaring> verklaringen, Toegangsbeleid beleid) {
        this.verklaringen = verklaringen;
        this.beleid = beleid;
    }

    @GetMapping("/beheer")
    String beheer(Model model) {
        beleid.eis(ToegangRechten.BEHEER);
        List<Beheerpagina> paginas = verklaringen.stream()
                .flatMap(v -> v.beheerpaginas().stream())
                .filter(p -> beleid.heeft(p.recht()))
                .sorted(java.util.Comparator.comparing(Beheerpagina::pad))
                .toList();
        model.addAttribute("paginas", paginas);
        return "toegang/beheer";
    }
}
