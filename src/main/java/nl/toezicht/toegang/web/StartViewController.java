package nl.toezicht.toegang.web;

import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.toegang.aanmelden.Startpagina;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /start}: to the start page of the user's role (after logging in, and behind the logo). */
@Controller
class StartViewController {

    private final Toegangsbeleid toegang;

    StartViewController(Toegangsbeleid toegang) {
        this.toegang = toegang;
    }

    @GetMapping(Startpagina.PAD)
    String start() {
        return "redirect:" + Startpagina.van(toegang.ik().rol());
    }
}
