package nl.toezicht.kern;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits the public doors per client with token buckets (bucket4j): the citizen and care-provider
 * forms, notification intake through the API and login. Over the limit the answer is {@code 429} with
 * {@code Retry-After}: a Dutch problem for the API, the Dutch error page for forms. The counts are kept
 * in PostgreSQL ({@link Emmers}), shared by all instances (docs/decisions/0026). Not a bean of its own:
 * the security filter chain places it, after the header writer so that a refusal carries the security
 * headers too.
 */
public final class SnelheidslimietFilter extends OncePerRequestFilter {

    enum Deur {
        FORMULIEREN,
        API_INTAKE,
        API_SLEUTEL,
        INLOGGEN
    }

    private final SnelheidslimietProperties properties;
    private final Emmers emmers;
    private final Problemen problemen;

    public SnelheidslimietFilter(SnelheidslimietProperties properties, Emmers emmers, Problemen problemen) {
        this.properties = properties;
        this.emmers = emmers;
        this.problemen = problemen;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.aan() || deur(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Deur deur = deur(request);
        if (deur == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = deur == Deur.API_SLEUTEL ? sha256(sleutel(request)) : request.getRemoteAddr();
        SnelheidslimietProperties.Limiet limiet = limiet(deur);
        ConsumptionProbe probe = emmers.neem(deur + "/" + limiet.code() + "/" + client, limiet);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconden = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconden));
        if (deur == Deur.API_INTAKE || deur == Deur.API_SLEUTEL) {
            problemen.schrijf(
                    request, response, HttpStatus.TOO_MANY_REQUESTS, "te-veel-verzoeken", "probleem.te-veel-verzoeken");
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private SnelheidslimietProperties.Limiet limiet(Deur deur) {
        return switch (deur) {
            case FORMULIEREN -> properties.formulieren();
            case API_INTAKE -> properties.apiIntake();
            case API_SLEUTEL -> properties.apiSleutel();
            case INLOGGEN -> properties.inloggen();
        };
    }

    private static @Nullable Deur deur(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return switch (pad) {
            case "/melden/burger", "/melden/zorgaanbieder" -> Deur.FORMULIEREN;
            case "/api/v1/meldingen" -> sleutel(request) == null ? Deur.API_INTAKE : Deur.API_SLEUTEL;
            case "/inloggen", "/inloggen/code", "/inloggen/tweede-factor" -> Deur.INLOGGEN;
            default -> null;
        };
    }

    private static @Nullable String sleutel(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : null;
    }

    private static String sha256(@Nullable String waarde) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(waarde).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
