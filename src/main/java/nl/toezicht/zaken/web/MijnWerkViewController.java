package nl.toezicht.zaken.web;

import nl.toezicht.kern.Pagina;
import nl.toezicht.termijnen.Termijnlijst;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.ZaakRechten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An inspector's start page: their own open cases by deadline and their legal clocks due this week, each
 * list cut short with a link to the full work queue or deadline list.
 */
@Controller
class MijnWerkViewController {

    static final int KORT = 10;

    private final Werkbak werkbak;
    private final Termijnlijst termijnlijst;
    private final Toegangsbeleid toegang;

    MijnWerkViewController(Werkbak werkbak, Termijnlijst termijnlijst, Toegangsbeleid toegang) {
        this.werkbak = werkbak;
        this.termijnlijst = termijnlijst;
        this.toegang = toegang;
    }

    @GetMapping("/mijn-werk")
    String mijnWerk(Model model) {
        toegang.eis(ZaakRechten.INZIEN);
        Pagina<Werkbak.Regel> zaken = werkbak.pagina(
                new Werkbak.Filter(null, toegang.ik().gebruikersnaam(), null, null, null, null, null),
                null,
                null,
                KORT);
        Termijnlijst.Week termijnen = termijnlijst.dezeWeek(Termijnlijst.Filter.mijnKlokken(), null, KORT);
        model.addAttribute("naam", toegang.ik().naam());
        model.addAttribute("zaken", zaken.items());
        model.addAttribute("meerZaken", zaken.volgende() != null);
        model.addAttribute("termijnen", termijnen);
        model.addAttribute("meerTermijnen", termijnen.pagina().volgende() != null);
        return "zaken/mijn-werk";
    }
}
