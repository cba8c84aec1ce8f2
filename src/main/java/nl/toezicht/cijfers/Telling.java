package nl.toezicht.cijfers;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;

/**
 * Unrounded counts per measure, sector and month, as a {@link Telbron} delivers them. A stock such as
 * {@link Grootheid#OPEN_BIJ_BEGIN} is recorded at the first month of the period it belongs to.
 */
public final class Telling {

    private record Sleutel(String grootheid, Zorgsector sector, YearMonth maand) {}

    private final Map<Sleutel, Long> aantallen = new HashMap<>();
    private final Set<String> grootheden = new java.util.HashSet<>();

    public Telling tel(Grootheid grootheid, Zorgsector sector, YearMonth maand, long aantal) {
        grootheden.add(grootheid.code());
        if (aantal != 0) {
            aantallen.merge(new Sleutel(grootheid.code(), sector, maand), aantal, Long::sum);
        }
        return this;
    }

    /** Records that a source counts this measure, even where every count is zero. */
    public Telling kent(Grootheid grootheid) {
        grootheden.add(grootheid.code());
        return this;
    }

    /** Whether a source counted this measure at all (a zero count is still a count). */
    public boolean bevat(Grootheid grootheid) {
        return grootheden.contains(grootheid.code());
    }

    public long aantal(Grootheid grootheid, Zorgsector sector, YearMonth maand) {
        return aantallen.getOrDefault(new Sleutel(grootheid.code(), sector, maand), 0L);
    }

    public long aantal(Grootheid grootheid, Zorgsector sector, Periode periode) {
        long som = 0;
        for (YearMonth maand : periode.maanden()) {
            som += aantal(grootheid, sector, maand);
        }
        return som;
    }

    public long totaal(Grootheid grootheid, Periode periode) {
        long som = 0;
        for (Zorgsector sector : Zorgsector.values()) {
            som += aantal(grootheid, sector, periode);
        }
        return som;
    }

    public Telling samen(Telling andere) {
        grootheden.addAll(andere.grootheden);
        andere.aantallen.forEach((k, v) -> aantallen.merge(k, v, Long::sum));
        return this;
    }
}
