package nl.toezicht.termijnen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of legal clock, as data (docs/termijnen.md has the table; the definitions are in
 * {@code termijnen/kloksoorten.yaml}, overridable in application.yaml; decision 0034).
 *
 * @param code stable identifier, also the message key {@code kloksoort.<code>} of its Dutch name and
 *     {@code kloksoort.<code>.start} of what starts it
 * @param wet the law (or "eigen norm" for the inspectorate's own service levels)
 * @param artikel the article that sets the period
 * @param start what kind of thing starts it: an event moment or a date
 * @param lengte the default length (the statutory one; for kinds whose length is decided per case, the
 *     configurable default)
 * @param lengteBijStart whether the one who starts a clock may give its length (a view period, a grace
 *     period set in the decision); otherwise the length is the law's
 * @param verschuiving whether the deadline moves off a weekend or holiday (decision 0035)
 * @param opschorting the grounds on which it may stand still; none: it cannot be suspended
 * @param verlenging the ways it may be extended; none: it cannot be extended
 */
public record Kloksoort(
        String code,
        String wet,
        String artikel,
        Startwijze start,
        Lengte lengte,
        boolean lengteBijStart,
        Verschuiving verschuiving,
        List<Opschortingsgrond> opschorting,
        List<Verlengingsregel> verlenging) {

    public Kloksoort {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(wet, "wet");
        Objects.requireNonNull(artikel, "artikel");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lengte, "lengte");
        Objects.requireNonNull(verschuiving, "verschuiving");
        opschorting = opschorting == null ? List.of() : List.copyOf(opschorting);
        verlenging = verlenging == null ? List.of() : List.copyOf(verlenging);
    }

    public static String berichtSleutel(String code) {
        return "kloksoort." + code;
    }

    public String berichtSleutel() {
        return berichtSleutel(code);
    }

    public String startSleutel() {
        return berichtSleutel(code) + ".start";
    }

    public boolean isOpschortbaar() {
        return !opschorting.isEmpty();
    }

    public boolean isVerlengbaar() {
        return !verlenging.isEmpty();
    }

    public Optional<Opschortingsgrond> opschortingsgrond(String grond) {
        return opschorting.stream().filter(o -> o.code().equals(grond)).findFirst();
    }

    /**
     * The rules by which a clock of this kind with this history may still be extended: a rule with a
     * maximum number drops out once it has been used that often (the engine refuses it then too).
     */
    public List<Verlengingsregel> verlengingenOver(List<Klokgebeurtenis> geschiedenis) {
        return verlenging.stream()
                .filter(r -> r.maximaalAantal() == null
                        || geschiedenis.stream()
                                        .filter(g -> g.soort() == Klokgebeurtenis.Soort.VERLENGD
                                                && r.code().equals(g.grond()))
                                        .count()
                                < r.maximaalAantal())
                .toList();
    }

    public Optional<Verlengingsregel> verlengingsregel(String regel) {
        return verlenging.stream().filter(v -> v.code().equals(regel)).findFirst();
    }
}
