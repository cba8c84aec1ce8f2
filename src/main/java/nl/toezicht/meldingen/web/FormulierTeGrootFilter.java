package nl.toezicht.meldingen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A public form whose body is over the request limit (25 MB): the container refuses the parts as soon as
 * anything reads a parameter (the CSRF check does, before any controller), and then even the error page
 * fails. So the parts are read here first, and a refusal is answered with a plain Dutch page (413) instead,
 * before the general limit would answer a person with JSON. A single part may be as large as the request
 * (spring.servlet.multipart.max-file-size), so an attachment over intake's 20 MB within that limit is parsed
 * and comes back on the form's attachment field with everything typed kept (decision 0055). (With script,
 * the form itself says a file is too large before sending.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FormulierTeGrootFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver talen;

    private final long maxVerzoek;

    FormulierTeGrootFilter(
            MessageSource messages,
            LocaleResolver talen,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxVerzoek) {
        this.messages = messages;
        this.talen = talen;
        this.maxVerzoek = maxVerzoek.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !(request.getRequestURI().startsWith(request.getContextPath() + "/melden/")
                        || request.getRequestURI().startsWith(request.getContextPath() + "/status/"))
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxVerzoek) {
            weiger(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (isTeGroot(e)) {
                weiger(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void weiger(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale taal = talen.resolveLocale(request);
        String titel = HtmlUtils.htmlEscape(messages.getMessage("melden.te-groot.titel", null, taal));
        String tekst = HtmlUtils.htmlEscape(messages.getMessage("probleem.te-groot", null, taal));
        String terug = HtmlUtils.htmlEscape(messages.getMessage("melden.te-groot.terug", null, taal));
        String formulier = HtmlUtils.htmlEscape(request.getContextPath() + request.getServletPath());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        PrintWriter uit = response.getWriter();
        uit.write("<!DOCTYPE html><html lang=\"" + taal.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + titel
                + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/assets/css/toezicht.css\">"
                + "</head><body><main id=\"inhoud\" class=\"smal\"><h1>" + titel + "</h1><p>" + tekst + "</p>"
                + "<p><a href=\"" + formulier + "\">" + terug + "</a></p></main></body></html>");
        uit.flush();
    }

    private static boolean isTeGroot(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")) {
                return true;
            }
        }
        return false;
    }
}
