package nl.toezicht.cijfers;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The engine: every {@link Tabeldefinitie} bean, computed from the counts of every {@link Telbron} bean and the
 * checked manual figures, each table protected by its own {@link Regelset}. Knows no table by name.
 */
@Component
public class Tabellenregister {

    /** Measures drawn as monthly trend lines. */
    static final List<Grootheid> TRENDS = List.of(
            Grootheid.ONTVANGEN, Grootheid.ONTVANGEN_CALAMITEIT, Grootheid.ONTVANGEN_ONTSLAG, Grootheid.GESLOTEN);

    private static final Locale NL = Locale.forLanguageTag("nl");

    private final List<Tabeldefinitie> definities;
    private final List<Telbron> bronnen;
    private final MessageSource berichten;

    Tabellenregister(List<Tabeldefinitie> definities, List<Telbron> bronnen, MessageSource berichten) {
        this.definities = definities.stream()
                .sorted(Comparator.comparingInt(Tabeldefinitie::volgorde))
                .toList();
        this.bronnen = List.copyOf(bronnen);
        this.berichten = berichten;
    }

    public List<Tabeldefinitie> definities() {
        return definities;
    }

    /**
     * The rules of the trend lines and of the page's translated rules: the annual report's rounding
     * ({@link Regelset#AFGEROND}).
     */
    public Openbaarmakingsregels regels() {
        return Regelset.AFGEROND.regels();
    }

    /** The rule sets the tables are published under, in table order, each once. */
    public List<Regelset> regelsets() {
        return definities.stream().map(Tabeldefinitie::regelset).distinct().toList();
    }

    /** The versioned names of the rule sets in use, e.g. {@code afgerond/1, exact/1}: stored with every set. */
    public String regelsVersie() {
        return String.join(", ", regelsets().stream().map(Regelset::versienaam).toList());
    }

    /** Whether some table lets an analyst enter this measure by hand. */
    public boolean isHandmatig(Grootheid grootheid) {
        return definities.stream().anyMatch(d -> d.handmatig().contains(grootheid));
    }

    /** The measures an analyst may enter by hand, by code. */
    public List<Grootheid> handmatigeGrootheden() {
        return definities.stream()
                .flatMap(d -> d.kolommen().stream().map(Kolom::grootheid).filter(d.handmatig()::contains))
                .distinct()
                .toList();
    }

    /**
     * All tables of a period next to the same period of {@code vergelijk} earlier years, unrounded values
     * included (protect the result with {@link Cijferset#gepubliceerd()} before it leaves analysts).
     */
    public Cijferset bereken(Periode periode, int vergelijk, Instant peilmoment, List<Handmatigcijfer> handmatig) {
        List<Periode> perioden = new ArrayList<>();
        for (int i = 0; i <= vergelijk; i++) {
            perioden.add(periode.eerder(i));
        }
        Telling telling = new Telling();
        for (Telbron bron : bronnen) {
            telling.samen(bron.tel(perioden, peilmoment));
        }
        return samenstellen(perioden, telling, peilmoment, handmatig);
    }

    /** Builds the set from given counts (also for tests with a fixed data set). */
    Cijferset samenstellen(List<Periode> perioden, Telling telling, Instant peilmoment) {
        return samenstellen(perioden, telling, peilmoment, List.of());
    }

    /**
     * Builds the set from given counts and manual figures (checked ones count, the latest version of each;
     * only for whole years).
     */
    Cijferset samenstellen(
            List<Periode> perioden, Telling telling, Instant peilmoment, List<Handmatigcijfer> handmatig) {
        Periode periode = perioden.get(0);
        Map<String, Handmatigcijfer> geldend = new java.util.HashMap<>();
        if (periode.code().equals("jaar")) {
            handmatig.stream()
                    .filter(Handmatigcijfer::gecontroleerd)
                    .forEach(h -> geldend.merge(
                            h.grootheid() + "|" + h.jaar(), h, (a, b) -> a.versie() >= b.versie() ? a : b));
        }
        List<Tabel> tabellen = new ArrayList<>();
        for (Tabeldefinitie definitie : definities) {
            tabellen.add(tabel(definitie, perioden, telling, geldend));
        }
        return new Cijferset(
                periode.jaar(),
                periode.code(),
                periode.omschrijving(),
                perioden.stream().map(Periode::jaar).toList(),
                peilmoment,
                regelsVersie(),
                Cijferset.ONGEAFROND,
                tabellen,
                reeksen(periode, telling),
                balans(perioden, telling));
    }

    private Tabel tabel(
            Tabeldefinitie definitie, List<Periode> perioden, Telling telling, Map<String, Handmatigcijfer> handmatig) {
        Openbaarmaking openbaarmaking = new Openbaarmaking(definitie.regelset());
        List<String> toelichting = new ArrayList<>(definitie.toelichting());
        if (definitie.indeling() == Tabeldefinitie.Indeling.JAREN) {
            Tabel tabel = jarentabel(definitie, perioden, telling, handmatig);
            nietInToezicht(definitie, tabel, toelichting);
            handmatigeVoetnoten(tabel, handmatig, toelichting);
            return openbaarmaking.bescherm(tabel, List.of(), toelichting);
        }
        nietInToezicht(definitie, null, toelichting);
        List<String> koppen = new ArrayList<>();
        List<Rij> rijen = new ArrayList<>();
        boolean vergelijkend = perioden.size() > 1;
        for (Kolom kolom : definitie.kolommen()) {
            for (Periode p : perioden) {
                koppen.add(vergelijkend ? kolom.kop() + " " + p.jaar() : kolom.kop());
            }
        }
        for (Zorgsector sector : definitie.sectoren()) {
            rijen.add(new Rij(
                    sector.name(),
                    sectornaam(sector),
                    false,
                    cellen(
                            definitie,
                            perioden,
                            p -> telling.aantal(p.grootheid(), sector, p.periode()),
                            sector.name())));
        }
        if (definitie.metTotaal()) {
            List<Zorgsector> over = definitie.totaalOver();
            rijen.add(new Rij(
                    Cel.TOTAAL,
                    "Totaal",
                    true,
                    cellen(
                            definitie,
                            perioden,
                            p -> over.stream()
                                    .mapToLong(s -> telling.aantal(p.grootheid(), s, p.periode()))
                                    .sum(),
                            Cel.TOTAAL)));
        }
        Tabel tabel = new Tabel(
                definitie.id(), definitie.titel(), definitie.indeling().name(), koppen, rijen, List.of(), "");
        return openbaarmaking.bescherm(tabel, groepen(definitie, perioden, koppen, rijen), toelichting);
    }

    private record Vraag(Grootheid grootheid, Periode periode) {}

    private List<Cel> cellen(
            Tabeldefinitie definitie,
            List<Periode> perioden,
            java.util.function.ToLongFunction<Vraag> aantal,
            String sector) {
        List<Cel> cellen = new ArrayList<>();
        for (Kolom kolom : definitie.kolommen()) {
            for (Periode p : perioden) {
                Long waarde = definitie.nietInToezicht().containsKey(kolom.grootheid())
                        ? null
                        : aantal.applyAsLong(new Vraag(kolom.grootheid(), p));
                cellen.add(new Cel(kolom.grootheid().code(), sector, p.jaar(), waarde, "", Cel.Markering.GETAL));
            }
        }
        return cellen;
    }

    /** The reason a measure is not held, for the measures of which some cell still has no figure. */
    private static void nietInToezicht(Tabeldefinitie definitie, @Nullable Tabel jarentabel, List<String> toelichting) {
        definitie.nietInToezicht().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Grootheid::code)))
                .filter(e -> jarentabel == null
                        || jarentabel.rijen().stream()
                                .flatMap(r -> r.cellen().stream())
                                .anyMatch(c -> c.grootheid().equals(e.getKey().code()) && c.waarde() == null))
                .forEach(e -> toelichting.add(e.getKey().naam() + ": " + e.getValue()));
    }

    /** Source and note of every manual figure in the table, in row order. */
    private static void handmatigeVoetnoten(
            Tabel tabel, Map<String, Handmatigcijfer> handmatig, List<String> toelichting) {
        for (Rij rij : tabel.rijen()) {
            for (Cel cel : rij.cellen()) {
                if (cel.markering() != Cel.Markering.HANDMATIG) {
                    continue;
                }
                Handmatigcijfer h = handmatig.get(cel.grootheid() + "|" + cel.jaar());
                toelichting.add(Handmatigcijfer.MARKERING + " " + rij.label() + " " + cel.jaar()
                        + ": handmatig cijfer, niet door Toezicht geteld; bron: " + h.bron()
                        + (h.toelichting().isBlank() ? "" : "; " + h.toelichting())
                        + " (versie " + h.versie() + ", gecontroleerd door een tweede persoon).");
            }
        }
    }

    private Tabel jarentabel(
            Tabeldefinitie definitie, List<Periode> perioden, Telling telling, Map<String, Handmatigcijfer> handmatig) {
        List<String> koppen = perioden.stream().map(Periode::omschrijving).toList();
        List<Rij> rijen = new ArrayList<>();
        for (Kolom kolom : definitie.kolommen()) {
            List<Cel> cellen = new ArrayList<>();
            for (Periode p : perioden) {
                Handmatigcijfer h = definitie.handmatig().contains(kolom.grootheid())
                        ? handmatig.get(kolom.grootheid().code() + "|" + p.jaar())
                        : null;
                if (h != null) {
                    cellen.add(new Cel(
                            kolom.grootheid().code(),
                            Cel.TOTAAL,
                            p.jaar(),
                            h.waarde(),
                            Openbaarmakingsregels.formatteer(h.waarde()),
                            Cel.Markering.HANDMATIG));
                    continue;
                }
                Long waarde = definitie.nietInToezicht().containsKey(kolom.grootheid())
                        ? null
                        : telling.totaal(kolom.grootheid(), p);
                cellen.add(new Cel(kolom.grootheid().code(), Cel.TOTAAL, p.jaar(), waarde, "", Cel.Markering.GETAL));
            }
            rijen.add(new Rij(kolom.grootheid().code(), kolom.kop(), false, cellen));
        }
        return new Tabel(definitie.id(), definitie.titel(), definitie.indeling().name(), koppen, rijen, List.of(), "");
    }

    /** Columns add up to the total row (all twelve sectors only); declared sums add up within a row. */
    private static List<Openbaarmaking.Groep> groepen(
            Tabeldefinitie definitie, List<Periode> perioden, List<String> koppen, List<Rij> rijen) {
        int aantalRijen = rijen.size();
        List<Openbaarmaking.Groep> groepen = new ArrayList<>();
        int sectorrijen = definitie.sectoren().size();
        boolean optellend = definitie.metTotaal()
                && new java.util.HashSet<>(definitie.sectoren())
                        .equals(new java.util.HashSet<>(definitie.totaalOver()));
        List<Kolom> kolommen = definitie.kolommen();
        if (optellend) {
            for (int k = 0; k < kolommen.size(); k++) {
                if (definitie.nietInToezicht().containsKey(kolommen.get(k).grootheid())) {
                    continue;
                }
                for (int j = 0; j < perioden.size(); j++) {
                    int kolom = k * perioden.size() + j;
                    List<Openbaarmaking.Positie> delen = new ArrayList<>();
                    for (int r = 0; r < sectorrijen; r++) {
                        delen.add(new Openbaarmaking.Positie(r, kolom));
                    }
                    groepen.add(new Openbaarmaking.Groep(
                            "kolom '" + koppen.get(kolom) + "'",
                            delen,
                            new Openbaarmaking.Positie(sectorrijen, kolom)));
                }
            }
        }
        definitie.sommen().forEach((totaal, delen) -> {
            int t = index(kolommen, totaal);
            for (int j = 0; j < perioden.size(); j++) {
                for (int r = 0; r < aantalRijen; r++) {
                    List<Openbaarmaking.Positie> posities = new ArrayList<>();
                    for (Grootheid deel : delen) {
                        posities.add(new Openbaarmaking.Positie(r, index(kolommen, deel) * perioden.size() + j));
                    }
                    groepen.add(new Openbaarmaking.Groep(
                            // named by its label, as the reader sees it ("rij GGZ"), not by its position
                            "rij " + rijen.get(r).label() + " ('" + koppen.get(t * perioden.size() + j) + "')",
                            posities,
                            new Openbaarmaking.Positie(r, t * perioden.size() + j)));
                }
            }
        });
        return groepen;
    }

    private static int index(List<Kolom> kolommen, Grootheid grootheid) {
        for (int i = 0; i < kolommen.size(); i++) {
            if (kolommen.get(i).grootheid().equals(grootheid)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column for " + grootheid.code());
    }

    private List<Reeks> reeksen(Periode periode, Telling telling) {
        List<Reeks> reeksen = new ArrayList<>();
        List<String> maanden =
                periode.maanden().stream().map(YearMonth::toString).toList();
        for (Grootheid grootheid : TRENDS) {
            if (!telling.bevat(grootheid)) {
                continue;
            }
            for (Zorgsector sector : Zorgsector.values()) {
                List<Long> waarden = periode.maanden().stream()
                        .map(m -> telling.aantal(grootheid, sector, m))
                        .toList();
                reeksen.add(reeks(grootheid, sector.name(), maanden, waarden));
            }
            List<Long> totalen = periode.maanden().stream()
                    .map(m -> {
                        long som = 0;
                        for (Zorgsector s : Zorgsector.values()) {
                            som += telling.aantal(grootheid, s, m);
                        }
                        return som;
                    })
                    .toList();
            reeksen.add(reeks(grootheid, Cel.TOTAAL, maanden, totalen));
        }
        return reeksen;
    }

    private Reeks reeks(Grootheid grootheid, String sector, List<String> maanden, List<Long> waarden) {
        List<Long> gepubliceerd = waarden.stream()
                .map(w -> regels().isKlein(w) ? 0L : regels().rond(w))
                .toList();
        return new Reeks(grootheid.code(), sector, maanden, waarden, gepubliceerd);
    }

    private static List<Balans> balans(List<Periode> perioden, Telling telling) {
        List<Balans> balans = new ArrayList<>();
        if (!telling.bevat(Grootheid.OPEN_BIJ_BEGIN)) {
            return balans;
        }
        for (Periode p : perioden) {
            for (Zorgsector sector : Zorgsector.values()) {
                balans.add(new Balans(
                        sector.name(),
                        p.jaar(),
                        telling.aantal(Grootheid.OPEN_BIJ_BEGIN, sector, p),
                        telling.aantal(Grootheid.ONTVANGEN, sector, p),
                        telling.aantal(Grootheid.GESLOTEN, sector, p)));
            }
            balans.add(new Balans(
                    Cel.TOTAAL,
                    p.jaar(),
                    telling.totaal(Grootheid.OPEN_BIJ_BEGIN, p),
                    telling.totaal(Grootheid.ONTVANGEN, p),
                    telling.totaal(Grootheid.GESLOTEN, p)));
        }
        return balans;
    }

    private String sectornaam(Zorgsector sector) {
        return berichten.getMessage(sector.berichtSleutel(), null, sector.name(), NL);
    }

    /** Only the rows of one sector (and the total), after protection so the pattern stays the same. */
    public static Cijferset filter(Cijferset set, @Nullable Zorgsector sector) {
        if (sector == null) {
            return set;
        }
        return new Cijferset(
                set.jaar(),
                set.periode(),
                set.periodeOmschrijving(),
                set.jaren(),
                set.peilmoment(),
                set.regelsVersie(),
                set.vorm(),
                set.tabellen().stream()
                        .map(t -> t.metRijen(t.rijen().stream()
                                .filter(r ->
                                        !Tabeldefinitie.Indeling.SECTOREN.name().equals(t.indeling())
                                                || r.totaal()
                                                || r.sleutel().equals(sector.name()))
                                .toList()))
                        .toList(),
                set.reeksen().stream()
                        .filter(r ->
                                r.sector().equals(sector.name()) || r.sector().equals(Cel.TOTAAL))
                        .toList(),
                set.balans().stream()
                        .filter(b ->
                                b.sector().equals(sector.name()) || b.sector().equals(Cel.TOTAAL))
                        .toList());
    }
}
