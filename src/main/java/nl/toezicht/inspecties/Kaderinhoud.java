package nl.toezicht.inspecties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Weigering;

/**
 * What one version of an assessment framework says: its scale, and its themes with their norms and what the
 * inspector looks at per norm. A value: every change makes a new one (the draft keeps the newest).
 *
 * @param omschrijving what the framework is for, for whom
 * @param schaal the steps a norm is scored on, best first (the inspectorate's four: {@link #VIER_STAPPEN})
 */
public record Kaderinhoud(String omschrijving, List<Schaalstap> schaal, List<Thema> themas) {

    /** The inspectorate's usual scale: meets, largely meets, largely does not meet, does not meet. */
    public static final List<Schaalstap> VIER_STAPPEN = List.of(
            new Schaalstap("VOLDOET", "Voldoet"),
            new Schaalstap("VOLDOET_GROTENDEELS", "Voldoet grotendeels"),
            new Schaalstap("VOLDOET_GROTENDEELS_NIET", "Voldoet grotendeels niet"),
            new Schaalstap("VOLDOET_NIET", "Voldoet niet"));

    public Kaderinhoud {
        schaal = List.copyOf(schaal);
        themas = List.copyOf(themas);
    }

    /**
     * The label the framework gives a score, as pages and the report show it (in every language: the labels are
     * the framework's own text); the code itself for a score not on this scale, a dash for none.
     */
    public String label(@org.jspecify.annotations.Nullable String code) {
        if (code == null) {
            return "—";
        }
        return schaal.stream()
                .filter(s -> s.code().equals(code))
                .map(Schaalstap::label)
                .findFirst()
                .orElse(code);
    }

    /** One step of the scale: a stable code (what a finding stores) and its label. */
    public record Schaalstap(String code, String label) {}

    /** A theme of the framework, with its norms in order. */
    public record Thema(String code, String titel, List<Norm> normen) {
        public Thema {
            normen = List.copyOf(normen);
        }
    }

    /**
     * A norm: what the provider must meet, and the points the inspector looks at to judge it.
     *
     * @param code unique within the framework and stable across its versions (how versions are compared)
     */
    public record Norm(String code, String titel, String tekst, List<String> aandachtspunten) {
        public Norm {
            aandachtspunten = List.copyOf(aandachtspunten);
        }
    }

    /** Every norm in order, by code. */
    public Map<String, Norm> normen() {
        Map<String, Norm> normen = new LinkedHashMap<>();
        themas.forEach(t -> t.normen().forEach(n -> normen.put(n.code(), n)));
        return normen;
    }

    public int aantalNormen() {
        return themas.stream().mapToInt(t -> t.normen().size()).sum();
    }

    public Optional<Thema> thema(String code) {
        return themas.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The theme a norm is in. */
    public Optional<Thema> themaVan(String normCode) {
        return themas.stream()
                .filter(t -> t.normen().stream().anyMatch(n -> n.code().equals(normCode)))
                .findFirst();
    }

    /**
     * This content with the norm set in theme {@code themaCode}: replaced in place when a norm with its code
     * exists in that theme, appended otherwise. A code used in another theme is refused.
     */
    Kaderinhoud metNorm(String themaCode, Norm norm) {
        Thema doel = thema(themaCode).orElseThrow(() -> Weigering.opVeld("thema", "kader.thema.onbekend", themaCode));
        Optional<Thema> elders = themaVan(norm.code());
        if (elders.isPresent() && !elders.get().code().equals(themaCode)) {
            throw Weigering.opVeld("code", "kader.norm.code-dubbel", norm.code());
        }
        List<Thema> nieuw = new ArrayList<>();
        for (Thema t : themas) {
            if (t != doel) {
                nieuw.add(t);
                continue;
            }
            List<Norm> normen = new ArrayList<>(t.normen());
            int plek = -1;
            for (int i = 0; i < normen.size(); i++) {
                if (normen.get(i).code().equals(norm.code())) {
                    plek = i;
                }
            }
            if (plek >= 0) {
                normen.set(plek, norm);
            } else {
                normen.add(norm);
            }
            nieuw.add(new Thema(t.code(), t.titel(), normen));
        }
        return new Kaderinhoud(omschrijving, schaal, nieuw);
    }

    /** This content without the norm; a theme keeps at least one norm. */
    Kaderinhoud zonderNorm(String normCode) {
        Thema thema = themaVan(normCode).orElseThrow(() -> Weigering.opVeld("code", "kader.norm.onbekend", normCode));
        if (thema.normen().size() == 1) {
            throw Weigering.opVeld("code", "kader.norm.laatste-van-thema", normCode, thema.titel());
        }
        List<Thema> nieuw = themas.stream()
                .map(t -> t != thema
                        ? t
                        : new Thema(
                                t.code(),
                                t.titel(),
                                t.normen().stream()
                                        .filter(n -> !n.code().equals(normCode))
                                        .toList()))
                .toList();
        return new Kaderinhoud(omschrijving, schaal, nieuw);
    }

    /** This content with a new theme at the end, holding its first norm. */
    Kaderinhoud metThema(String code, String titel, Norm eersteNorm) {
        if (thema(code).isPresent()) {
            throw Weigering.opVeld("themaCode", "kader.thema.code-dubbel", code);
        }
        if (normen().containsKey(eersteNorm.code())) {
            throw Weigering.opVeld("code", "kader.norm.code-dubbel", eersteNorm.code());
        }
        List<Thema> nieuw = new ArrayList<>(themas);
        nieuw.add(new Thema(code, titel, List.of(eersteNorm)));
        return new Kaderinhoud(omschrijving, schaal, nieuw);
    }
}
