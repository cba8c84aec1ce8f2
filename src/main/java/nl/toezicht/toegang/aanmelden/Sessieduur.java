package nl.toezicht.toegang.aanmelden;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session time-out: however active, a session ends {@code toezicht.toegang.absolute-
 * sessieduur} after login (the idle time-out is the servlet container's {@code
 * server.servlet.session.timeout}). A page request is then sent to the login page with a notice.
 */
public final class Sessieduur extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration maximum;

    public Sessieduur(Clock clock, AanmeldProperties properties) {
        this.clock = clock;
        this.maximum = properties.absoluteSessieduur();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        if (sessie != null
                && sessie.getAttribute(Aanmelding.AANGEMELD_OP) instanceof Instant aangemeld
                && !aangemeld.plus(maximum).isAfter(clock.instant())) {
            sessie.invalidate();
            SecurityContextHolder.clearContext();
            if ("GET".equals(request.getMethod())
                    && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendRedirect(request.getContextPath() + "/inloggen?verlopen");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
