package nl.toezicht.cijfers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of the annual figures: look at provisional figures (staff; unrounded for analysts), read
 * the published (approved) figures (anyone), and take a year's figures through draft, check and approval.
 */
@Service
public class Cijferdienst {

    /** Earlier years shown side by side at most. */
    public static final int MAX_VERGELIJK = 4;
    /** The approved set compares with two earlier years, as the annual report does (2021 · 2020 · 2019). */
    static final int VERGELIJK_VASTSTELLING = 2;

    public static final int EERSTE_JAAR = 2000;

    private final Tabellenregister register;
    private final Vaststellingen vaststellingen;
    private final Handmatigecijfers handmatig;
    private final Toegangsbeleid beleid;
    private final Medewerkers medewerkers;
    private final JsonMapper json;
    private final Clock clock;

    Cijferdienst(
            Tabellenregister register,
            Vaststellingen vaststellingen,
            Handmatigecijfers handmatig,
            Toegangsbeleid beleid,
            Medewerkers medewerkers,
            JsonMapper json,
            Clock clock) {
        this.register = register;
        this.vaststellingen = vaststellingen;
        this.handmatig = handmatig;
        this.beleid = beleid;
        this.medewerkers = medewerkers;
        this.json = json;
        this.clock = clock;
    }

    /** The year it is now, by the Dutch date: it has not ended, so its figures are provisional. */
    public int lopendJaar() {
        return LocalDate.ofInstant(clock.instant(), Tijdzone.NEDERLAND).getYear();
    }

    /** A year of the past or the current year; anything else is refused on the field {@code jaar}. */
    public int jaar(@Nullable Integer jaar) {
        int huidig = lopendJaar();
        if (jaar == null) {
            return huidig;
        }
        if (jaar < EERSTE_JAAR || jaar > huidig) {
            throw Weigering.opVeld(
                    "jaar", "cijfers.jaar.onbekend", String.valueOf(jaar), EERSTE_JAAR, String.valueOf(huidig));
        }
        return jaar;
    }

    public Periode periode(@Nullable Integer jaar, @Nullable String code) {
        return new Periode(
                jaar(jaar),
                code == null || code.isBlank() ? "jaar" : code.trim().toLowerCase(Locale.ROOT));
    }

    public @Nullable Zorgsector sector(@Nullable String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        try {
            return Zorgsector.valueOf(sector.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld("sector", "cijfers.sector.onbekend", sector);
        }
    }

    public int vergelijk(@Nullable Integer vergelijk) {
        if (vergelijk == null) {
            return VERGELIJK_VASTSTELLING;
        }
        if (vergelijk < 0 || vergelijk > MAX_VERGELIJK) {
            throw Weigering.opVeld("vergelijk", "cijfers.vergelijk.buiten-bereik", vergelijk, MAX_VERGELIJK);
        }
        return vergelijk;
    }

    /**
     * Figures as the data stand now, for any period; staff only. Published form unless {@code ongeafrond},
     * which only analysts get.
     */
    public Cijferset voorlopig(Periode periode, int vergelijk, @Nullable Zorgsector sector, boolean ongeafrond) {
        beleid.eis(CijferRechten.VOORLOPIG_INZIEN);
        if (ongeafrond) {
            beleid.eis(CijferRechten.ONGEAFROND_INZIEN);
        }
        Cijferset set = bereken(periode, vergelijk, clock.instant());
        return Tabellenregister.filter(ongeafrond ? set : set.gepubliceerd(), sector);
    }

    /** The approved figures of a year (the latest version, or the given approved one), published form. */
    public Cijferset gepubliceerd(int jaar, @Nullable Integer versie, @Nullable Zorgsector sector) {
        return Tabellenregister.filter(lees(vastgesteld(jaar, versie)).gepubliceerd(), sector);
    }

    /** An approved version with its content: for exports and the frozen print. */
    public Vaststelling.Versie versie(int jaar, @Nullable Integer versie) {
        return vastgesteld(jaar, versie).samenvatting();
    }

    private Vaststelling vastgesteld(int jaar, @Nullable Integer versie) {
        return (versie == null
                        ? vaststellingen.laatstVastgesteld(jaar)
                        : vaststellingen.vind(jaar, versie).filter(v -> v.status() == Vaststelling.Status.VASTGESTELD))
                .orElseThrow(() -> new NietGevonden("object.cijfers", jaar));
    }

    /** Which published figures changed from the previous approved version to this one. */
    public List<Wijziging> verschil(int jaar, int versie) {
        Vaststelling nieuw = vastgesteld(jaar, versie);
        return vaststellingen
                .vastgesteldVoor(jaar, versie)
                .map(oud ->
                        Wijziging.tussen(lees(oud).gepubliceerd(), lees(nieuw).gepubliceerd()))
                .orElse(List.of());
    }

    /** The previous approved version, if any. */
    public @Nullable Integer vorigeVersie(int jaar, int versie) {
        return vaststellingen
                .vastgesteldVoor(jaar, versie)
                .map(Vaststelling::versie)
                .orElse(null);
    }

    /** The years that have approved figures, newest first: what the public can choose from. */
    public List<Integer> vastgesteldeJaren() {
        return vaststellingen.vastgesteldeJaren();
    }

    public List<Vaststelling.Versie> versies(int jaar) {
        beleid.eis(CijferRechten.OPSTELLEN);
        return vaststellingen.versies(jaar);
    }

    /** Draws up a draft: the whole year with two earlier years, as the data stand now (the cut-off). */
    @Transactional
    public Vaststelling.Versie stelOp(int jaar) {
        beleid.eis(CijferRechten.OPSTELLEN);
        Instant peilmoment = clock.instant();
        Cijferset set = bereken(Periode.jaar(jaar), VERGELIJK_VASTSTELLING, peilmoment);
        int versie = vaststellingen.volgendeVersie(jaar);
        Vaststelling concept = Vaststelling.concept(
                jaar,
                versie,
                set.regelsVersie(),
                peilmoment,
                json.writeValueAsString(set),
                medewerkers.huidige().gebruikersnaam(),
                peilmoment);
        vaststellingen.voegToe(concept);
        return concept.samenvatting();
    }

    private Cijferset bereken(Periode periode, int vergelijk, Instant peilmoment) {
        List<Integer> jaren = new ArrayList<>();
        for (int i = 0; i <= vergelijk; i++) {
            jaren.add(periode.jaar() - i);
        }
        return register.bereken(periode, vergelijk, peilmoment, handmatig.vanJaren(jaren));
    }

    /** Every version of the manual figures of a year (analysts). */
    public List<Handmatigcijfer> handmatigeCijfers(int jaar) {
        beleid.eis(CijferRechten.OPSTELLEN);
        return handmatig.vanJaren(List.of(jaar(jaar)));
    }

    /** What an analyst enters: a manual figure for a measure and year, with its source and a note. */
    public record Invoer(
            @Nullable String grootheid,
            @Nullable Long waarde,
            @Nullable String bron,
            @Nullable String toelichting) {}

    /**
     * Enters a manual figure (a new version, unchecked until a second person checks it). Refused on the field
     * for an unknown measure, one no table lets an analyst enter, a negative or missing number, no source.
     */
    @Transactional
    public Handmatigcijfer voerIn(@Nullable Integer jaar, Invoer invoer) {
        beleid.eis(CijferRechten.OPSTELLEN);
        if (jaar == null) {
            throw Weigering.opVeld("jaar", "cijfers.handmatig.jaar.leeg");
        }
        int j = jaar(jaar);
        Grootheid grootheid = handmatigeGrootheid(invoer.grootheid());
        if (invoer.waarde() == null) {
            throw Weigering.opVeld("waarde", "cijfers.handmatig.waarde.leeg");
        }
        if (invoer.waarde() < 0) {
            throw Weigering.opVeld("waarde", "cijfers.handmatig.waarde.negatief", invoer.waarde());
        }
        String bron = invoer.bron() == null ? "" : invoer.bron().strip();
        if (bron.isEmpty()) {
            throw Weigering.opVeld("bron", "cijfers.handmatig.bron.leeg");
        }
        if (bron.length() > 500) {
            throw Weigering.opVeld("bron", "cijfers.handmatig.te-lang", 500);
        }
        String toelichting =
                invoer.toelichting() == null ? "" : invoer.toelichting().strip();
        if (toelichting.length() > 2000) {
            throw Weigering.opVeld("toelichting", "cijfers.handmatig.te-lang", 2000);
        }
        Handmatigcijfer h = new Handmatigcijfer(
                j,
                grootheid.code(),
                handmatig.volgendeVersie(j, grootheid.code()),
                invoer.waarde(),
                bron,
                toelichting,
                medewerkers.huidige().gebruikersnaam(),
                clock.instant(),
                null,
                null);
        handmatig.voegToe(h);
        return h;
    }

    private Grootheid handmatigeGrootheid(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw Weigering.opVeld("grootheid", "cijfers.handmatig.grootheid.leeg");
        }
        return register.handmatigeGrootheden().stream()
                .filter(g -> g.code().equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> Weigering.opVeld(
                        "grootheid",
                        "cijfers.handmatig.grootheid.onbekend",
                        code,
                        String.join(
                                ", ",
                                register.handmatigeGrootheden().stream()
                                        .map(Grootheid::code)
                                        .toList())));
    }

    /** The second person's check of a manual figure: never by the one who entered it. */
    @Transactional
    public Handmatigcijfer controleerHandmatig(int jaar, String grootheid, int versie) {
        beleid.eis(CijferRechten.OPSTELLEN);
        Handmatigcijfer h = handmatig
                .vindVoorWijziging(jaar, grootheid, versie)
                .orElseThrow(() -> new NietGevonden("object.cijfers", jaar + "/" + grootheid + "/" + versie));
        if (h.gecontroleerd()) {
            throw new Weigering("cijfers.handmatig.al-gecontroleerd", grootheid, jaar, versie);
        }
        String door = medewerkers.huidige().gebruikersnaam();
        if (door.equals(h.ingevoerdDoor())) {
            throw new Weigering("cijfers.handmatig.vier-ogen", grootheid, jaar, versie);
        }
        Instant op = clock.instant();
        handmatig.controleer(h, door, op);
        return new Handmatigcijfer(
                h.jaar(),
                h.grootheid(),
                h.versie(),
                h.waarde(),
                h.bron(),
                h.toelichting(),
                h.ingevoerdDoor(),
                h.ingevoerdOp(),
                door,
                op);
    }

    /** Runs the consistency checks on a draft; refuses with the findings when one fails. */
    @Transactional(noRollbackFor = Vaststelling.ControleMislukt.class)
    public Vaststelling.Versie controleer(int jaar, int versie) {
        beleid.eis(CijferRechten.OPSTELLEN);
        Vaststelling v = vaststellingen
                .vindVoorWijziging(jaar, versie)
                .orElseThrow(() -> new NietGevonden("object.cijfers", jaar + "/" + versie));
        v.controleer(controleer(lees(v)), medewerkers.huidige().gebruikersnaam(), clock.instant());
        vaststellingen.werkBij(v);
        return v.samenvatting();
    }

    List<String> controleer(Cijferset set) {
        return new Consistentiecontrole(register.definities()).controleer(set);
    }

    @Transactional
    public Vaststelling.Versie stelVast(int jaar, int versie) {
        beleid.eis(CijferRechten.VASTSTELLEN);
        Vaststelling v = vaststellingen
                .vindVoorWijziging(jaar, versie)
                .orElseThrow(() -> new NietGevonden("object.cijfers", jaar + "/" + versie));
        v.stelVast(medewerkers.huidige().gebruikersnaam(), clock.instant(), lopendJaar());
        vaststellingen.werkBij(v);
        return v.samenvatting();
    }

    private Cijferset lees(Vaststelling v) {
        return json.readValue(v.inhoud(), Cijferset.class);
    }

    /** One published cell that differs between two approved versions. */
    public record Wijziging(String tabel, String rij, String kolom, String oud, String nieuw) {

        static List<Wijziging> tussen(Cijferset oud, Cijferset nieuw) {
            List<Wijziging> wijzigingen = new ArrayList<>();
            for (Tabel t : nieuw.tabellen()) {
                Tabel o = oud.tabellen().stream()
                        .filter(x -> x.id().equals(t.id()))
                        .findFirst()
                        .orElse(null);
                for (int r = 0; r < t.rijen().size(); r++) {
                    Rij rij = t.rijen().get(r);
                    for (int k = 0; k < rij.cellen().size(); k++) {
                        String was = o == null
                                        || r >= o.rijen().size()
                                        || k >= o.rijen().get(r).cellen().size()
                                ? ""
                                : o.rijen().get(r).cellen().get(k).tekst();
                        String is = rij.cellen().get(k).tekst();
                        if (!was.equals(is)) {
                            wijzigingen.add(new Wijziging(
                                    t.titel(), rij.label(), t.kolomkoppen().get(k), was, is));
                        }
                    }
                }
            }
            return wijzigingen;
        }
    }
}
