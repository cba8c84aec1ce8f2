package nl.toezicht.inspecties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version of a framework to another, norm by norm (a norm is the same norm when its
 * code is the same): added, removed, changed (its title, text, points to look at or theme), and whether the
 * scale changed.
 */
public record Kaderverschil(
        List<Norm> toegevoegd, List<Norm> verwijderd, List<Wijziging> gewijzigd, boolean schaalGewijzigd) {

    /** A norm in both versions that differs; {@code velden} names what differs. */
    public record Wijziging(Norm oud, Norm nieuw, List<String> velden) {}

    public static Kaderverschil tussen(Kaderinhoud oud, Kaderinhoud nieuw) {
        Map<String, Norm> voor = oud.normen();
        Map<String, Norm> na = nieuw.normen();
        List<Norm> toegevoegd = new ArrayList<>();
        List<Wijziging> gewijzigd = new ArrayList<>();
        na.forEach((code, norm) -> {
            Norm was = voor.get(code);
            if (was == null) {
                toegevoegd.add(norm);
                return;
            }
            List<String> velden = new ArrayList<>();
            if (!was.titel().equals(norm.titel())) {
                velden.add("titel");
            }
            if (!was.tekst().equals(norm.tekst())) {
                velden.add("tekst");
            }
            if (!was.aandachtspunten().equals(norm.aandachtspunten())) {
                velden.add("aandachtspunten");
            }
            if (!Objects.equals(themacode(oud, code), themacode(nieuw, code))) {
                velden.add("thema");
            }
            if (!velden.isEmpty()) {
                gewijzigd.add(new Wijziging(was, norm, velden));
            }
        });
        List<Norm> verwijderd = voor.entrySet().stream()
                .filter(e -> !na.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        return new Kaderverschil(
                List.copyOf(toegevoegd),
                verwijderd,
                List.copyOf(gewijzigd),
                !oud.schaal().equals(nieuw.schaal()));
    }

    private static @Nullable String themacode(Kaderinhoud inhoud, String normCode) {
        return inhoud.themaVan(normCode).map(Kaderinhoud.Thema::code).orElse(null);
    }

    public boolean isLeeg() {
        return toegevoegd.isEmpty() && verwijderd.isEmpty() && gewijzigd.isEmpty() && !schaalGewijzigd;
    }
}
