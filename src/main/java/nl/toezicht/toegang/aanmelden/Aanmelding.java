package nl.toezicht.toegang.aanmelden;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.toezicht.toegang.Rol;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.stereotype.Component;

/**
 * What happens after a correct password: when the account needs a second factor the password's
 * authentication is parked in the session (the user is not logged in yet) and the user is sent to the
 * code page, or to set up TOTP first; otherwise, and after a correct code, the login completes: a new
 * session id (against session fixation: the password step renewed it once, the code step does so again),
 * the time of login for the absolute time-out, and the lock-out count reset. Logins through the identity
 * provider complete at once: the provider does its own second factor.
 */
@Component
public class Aanmelding implements AuthenticationSuccessHandler {

    /** Session attribute: when the user logged in (for the absolute session time-out). */
    public static final String AANGEMELD_OP = "toezicht.aangemeld-op";

    static final String WACHTEND = "toezicht.aanmelding.wachtend";
    private static final Duration WACHTTIJD = Duration.ofMinutes(5);

    private final TweedeFactor tweedeFactor;
    private final Aanmeldpogingen pogingen;
    private final Clock clock;
    private final SecurityContextRepository contexten = new HttpSessionSecurityContextRepository();
    private final RequestCache verzoeken = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler doel =
            new SavedRequestAwareAuthenticationSuccessHandler();

    Aanmelding(TweedeFactor tweedeFactor, Aanmeldpogingen pogingen, Clock clock) {
        this.tweedeFactor = tweedeFactor;
        this.pogingen = pogingen;
        this.clock = clock;
        doel.setDefaultTargetUrl(Startpagina.PAD);
        doel.setRedirectStrategy(new AlleenPad());
    }

    /**
     * Back to the page first asked for, as a path: the saved request's absolute address was built from the
     * request's {@code Host}, which the client chooses (issue 11).
     */
    static final class AlleenPad extends DefaultRedirectStrategy {
        @Override
        protected String calculateRedirectUrl(String contextPath, String url) {
            return UrlUtils.isAbsoluteUrl(url) ? pad(url) : super.calculateRedirectUrl(contextPath, url);
        }

        static String pad(String url) {
            URI adres = URI.create(url);
            String pad = adres.getRawPath() == null || adres.getRawPath().isEmpty() ? "/" : adres.getRawPath();
            return adres.getRawQuery() == null ? pad : pad + "?" + adres.getRawQuery();
        }
    }

    /** A password login parked until its second factor. */
    public record Wachtend(Authentication authenticatie, Instant sinds) implements Serializable {
        public String gebruikersnaam() {
            return authenticatie.getName();
        }
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication instanceof OAuth2AuthenticationToken)
                && tweedeFactor.nodig(authentication.getName(), rol(authentication))) {
            request.getSession().setAttribute(WACHTEND, new Wachtend(authentication, clock.instant()));
            SecurityContextHolder.clearContext();
            contexten.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            response.sendRedirect(request.getContextPath()
                    + (tweedeFactor.ingesteld(authentication.getName())
                            ? "/inloggen/code"
                            : "/inloggen/tweede-factor"));
            return;
        }
        voltooi(request, response, authentication);
    }

    /** The parked password login of this session, if it is recent enough. */
    public Optional<Wachtend> wachtend(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie == null || !(sessie.getAttribute(WACHTEND) instanceof Wachtend wachtend)) {
            return Optional.empty();
        }
        if (wachtend.sinds().plus(WACHTTIJD).isBefore(clock.instant())) {
            sessie.removeAttribute(WACHTEND);
            return Optional.empty();
        }
        return Optional.of(wachtend);
    }

    /** Drops the parked login (after a lock-out or on giving up). */
    public void vergeet(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.removeAttribute(WACHTEND);
        }
    }

    /**
     * The second factor was right: the parked login becomes the session's login. Returns where to go: the
     * page the user first asked for, or the start page of their role.
     */
    public String voltooiNaTweedeFactor(HttpServletRequest request, HttpServletResponse response, Wachtend wachtend) {
        vergeet(request);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(wachtend.authenticatie());
        SecurityContextHolder.setContext(context);
        contexten.saveContext(context, request, response);
        request.getSession().setAttribute(AANGEMELD_OP, clock.instant());
        pogingen.gelukt(wachtend.gebruikersnaam());
        SavedRequest gevraagd = verzoeken.getRequest(request, response);
        verzoeken.removeRequest(request, response);
        return gevraagd == null ? Startpagina.PAD : AlleenPad.pad(gevraagd.getRedirectUrl());
    }

    private void voltooi(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        request.getSession().setAttribute(AANGEMELD_OP, clock.instant());
        pogingen.gelukt(authentication.getName());
        try {
            doel.onAuthenticationSuccess(request, response, authentication);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    private static Rol rol(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .flatMap(naam -> java.util.Arrays.stream(Rol.values())
                        .filter(r -> r.name().equals(naam)))
                .findFirst()
                .orElse(Rol.INTAKE);
    }
}
