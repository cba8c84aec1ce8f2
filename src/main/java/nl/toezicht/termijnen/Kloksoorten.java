package nl.toezicht.termijnen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * The registry of clock kinds: one place that knows every kind, its law and rules (decision 0034). Checked
 * when built: a kind the application needs that is missing, or a rule that contradicts itself, stops the start.
 */
public final class Kloksoorten {

    static final String BRON = "termijnen/kloksoorten.yaml";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    /** The kinds the legacy API of {@link Termijnen} computes with. */
    static final String MELDING_CALAMITEIT = "MELDING_CALAMITEIT";

    private final Map<String, Kloksoort> soorten;
    private final List<String> volgorde;
    private final Termijnrekening rekening;

    Kloksoorten(Collection<Kloksoort> soorten, Termijnrekening rekening) {
        Map<String, Kloksoort> perCode = new LinkedHashMap<>();
        for (Kloksoort soort : soorten) {
            controleer(soort);
            if (perCode.put(soort.code(), soort) != null) {
                throw new IllegalStateException("clock kind " + soort.code() + " defined twice");
            }
        }
        List<String> nodig = new ArrayList<>();
        for (Termijnsoort s : Termijnsoort.values()) {
            nodig.add(s.name());
        }
        nodig.add(MELDING_CALAMITEIT);
        for (String code : nodig) {
            if (!perCode.containsKey(code)) {
                throw new IllegalStateException("clock kind " + code + " is missing from " + BRON);
            }
        }
        this.soorten = Map.copyOf(perCode);
        this.rekening = rekening;
        this.volgorde = List.copyOf(perCode.keySet());
    }

    static Kloksoorten uit(KloksoortenProperties properties, Werkdagenkalender kalender) {
        List<Kloksoort> soorten = new ArrayList<>();
        properties
                .soorten()
                .forEach((code, d) -> soorten.add(new Kloksoort(
                        code,
                        d.wet(),
                        d.artikel(),
                        d.start(),
                        d.lengte(),
                        d.lengteBijStart(),
                        d.verschuiving(),
                        d.opschorting(),
                        d.verlenging())));
        List<LocalDate> gelijkgesteld = properties.atwGelijkgesteldeDagen().stream()
                .map(String::strip)
                .map(LocalDate::parse)
                .toList();
        return new Kloksoorten(soorten, new Termijnrekening(kalender, gelijkgesteld));
    }

    /** The kinds as {@value #BRON} defines them, with the default periods (for tests and tools). */
    public static Kloksoorten standaard() {
        return laad(TermijnenProperties.standaard());
    }

    /** The kinds of {@value #BRON}, with the legacy period settings ({@code toezicht.termijnen.*}) filled in. */
    static Kloksoorten laad(TermijnenProperties perioden) {
        MutablePropertySources bronnen = new MutablePropertySources();
        bronnen.addLast(new MapPropertySource(
                "perioden",
                Map.of(
                        "toezicht.termijnen.triage-werkdagen", perioden.triageWerkdagen(),
                        "toezicht.termijnen.melding-werkdagen", perioden.meldingWerkdagen(),
                        "toezicht.termijnen.onderzoeksrapport-weken", perioden.onderzoeksrapportWeken(),
                        "toezicht.termijnen.aanvulling-weken", perioden.aanvullingWeken(),
                        "toezicht.termijnen.beoordeling-werkdagen", perioden.beoordelingWerkdagen())));
        try {
            new YamlPropertySourceLoader()
                    .load(BRON, new ClassPathResource(BRON))
                    .forEach(bronnen::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KloksoortenProperties properties = new Binder(
                        ConfigurationPropertySources.from(bronnen), new PropertySourcesPlaceholdersResolver(bronnen))
                .bind("toezicht.termijnen", KloksoortenProperties.class)
                .orElseThrow(() -> new IllegalStateException(BRON + " defines no clock kinds"));
        return uit(properties, new Werkdagenkalender());
    }

    private static void controleer(Kloksoort soort) {
        String code = soort.code();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException("clock kind code must be upper case letters, digits and _: " + code);
        }
        if (soort.lengte().aantal() < 1) {
            throw new IllegalStateException("clock kind " + code + " needs a length of at least 1");
        }
        Set<String> gezien = new HashSet<>();
        for (Opschortingsgrond grond : soort.opschorting()) {
            if (!CODE.matcher(grond.code()).matches() || !gezien.add("O" + grond.code())) {
                throw new IllegalStateException("clock kind " + code + ": bad suspension ground " + grond.code());
            }
        }
        for (Verlengingsregel regel : soort.verlenging()) {
            if (!CODE.matcher(regel.code()).matches() || !gezien.add("V" + regel.code())) {
                throw new IllegalStateException("clock kind " + code + ": bad extension rule " + regel.code());
            }
            if (regel.maximaal() != null && regel.maximaal().aantal() < 1) {
                throw new IllegalStateException(
                        "clock kind " + code + ": extension rule " + regel.code() + " allows no length at all");
            }
        }
    }

    public Optional<Kloksoort> vind(String code) {
        return Optional.ofNullable(soorten.get(code));
    }

    /** @throws IllegalArgumentException for a code no kind has */
    public Kloksoort soort(String code) {
        Kloksoort soort = soorten.get(code);
        if (soort == null) {
            throw new IllegalArgumentException("unknown clock kind: " + code);
        }
        return soort;
    }

    /** All kinds, in the order of the registry. */
    public List<Kloksoort> alle() {
        return volgorde.stream().map(soorten::get).toList();
    }

    /**
     * The deadline a clock of this kind started on {@code startpunt} would have, without starting one: with
     * the kind's length, or {@code lengte} where the kind lets the length be given.
     */
    public LocalDate uiterlijk(Kloksoort soort, Startpunt startpunt, @Nullable Lengte lengte) {
        Lengte l = lengte != null && soort.lengteBijStart() ? lengte : soort.lengte();
        LocalDate einde = rekening.plus(startpunt.datum(), l);
        return rekening.uiterlijk(soort.verschuiving(), startpunt.datum(), einde);
    }

    Termijnrekening rekening() {
        return rekening;
    }
}
