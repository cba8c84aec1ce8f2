package nl.toezicht.toegang.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InloggenViewController {

    /** A configured identity provider, as the login page offers it. */
    record Identiteitsprovider(String id, String naam) {}

    private final ObjectProvider<ClientRegistrationRepository> registraties;

    InloggenViewController(ObjectProvider<ClientRegistrationRepository> registraties) {
        this.registraties = registraties;
    }

    @GetMapping("/inloggen")
    String inloggen(Model model) {
        List<Identiteitsprovider> providers = new ArrayList<>();
        if (registraties.getIfAvailable() instanceof Iterable<?> alle) {
            for (Object registratie : alle) {
                if (registratie instanceof ClientRegistration r) {
                    providers.add(new Identiteitsprovider(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        model.addAttribute("identiteitsproviders", providers);
        return "toegang/inloggen";
    }
}
