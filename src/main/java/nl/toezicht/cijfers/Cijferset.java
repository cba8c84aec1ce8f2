package nl.toezicht.cijfers;

import java.time.Instant;
import java.util.List;

/**
 * All tables of one period, compared with earlier years, as computed at {@code peilmoment} (the data
 * cut-off) under one version of the disclosure rules. An approved set is stored exactly like this
 * (frozen) and printed from the stored form ever after.
 *
 * @param vorm {@code GEPUBLICEERD} (rounded, published texts only) or {@code ONGEAFROND} (analysts)
 */
public record Cijferset(
        int jaar,
        String periode,
        String periodeOmschrijving,
        List<Integer> jaren,
        Instant peilmoment,
        String regelsVersie,
        String vorm,
        List<Tabel> tabellen,
        List<Reeks> reeksen,
        List<Balans> balans) {

    public static final String GEPUBLICEERD = "GEPUBLICEERD";
    public static final String ONGEAFROND = "ONGEAFROND";

    public Cijferset {
        jaren = List.copyOf(jaren);
        tabellen = List.copyOf(tabellen);
        reeksen = List.copyOf(reeksen);
        balans = List.copyOf(balans);
    }

    /** The published form: rounded and protected texts, no unrounded count anywhere. */
    public Cijferset gepubliceerd() {
        return new Cijferset(
                jaar,
                periode,
                periodeOmschrijving,
                jaren,
                peilmoment,
                regelsVersie,
                GEPUBLICEERD,
                tabellen.stream().map(Tabel::gepubliceerd).toList(),
                reeksen.stream().map(Reeks::zonderWaarden).toList(),
                List.of());
    }

    public Tabel tabel(String id) {
        return tabellen.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.cijfertabel", id));
    }
}
