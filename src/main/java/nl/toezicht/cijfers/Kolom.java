package nl.toezicht.cijfers;

import org.jspecify.annotations.Nullable;

/**
 * A column of a table by sector (or a row of a table by year): the measure it shows, and for an "of which"
 * column the measure it is part of (checked: never above it).
 *
 * @param kop header as printed
 * @param grootheid the measure
 * @param deelVan the measure this one is a part of, or null
 */
public record Kolom(
        String kop, Grootheid grootheid, @Nullable Grootheid deelVan) {

    public static Kolom van(String kop, Grootheid grootheid) {
        return new Kolom(kop, grootheid, null);
    }

    public static Kolom waarvan(String kop, Grootheid grootheid, Grootheid deelVan) {
        return new Kolom(kop, grootheid, deelVan);
    }
}
