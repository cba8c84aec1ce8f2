package nl.toezicht.toegang.aanmelden;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import nl.toezicht.kern.Problemen;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A password an administrator set (a new account, a reset) is known to two people: until its owner changed it,
 * every page sends them to {@code /account/wachtwoord}, and the API answers 403. Logging out, the login steps
 * and static files stay reachable. The mark is in the session ({@link Aanmelding#WACHTWOORD_WIJZIGEN}), set at
 * login and removed by the change.
 */
@Component
public class Wachtwoordwissel implements HandlerInterceptor {

    /** Paths a user with a password to change may still use. */
    public static final List<String> VRIJ = List.of(
            "/account/wachtwoord", "/inloggen", "/inloggen/**", "/uitloggen", "/assets/**", "/webjars/**", "/error");

    private final Problemen problemen;

    Wachtwoordwissel(Problemen problemen) {
        this.problemen = problemen;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        HttpSession sessie = request.getSession(false);
        if (sessie == null || sessie.getAttribute(Aanmelding.WACHTWOORD_WIJZIGEN) == null) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problemen.schrijf(
                    request, response, HttpStatus.FORBIDDEN, "wachtwoord-wijzigen", "probleem.wachtwoord-wijzigen");
        } else {
            response.sendRedirect(request.getContextPath() + "/account/wachtwoord?verplicht");
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie implements WebMvcConfigurer {

        private final Wachtwoordwissel wissel;

        Registratie(Wachtwoordwissel wissel) {
            this.wissel = wissel;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(wissel).excludePathPatterns(VRIJ);
        }
    }

    /** The password was changed: the session may go anywhere again. */
    public static void gewijzigd(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.removeAttribute(Aanmelding.WACHTWOORD_WIJZIGEN);
        }
    }
}
