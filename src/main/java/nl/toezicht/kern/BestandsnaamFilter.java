package nl.toezicht.kern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A form upload whose file name holds U+0000: the servlet container refuses to read the parts, and then the
 * CSRF check finds no token and the page would say "no access". So the parts of a page's upload are read
 * here first, and such a name is answered with the Dutch 400 page about the file name. The JSON API reads its
 * parts in the controller, where {@link ApiProblemAdvice} names the file field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BestandsnaamFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver talen;

    BestandsnaamFilter(MessageSource messages, LocaleResolver talen) {
        this.messages = messages;
        this.talen = talen;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (Stuurtekens.isOngeldigeBestandsnaam(e)) {
                request.setAttribute(
                        PaginaFoutAdvice.FOUTMELDING,
                        messages.getMessage("foutpagina.bestandsnaam", null, talen.resolveLocale(request)));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            // anything else (a part too large) is answered where the parts are used
        }
        chain.doFilter(request, response);
    }
}
