package nl.toezicht.toegang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one table of which role has which right: {@value #BRON}, read at start-up. It is policy: it changes
 * through review of that file (and docs/toegang.md, which a test keeps equal to it), never at run time, and
 * the administrator sees it at {@code /beheer/rechten}. The application does not start when the table names
 * a right no module declares, leaves out a declared right, names an unknown role, or when a declared right
 * has no Dutch description (decision 0036).
 */
@Component
public class Rechtentabel {

    static final String BRON = "toegang/rechten.yaml";

    private final Map<Recht, Set<Rol>> rollen;

    @Autowired
    Rechtentabel(List<Toegangsverklaring> verklaringen, MessageSource berichten) {
        this(
                lees(new ClassPathResource(BRON)),
                verklaringen,
                recht -> berichten.getMessage(recht.omschrijvingssleutel(), null, null, Locale.forLanguageTag("nl")));
    }

    /**
     * @param tabel per right's code the names of the roles that have it, in the order to show
     * @param omschrijving the Dutch description of a right, or null when it has none
     */
    Rechtentabel(
            Map<String, List<String>> tabel,
            List<Toegangsverklaring> verklaringen,
            Function<Recht, @Nullable String> omschrijving) {
        Map<Recht, Toegangsverklaring> verklaard = verklaard(verklaringen);
        List<String> fouten = new ArrayList<>();
        Map<Recht, Set<Rol>> gelezen = new LinkedHashMap<>();
        tabel.forEach((code, namen) -> {
            Recht recht;
            try {
                recht = Recht.van(code);
            } catch (IllegalArgumentException e) {
                fouten.add(e.getMessage());
                return;
            }
            if (!verklaard.containsKey(recht)) {
                fouten.add("recht " + code + " staat in " + BRON + " maar geen module verklaart het");
            }
            Set<Rol> metRecht = EnumSet.noneOf(Rol.class);
            for (String naam : namen == null ? List.<String>of() : namen) {
                try {
                    metRecht.add(Rol.valueOf(naam));
                } catch (IllegalArgumentException e) {
                    fouten.add("recht " + code + ": onbekende rol " + naam);
                }
            }
            gelezen.put(recht, Collections.unmodifiableSet(metRecht));
        });
        for (Recht recht : verklaard.keySet()) {
            if (!gelezen.containsKey(recht)) {
                fouten.add("recht " + recht + " (verklaard door "
                        + ClassUtils.getUserClass(verklaard.get(recht)).getName() + ") ontbreekt in " + BRON
                        + ": zet het erin, met de rollen die het hebben (of [])");
            }
            String tekst = omschrijving.apply(recht);
            if (tekst == null || tekst.isBlank()) {
                fouten.add("recht " + recht + " heeft geen omschrijving: " + recht.omschrijvingssleutel()
                        + " in de berichtenbundel van module " + recht.module());
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("De rechtentabel klopt niet:\n  " + String.join("\n  ", fouten));
        }
        this.rollen = Collections.unmodifiableMap(gelezen);
    }

    private static Map<Recht, Toegangsverklaring> verklaard(List<Toegangsverklaring> verklaringen) {
        Map<Recht, Toegangsverklaring> verklaard = new LinkedHashMap<>();
        List<String> fouten = new ArrayList<>();
        for (Toegangsverklaring verklaring : verklaringen) {
            String module = module(ClassUtils.getUserClass(verklaring));
            for (Recht recht : verklaring.rechten()) {
                if (!recht.module().equals(module)) {
                    fouten.add("recht " + recht + " is verklaard in module " + module
                            + ": een recht begint met de naam van de module die het verklaart");
                }
                Toegangsverklaring eerder = verklaard.put(recht, verklaring);
                if (eerder != null && eerder != verklaring) {
                    fouten.add("recht " + recht + " is twee keer verklaard");
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("De rechtentabel klopt niet:\n  " + String.join("\n  ", fouten));
        }
        return verklaard;
    }

    /** The module of a class: the package right under {@code nl.toezicht}. */
    static String module(Class<?> klasse) {
        String[] delen = klasse.getPackageName().split("\\.");
        return delen.length > 2 ? delen[2] : klasse.getPackageName();
    }

    static Map<String, List<String>> lees(ClassPathResource bron) {
        try (InputStream in = bron.getInputStream()) {
            return lees(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BRON, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> lees(String yaml) {
        Object gelezen = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(gelezen instanceof Map<?, ?> tabel)) {
            throw new IllegalStateException(BRON + " is geen tabel van recht naar rollen");
        }
        Map<String, List<String>> uit = new LinkedHashMap<>();
        tabel.forEach((code, rollen) -> {
            if (rollen != null && !(rollen instanceof List<?>)) {
                throw new IllegalStateException(BRON + ": de rollen van " + code + " zijn geen lijst");
            }
            uit.put(String.valueOf(code), rollen == null ? List.of() : (List<String>) rollen);
        });
        return uit;
    }

    /** Every right, in the order of the table (grouped by module). */
    public List<Recht> rechten() {
        return List.copyOf(rollen.keySet());
    }

    /** The roles that have this right. */
    public Set<Rol> rollenMet(Recht recht) {
        Set<Rol> met = rollen.get(recht);
        if (met == null) {
            throw new IllegalArgumentException("recht " + recht + " is door geen module verklaard");
        }
        return met;
    }

    public boolean heeft(Rol rol, Recht recht) {
        return rollenMet(recht).contains(rol);
    }

    /** The rights of a role, by code. */
    public Set<String> rechtenVan(Rol rol) {
        Set<String> codes = new TreeSet<>();
        rollen.forEach((recht, met) -> {
            if (met.contains(rol)) {
                codes.add(recht.code());
            }
        });
        return codes;
    }
}
