package nl.toezicht.toegang.aanmelden;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.toezicht.kern.Problemen;
import nl.toezicht.toegang.Sleutelherkenning;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <API key>}. A wrong or revoked key
 * is refused with 401 (never silently treated as anonymous). Stateless: nothing goes into a session.
 */
public final class ApiSleutelFilter extends OncePerRequestFilter {

    private final ApiSleutels sleutels;
    private final List<Sleutelherkenning> anderen;
    private final Problemen problemen;

    public ApiSleutelFilter(ApiSleutels sleutels, List<Sleutelherkenning> anderen, Problemen problemen) {
        this.sleutels = sleutels;
        this.anderen = List.copyOf(anderen);
        this.problemen = problemen;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sleutel =
                request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<Authentication> authenticatie = sleutels.kvkNummerVan(sleutel)
                .<Authentication>map(ApiSleutels.Authenticatie::new)
                .or(() -> anderen.stream()
                        .flatMap(a -> a.herken(sleutel).stream())
                        .findFirst());
        if (authenticatie.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problemen.schrijf(
                    request, response, HttpStatus.UNAUTHORIZED, "ongeldige-sleutel", "probleem.ongeldige-sleutel");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticatie.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
