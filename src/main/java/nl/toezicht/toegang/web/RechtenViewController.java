package nl.toezicht.toegang.web;

import java.util.Arrays;
import java.util.List;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Rechtentabel;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator reads the role → rights table: every right with its description, per role yes or no. */
@Controller
class RechtenViewController {

    private final Rechtentabel tabel;
    private final Toegangsbeleid beleid;

    RechtenViewController(Rechtentabel tabel, Toegangsbeleid beleid) {
        this.tabel = tabel;
        this.beleid = beleid;
    }

    /** One right as a row: for each role of {@link Rol#values()}, whether it has the right. */
    record Regel(String module, String code, String omschrijvingssleutel, List<Boolean> perRol) {}

    @GetMapping("/beheer/rechten")
    String rechten(Model model) {
        beleid.eis(ToegangRechten.RECHTEN_INZIEN);
        List<Rol> rollen = Arrays.asList(Rol.values());
        List<Regel> regels = tabel.rechten().stream()
                .map((Recht r) -> new Regel(
                        r.module(),
                        r.code(),
                        r.omschrijvingssleutel(),
                        rollen.stream().map(rol -> tabel.heeft(rol, r)).toList()))
                .toList();
        model.addAttribute("rollen", rollen);
        model.addAttribute("regels", regels);
        return "toegang/rechten";
    }
}
