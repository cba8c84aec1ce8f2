package nl.toezicht.cijfers;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A computed table: headers, rows and cells, the footnotes and the disclosure rules that produced its
 * published texts.
 */
public record Tabel(
        String id,
        String titel,
        String indeling,
        List<String> kolomkoppen,
        List<Rij> rijen,
        List<String> voetnoten,
        String regels) {

    public Tabel {
        kolomkoppen = List.copyOf(kolomkoppen);
        rijen = List.copyOf(rijen);
        voetnoten = List.copyOf(voetnoten);
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
                regels);
    }

    Tabel met(List<String> voetnoten, String regels) {
        return new Tabel(id, titel, indeling, kolomkoppen, rijen, voetnoten, regels);
    }

    /** The published form: no unrounded counts. */
    public Tabel gepubliceerd() {
        return metCellen(Cel::zonderWaarde);
    }
}
