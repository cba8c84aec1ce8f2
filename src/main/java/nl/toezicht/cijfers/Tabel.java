package nl.toezicht.cijfers;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A computed table: headers, rows and cells, the footnotes and the disclosure rules that produced its
 * published texts.
 *
 * @param regels the rules in words, printed under the table
 * @param regelset the versioned name of the {@link Regelset} ({@code afgerond/1}); null in sets stored before
 *     rule sets per table
 */
public record Tabel(
        String id,
        String titel,
        String indeling,
        List<String> kolomkoppen,
        List<Rij> rijen,
        List<String> voetnoten,
        String regels,
        @Nullable String regelset) {

    public Tabel {
        kolomkoppen = List.copyOf(kolomkoppen);
        rijen = List.copyOf(rijen);
        voetnoten = List.copyOf(voetnoten);
    }

    public Tabel(
            String id,
            String titel,
            String indeling,
            List<String> kolomkoppen,
            List<Rij> rijen,
            List<String> voetnoten,
            String regels) {
        this(id, titel, indeling, kolomkoppen, rijen, voetnoten, regels, null);
    }

    Tabel metCellen(UnaryOperator<Cel> wijziging) {
        return new Tabel(
                id,
                titel,
                indeling,
                kolomkoppen,
                rijen.stream()
                        .map(r -> new Rij(
                                r.sleutel(),
                                r.label(),
                                r.totaal(),
                                r.cellen().stream().map(wijziging).toList()))
                        .toList(),
                voetnoten,
                regels,
                regelset);
    }

    Tabel met(List<String> voetnoten, String regels, @Nullable String regelset) {
        return new Tabel(id, titel, indeling, kolomkoppen, rijen, voetnoten, regels, regelset);
    }

    /** The same table with other rows (a sector filter), everything else as it is. */
    public Tabel metRijen(List<Rij> rijen) {
        return new Tabel(id, titel, indeling, kolomkoppen, rijen, voetnoten, regels, regelset);
    }

    /** The published form: no unrounded counts. */
    public Tabel gepubliceerd() {
        return metCellen(Cel::zonderWaarde);
    }
}
