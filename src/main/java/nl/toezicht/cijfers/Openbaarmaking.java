package nl.toezicht.cijfers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Disclosure control of one table: rounding, small counts, secondary suppression and the footnote where
 * rounded cells do not add up. Pure and deterministic: the same counts give the same published table.
 */
final class Openbaarmaking {

    /**
     * Cells that add up to a total (by position: row, column): the sector cells of a column and the total
     * row, or the parts of a sum within a row.
     */
    record Groep(String naam, List<Positie> delen, Positie totaal) {}

    record Positie(int rij, int kolom) {}

    private final Regelset regelset;
    private final Openbaarmakingsregels regels;

    Openbaarmaking(Regelset regelset) {
        this.regelset = regelset;
        this.regels = regelset.regels();
    }

    Tabel bescherm(Tabel tabel, List<Groep> groepen, List<String> toelichting) {
        List<List<Cel>> cellen = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            List<Cel> beschermd = new ArrayList<>();
            for (Cel cel : rij.cellen()) {
                beschermd.add(primair(cel));
            }
            cellen.add(beschermd);
        }
        if (regels.secundaireOnderdrukking()) {
            secundair(cellen, groepen);
        }
        Set<String> voetnoten = new LinkedHashSet<>(toelichting);
        for (Groep groep : groepen) {
            if (telNietOp(cellen, groep)) {
                voetnoten.add(
                        "De afgeronde cijfers van " + groep.naam()
                                + " tellen niet op tot het afgeronde totaal: het totaal is afgerond uit de niet-afgeronde aantallen.");
            }
        }
        List<Rij> rijen = new ArrayList<>();
        for (int r = 0; r < tabel.rijen().size(); r++) {
            Rij rij = tabel.rijen().get(r);
            rijen.add(new Rij(rij.sleutel(), rij.label(), rij.totaal(), cellen.get(r)));
        }
        return new Tabel(tabel.id(), tabel.titel(), tabel.indeling(), tabel.kolomkoppen(), rijen, List.of(), "")
                .met(List.copyOf(voetnoten), regelset.beschrijving(), regelset.versienaam());
    }

    private Cel primair(Cel cel) {
        if (cel.markering() == Cel.Markering.HANDMATIG) {
            return cel; // printed as entered and checked, never rounded or hidden
        }
        Long waarde = cel.waarde();
        if (waarde == null) {
            return cel.metTekst(Openbaarmakingsregels.NIET_IN_TOEZICHT, Cel.Markering.NIET_IN_TOEZICHT);
        }
        if (waarde == 0) {
            return cel.metTekst("0", Cel.Markering.NUL);
        }
        if (regels.isKlein(waarde)) {
            return cel.metTekst(regels.tekst(waarde), Cel.Markering.KLEIN);
        }
        return cel.metTekst(regels.tekst(waarde), Cel.Markering.GETAL);
    }

    /**
     * While some group shows its total and hides exactly one of its parts, hide one more part: the
     * smallest non-zero visible one, the first in the group on a tie (the total when there is none).
     */
    private static void secundair(List<List<Cel>> cellen, List<Groep> groepen) {
        boolean gewijzigd = true;
        while (gewijzigd) {
            gewijzigd = false;
            for (Groep groep : groepen) {
                Cel totaal = cel(cellen, groep.totaal());
                if (totaal.isVerborgen() || totaal.waarde() == null) {
                    continue;
                }
                long verborgen = groep.delen().stream()
                        .filter(p -> cel(cellen, p).isVerborgen())
                        .count();
                if (verborgen != 1) {
                    continue;
                }
                Positie kandidaat = null;
                long kleinste = Long.MAX_VALUE;
                for (Positie p : groep.delen()) {
                    Cel c = cel(cellen, p);
                    Long w = c.waarde();
                    if (!c.isVerborgen() && w != null && w > 0 && w < kleinste) {
                        kleinste = w;
                        kandidaat = p;
                    }
                }
                Positie doel = kandidaat != null ? kandidaat : groep.totaal();
                zet(
                        cellen,
                        doel,
                        cel(cellen, doel).metTekst(Openbaarmakingsregels.ONDERDRUKT, Cel.Markering.ONDERDRUKT));
                gewijzigd = true;
            }
        }
    }

    private boolean telNietOp(List<List<Cel>> cellen, Groep groep) {
        Cel totaal = cel(cellen, groep.totaal());
        if (totaal.markering() != Cel.Markering.GETAL && totaal.markering() != Cel.Markering.NUL) {
            return false;
        }
        long som = 0;
        for (Positie p : groep.delen()) {
            Cel c = cel(cellen, p);
            if (c.markering() != Cel.Markering.GETAL && c.markering() != Cel.Markering.NUL) {
                return false;
            }
            som += regels.rond(c.waarde());
        }
        return som != regels.rond(totaal.waarde());
    }

    private static Cel cel(List<List<Cel>> cellen, Positie p) {
        return cellen.get(p.rij()).get(p.kolom());
    }

    private static void zet(List<List<Cel>> cellen, Positie p, Cel cel) {
        cellen.get(p.rij()).set(p.kolom(), cel);
    }
}
