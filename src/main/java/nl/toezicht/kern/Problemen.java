package nl.toezicht.kern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a filter, before a request reaches a controller (and so before {@link
 * ApiProblemAdvice} could answer): the same shape, type and Dutch (or English) text as the advice gives.
 */
public final class Problemen {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver talen;

    public Problemen(MessageSource messages, JsonMapper json, LocaleResolver talen) {
        this.messages = messages;
        this.json = json;
        this.talen = talen;
    }

    /**
     * Answers with the problem of {@code type} whose text is the message {@code detailSleutel}, in the
     * language the controllers would use (the dispatcher has not chosen it yet this early).
     */
    public void schrijf(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String type,
            String detailSleutel)
            throws IOException {
        schrijf(request, response, () -> {
            String detail = messages.getMessage(detailSleutel, null, LocaleContextHolder.getLocale());
            return ApiProblemAdvice.response(messages, status, type, detail, List.<Veldfout>of());
        });
    }

    /** Answers {@link TijdelijkTeDruk}: 503 with {@code Retry-After}, as the controllers' advice would. */
    public void teDruk(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(request, response, () -> ApiProblemAdvice.teDruk(messages));
    }

    private void schrijf(
            HttpServletRequest request, HttpServletResponse response, Supplier<ResponseEntity<ProblemDetail>> antwoord)
            throws IOException {
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(talen.resolveLocale(request));
        try {
            var answer = antwoord.get();
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.setHeader(name, v)));
            json.writeValue(response.getOutputStream(), answer.getBody());
        } finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }
}
