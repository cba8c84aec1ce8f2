package nl.toezicht.cijfers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks a set of figures must pass before it can be approved, on the unrounded counts: no "of which"
 * above its total, rows and columns add up, closed ≤ received + open at the start, and the same figure
 * equal in every table where it appears. Each finding says where, in Dutch.
 */
final class Consistentiecontrole {

    private final Map<String, Tabeldefinitie> definities = new HashMap<>();

    Consistentiecontrole(List<Tabeldefinitie> definities) {
        definities.forEach(d -> this.definities.put(d.id(), d));
    }

    List<String> controleer(Cijferset set) {
        List<String> bevindingen = new ArrayList<>();
        Map<String, Vindplaats> gezien = new HashMap<>();
        for (Tabel tabel : set.tabellen()) {
            Tabeldefinitie definitie = definities.get(tabel.id());
            for (Rij rij : tabel.rijen()) {
                for (int k = 0; k < rij.cellen().size(); k++) {
                    Cel cel = rij.cellen().get(k);
                    if (cel.waarde() == null) {
                        continue;
                    }
                    String plek = "tabel '" + tabel.titel() + "', rij '" + rij.label() + "', kolom '"
                            + tabel.kolomkoppen()
                                    .get(Math.min(k, tabel.kolomkoppen().size() - 1)) + "'";
                    if (tabel.indeling().equals(Tabeldefinitie.Indeling.JAREN.name())) {
                        plek = "tabel '" + tabel.titel() + "', rij '" + rij.label() + "', " + cel.jaar();
                    }
                    deelVan(definitie, naast(tabel, rij), cel, plek, bevindingen);
                    String sleutel = cel.grootheid() + "|" + cel.sector() + "|" + cel.jaar();
                    Vindplaats eerder = gezien.putIfAbsent(sleutel, new Vindplaats(plek, cel.waarde()));
                    if (eerder != null
                            && eerder.waarde() != cel.waarde().longValue()
                            && cel.markering() == Cel.Markering.HANDMATIG) {
                        bevindingen.add("Een handmatig cijfer wijkt af van het getelde: " + plek + " is met de hand "
                                + cel.waarde() + ", " + eerder.plek() + " telt " + eerder.waarde() + ".");
                    } else if (eerder != null && eerder.waarde() != cel.waarde().longValue()) {
                        bevindingen.add("Hetzelfde cijfer verschilt: " + eerder.plek() + " zegt " + eerder.waarde()
                                + ", " + plek + " zegt " + cel.waarde() + ".");
                    }
                }
            }
            tellenOp(tabel, definitie, bevindingen);
        }
        for (Balans b : set.balans()) {
            String sector = b.sector();
            if (b.gesloten() > b.ontvangen() + b.openBijBegin()) {
                bevindingen.add("Sector " + sector + ", " + b.jaar() + ": afgesloten (" + b.gesloten()
                        + ") is meer dan ontvangen (" + b.ontvangen() + ") plus open bij het begin ("
                        + b.openBijBegin() + ").");
            }
            vergelijk(gezien, Grootheid.ONTVANGEN, b, b.ontvangen(), bevindingen);
            vergelijk(gezien, Grootheid.GESLOTEN, b, b.gesloten(), bevindingen);
        }
        return bevindingen;
    }

    private record Vindplaats(String plek, long waarde) {}

    private static void vergelijk(
            Map<String, Vindplaats> gezien, Grootheid grootheid, Balans b, long waarde, List<String> bevindingen) {
        Vindplaats v = gezien.get(grootheid.code() + "|" + b.sector() + "|" + b.jaar());
        if (v != null && v.waarde() != waarde) {
            bevindingen.add("Hetzelfde cijfer verschilt: " + v.plek() + " zegt " + v.waarde()
                    + ", de balans van sector " + b.sector() + " " + b.jaar() + " zegt " + waarde + ".");
        }
    }

    /**
     * The cells a cell is compared with for "of which" and declared sums: its own row in a table by sector, the
     * whole table in a table by year (there every measure is a row of its own).
     */
    private static List<Cel> naast(Tabel tabel, Rij rij) {
        if (!tabel.indeling().equals(Tabeldefinitie.Indeling.JAREN.name())) {
            return rij.cellen();
        }
        return tabel.rijen().stream().flatMap(r -> r.cellen().stream()).toList();
    }

    private static void deelVan(
            @Nullable Tabeldefinitie definitie, List<Cel> naast, Cel cel, String plek, List<String> bevindingen) {
        if (definitie == null) {
            return;
        }
        for (Kolom kolom : definitie.kolommen()) {
            if (!kolom.grootheid().code().equals(cel.grootheid()) || kolom.deelVan() == null) {
                continue;
            }
            for (Cel totaal : naast) {
                if (totaal.grootheid().equals(kolom.deelVan().code())
                        && totaal.jaar() == cel.jaar()
                        && totaal.waarde() != null
                        && cel.waarde() > totaal.waarde()) {
                    bevindingen.add("'Waarvan' groter dan het geheel: " + plek + " is " + cel.waarde() + ", meer dan "
                            + kolom.deelVan().naam() + " (" + totaal.waarde() + ").");
                }
            }
        }
    }

    private static void tellenOp(Tabel tabel, @Nullable Tabeldefinitie definitie, List<String> bevindingen) {
        List<Rij> sectoren = tabel.rijen().stream().filter(r -> !r.totaal()).toList();
        tabel.rijen().stream().filter(Rij::totaal).findFirst().ifPresent(totaal -> {
            // only where the total sums the listed rows (all sectors, or the rows a definition totals)
            boolean optellend = definitie == null
                    ? sectoren.size() == nl.toezicht.kern.Zorgsector.values().length
                    : definitie.totaalOver().size() == sectoren.size()
                            && definitie.totaalOver().stream()
                                    .allMatch(s -> sectoren.stream()
                                            .anyMatch(r -> r.sleutel().equals(s.name())));
            if (!optellend) {
                return;
            }
            for (int k = 0; k < totaal.cellen().size(); k++) {
                Long verwacht = totaal.cellen().get(k).waarde();
                if (verwacht == null) {
                    continue;
                }
                long som = 0;
                for (Rij rij : sectoren) {
                    Long w = rij.cellen().get(k).waarde();
                    som += w == null ? 0 : w;
                }
                if (som != verwacht) {
                    bevindingen.add("Rijen tellen niet op: tabel '" + tabel.titel() + "', kolom '"
                            + tabel.kolomkoppen().get(k) + "': de sectoren samen " + som + ", de totaalrij " + verwacht
                            + ".");
                }
            }
        });
        if (definitie == null) {
            return;
        }
        definitie.sommen().forEach((geheel, delen) -> {
            for (Rij rij : tabel.rijen()) {
                for (Cel totaal : rij.cellen()) {
                    if (!totaal.grootheid().equals(geheel.code()) || totaal.waarde() == null) {
                        continue;
                    }
                    long som = naast(tabel, rij).stream()
                            .filter(c -> c.jaar() == totaal.jaar()
                                    && delen.stream().anyMatch(d -> d.code().equals(c.grootheid())))
                            .mapToLong(c -> c.waarde() == null ? 0 : c.waarde())
                            .sum();
                    if (som != totaal.waarde()) {
                        bevindingen.add("Kolommen tellen niet op: tabel '" + tabel.titel() + "', rij '" + rij.label()
                                + "', " + totaal.jaar() + ": de delen samen " + som + ", " + geheel.naam() + " "
                                + totaal.waarde() + ".");
                    }
                }
            }
        });
    }
}
