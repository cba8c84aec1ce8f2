package nl.toezicht.toegang.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InloggenViewController {

    @GetMapping("/inloggen")
    String inloggen() {
        return "toegang/inloggen";
    }
}
