package nl.toezicht.toegang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The URL rules of all modules ({@link Toegangsverklaring#padregels()}) and of the platform, as the security
 * filter applies them: one rule per path pattern, the most specific pattern first (and, for one pattern, the
 * rule for a method before the rule for all), so no module's order matters. A right opens a path to the
 * roles that have it in the {@link Rechtentabel}; what no rule names is for any account with a role (an API
 * key, which has none, reaches only the public doors).
 */
@Component
class Padregels {

    /** The platform's doors: the error page, static files, the API description, health and metrics. */
    static final Padregel PLATFORM = Padregel.openbaar(
            "/error",
            "/webjars/**",
            "/assets/**",
            "/favicon.ico",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/actuator/health/**",
            "/actuator/prometheus");

    /** One pattern of one rule. */
    record Regel(Padregel padregel, String patroon) {}

    private final List<Regel> regels;
    private final Rechtentabel rechten;

    Padregels(List<Toegangsverklaring> verklaringen, Rechtentabel rechten) {
        this.rechten = rechten;
        List<Padregel> alle = new ArrayList<>();
        alle.add(PLATFORM);
        verklaringen.forEach(v -> alle.addAll(v.padregels()));
        this.regels = geordend(alle);
    }

    static List<Regel> geordend(List<Padregel> padregels) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Comparator<Regel> volgorde = Comparator.comparing(
                        (Regel r) -> parser.parse(r.patroon()), PathPattern.SPECIFICITY_COMPARATOR)
                .thenComparing(r -> r.padregel().methode() == null ? 1 : 0);
        List<Regel> regels = new ArrayList<>();
        for (Padregel padregel : padregels) {
            padregel.patronen().forEach(p -> regels.add(new Regel(padregel, p)));
        }
        regels.sort(volgorde);
        return List.copyOf(regels);
    }

    List<Regel> regels() {
        return regels;
    }

    void pasToe(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        PathPatternRequestMatcher.Builder paden = PathPatternRequestMatcher.withDefaults();
        for (Regel regel : regels) {
            HttpMethod methode = regel.padregel().methode();
            var deur = requests.requestMatchers(
                    methode == null ? paden.matcher(regel.patroon()) : paden.matcher(methode, regel.patroon()));
            Recht recht = regel.padregel().recht();
            if (recht == null) {
                deur.permitAll();
                continue;
            }
            Set<Rol> rollen = rechten.rollenMet(recht);
            if (rollen.isEmpty()) {
                deur.denyAll();
            } else {
                deur.hasAnyRole(rollen.stream().map(Rol::name).toArray(String[]::new));
            }
        }
        requests.anyRequest()
                .hasAnyRole(Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new));
    }
}
