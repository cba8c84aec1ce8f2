package nl.toezicht.termijnen.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Kloksoorten;
import nl.toezicht.termijnen.Termijnlijst;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** "Deze week verlopen": my legal clocks, or a department's, due this week or overdue, by deadline. */
@Controller
class TermijnenViewController {

    static final int PAGINAGROOTTE = 50;

    private final Termijnlijst lijst;
    private final Kloksoorten soorten;
    private final Toegangsbeleid toegang;
    private final Medewerkers medewerkers;

    TermijnenViewController(Termijnlijst lijst, Kloksoorten soorten, Toegangsbeleid toegang, Medewerkers medewerkers) {
        this.lijst = lijst;
        this.soorten = soorten;
        this.toegang = toegang;
        this.medewerkers = medewerkers;
    }

    /** A tab: "mijn", "alle" or a department. */
    record Weergave(String code, @Nullable Zorgsector afdeling, String url, boolean actief) {}

    /**
     * A row as shown.
     *
     * @param afdeling the department's message key, or its code when it is no sector
     */
    record Rij(
            Termijnlijst.Regel regel,
            @Nullable Kloksoort soort,
            String afdeling,
            boolean afdelingIsSleutel,
            @Nullable String behandelaar) {}

    @GetMapping("/termijnen")
    String dezeWeek(
            @RequestParam(required = false) @Nullable String weergave,
            @RequestParam(required = false) @Nullable String na,
            Model model) {
        Medewerker ik = toegang.ik();
        boolean perAfdeling = ik.rol() == Rol.INSPECTEUR || ik.rol() == Rol.JURIST;
        String standaard = perAfdeling ? "mijn" : "alle";
        String gekozen = weergave == null || weergave.isBlank() ? standaard : weergave;
        Termijnlijst.Filter filter;
        if (gekozen.equals("mijn")) {
            filter = Termijnlijst.Filter.mijnKlokken();
        } else if (gekozen.equals("alle")) {
            filter = Termijnlijst.Filter.alle();
        } else if (afdeling(gekozen) != null && toegang.magAfdelingZien(afdeling(gekozen))) {
            filter = Termijnlijst.Filter.afdeling(gekozen);
        } else {
            gekozen = standaard;
            filter = perAfdeling ? Termijnlijst.Filter.mijnKlokken() : Termijnlijst.Filter.alle();
        }
        Termijnlijst.Week pagina = lijst.dezeWeek(filter, cursor(na), PAGINAGROOTTE);

        List<Weergave> weergaven = new ArrayList<>();
        weergaven.add(new Weergave("mijn", null, "/termijnen?weergave=mijn", gekozen.equals("mijn")));
        weergaven.add(new Weergave("alle", null, "/termijnen?weergave=alle", gekozen.equals("alle")));
        for (Zorgsector zichtbaar : Zorgsector.values()) {
            if (toegang.zichtbareAfdelingen().contains(zichtbaar)) {
                weergaven.add(new Weergave(
                        zichtbaar.name(),
                        zichtbaar,
                        "/termijnen?weergave=" + zichtbaar.name(),
                        gekozen.equals(zichtbaar.name())));
            }
        }
        Map<String, Optional<String>> namen = new HashMap<>();
        List<Rij> rijen = pagina.pagina().items().stream()
                .map(r -> {
                    String afdeling = r.klok().verantwoordelijke().afdeling();
                    Zorgsector sector = afdeling(afdeling);
                    String behandelaar = r.klok().verantwoordelijke().behandelaar();
                    return new Rij(
                            r,
                            soorten.vind(r.klok().soort()).orElse(null),
                            sector == null ? afdeling : sector.berichtSleutel(),
                            sector != null,
                            behandelaar == null
                                    ? null
                                    : namen.computeIfAbsent(
                                                    behandelaar,
                                                    g -> medewerkers.vind(g).map(Medewerker::naam))
                                            .orElse(behandelaar));
                })
                .toList();
        model.addAttribute("weergaven", weergaven);
        model.addAttribute("weergave", gekozen);
        model.addAttribute("pagina", pagina);
        model.addAttribute("rijen", rijen);
        model.addAttribute(
                "volgendeUrl",
                pagina.pagina().volgende() == null
                        ? null
                        : UriComponentsBuilder.fromPath("/termijnen")
                                .queryParam("weergave", gekozen)
                                .queryParam("na", pagina.pagina().volgende())
                                .build()
                                .encode()
                                .toUriString());
        return "termijnen/deze-week";
    }

    /** A hand-edited or outdated link starts at the first page rather than failing. */
    private static Termijnlijst.@Nullable Cursor cursor(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Termijnlijst.Cursor.lees(tekst);
        } catch (Weigering e) {
            return null;
        }
    }

    private static @Nullable Zorgsector afdeling(String code) {
        for (Zorgsector z : Zorgsector.values()) {
            if (z.name().equals(code)) {
                return z;
            }
        }
        return null;
    }
}
