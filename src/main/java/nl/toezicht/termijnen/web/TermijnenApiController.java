package nl.toezicht.termijnen.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.ApiController;
import nl.toezicht.termijnen.Eenheid;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Kloksoorten;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Lengte;
import nl.toezicht.termijnen.Startwijze;
import nl.toezicht.termijnen.TermijnRechten;
import nl.toezicht.termijnen.Termijnlijst;
import nl.toezicht.termijnen.Verschuiving;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The legal clocks over JSON: due this week, and the kinds with their rules. */
@ApiController
class TermijnenApiController {

    private final Termijnlijst lijst;
    private final Kloksoorten soorten;
    private final Toegangsbeleid toegang;
    private final MessageSource berichten;

    TermijnenApiController(Termijnlijst lijst, Kloksoorten soorten, Toegangsbeleid toegang, MessageSource berichten) {
        this.lijst = lijst;
        this.soorten = soorten;
        this.toegang = toegang;
        this.berichten = berichten;
    }

    record ObjectJson(
            String type,
            UUID id,
            @Nullable String kenmerk,
            @Nullable String titel,
            @Nullable String url) {}

    record TermijnRegel(
            UUID id,
            String soort,
            String naam,
            ObjectJson object,
            String afdeling,
            @Nullable String behandelaar,
            Klokstatus status,
            LocalDate startdatum,
            LocalDate uiterlijk,
            boolean teLaat,
            long dagen) {}

    record TermijnLijst(
            LocalDate vandaag,
            LocalDate totEnMet,
            List<TermijnRegel> items,
            @Nullable String volgende) {}

    record LengteJson(int aantal, Eenheid eenheid) {
        static @Nullable LengteJson van(@Nullable Lengte lengte) {
            return lengte == null ? null : new LengteJson(lengte.aantal(), lengte.eenheid());
        }
    }

    record OpschortingJson(String code, String naam, String grondslag) {}

    record VerlengingJson(
            String code,
            String naam,
            @Nullable Integer maximaalAantal,
            @Nullable LengteJson maximaal,
            List<String> besluitDoor,
            String grondslag) {}

    record SoortJson(
            String code,
            String naam,
            String wet,
            String artikel,
            Startwijze start,
            String startOmschrijving,
            LengteJson lengte,
            boolean lengteBijStart,
            Verschuiving verschuiving,
            List<OpschortingJson> opschorting,
            List<VerlengingJson> verlenging) {}

    /**
     * Running clocks due up to and including this Sunday, overdue ones included: {@code mijn=true} for mine,
     * {@code afdeling} for one department, neither for all departments the user may see.
     */
    @GetMapping("/api/v1/termijnen")
    TermijnLijst dezeWeek(
            @RequestParam(required = false) @Nullable String afdeling,
            @RequestParam(defaultValue = "false") boolean mijn,
            @RequestParam(required = false) @Nullable String na,
            @RequestParam(defaultValue = "25") int grootte) {
        Termijnlijst.Week pagina = lijst.dezeWeek(
                new Termijnlijst.Filter(afdeling, mijn), na == null ? null : Termijnlijst.Cursor.lees(na), grootte);
        return new TermijnLijst(
                pagina.vandaag(),
                pagina.totEnMet(),
                pagina.pagina().items().stream()
                        .map(r -> {
                            var k = r.klok();
                            var o = r.object();
                            return new TermijnRegel(
                                    k.id().waarde(),
                                    k.soort(),
                                    tekst(k.berichtSleutel()),
                                    new ObjectJson(
                                            k.object().type(),
                                            k.object().id(),
                                            o == null ? null : o.kenmerk(),
                                            o == null ? null : o.titel(),
                                            o == null ? null : o.url()),
                                    k.verantwoordelijke().afdeling(),
                                    k.verantwoordelijke().behandelaar(),
                                    k.status(),
                                    k.startdatum(),
                                    k.uiterlijk(),
                                    r.teLaat(),
                                    r.dagen());
                        })
                        .toList(),
                pagina.pagina().volgende() == null ? null : pagina.pagina().volgende());
    }

    /** The kinds of clock with their law, length, suspension grounds and extension rules (docs/termijnen.md). */
    @GetMapping("/api/v1/termijnsoorten")
    List<SoortJson> soorten() {
        toegang.eis(TermijnRechten.INZIEN);
        return soorten.alle().stream().map(this::soort).toList();
    }

    private SoortJson soort(Kloksoort s) {
        return new SoortJson(
                s.code(),
                tekst(s.berichtSleutel()),
                s.wet(),
                s.artikel(),
                s.start(),
                tekst(s.startSleutel()),
                new LengteJson(s.lengte().aantal(), s.lengte().eenheid()),
                s.lengteBijStart(),
                s.verschuiving(),
                s.opschorting().stream()
                        .map(o -> new OpschortingJson(o.code(), tekst(o.berichtSleutel()), o.grondslag()))
                        .toList(),
                s.verlenging().stream()
                        .map(v -> new VerlengingJson(
                                v.code(),
                                tekst(v.berichtSleutel()),
                                v.maximaalAantal(),
                                LengteJson.van(v.maximaal()),
                                v.besluitDoor().stream().sorted().toList(),
                                v.grondslag()))
                        .toList());
    }

    private String tekst(String sleutel) {
        return berichten.getMessage(sleutel, null, sleutel, LocaleContextHolder.getLocale());
    }
}
