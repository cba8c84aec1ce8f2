package nl.toezicht.kern;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For pages (not the JSON API, which {@link ApiProblemAdvice} answers first): an unknown object shows the
 * Dutch 404 page instead of a server error, and a parameter with a control character ({@link Stuurtekens})
 * the Dutch 400 page naming it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PaginaFoutAdvice {

    static final String FOUTMELDING = "foutmelding";

    private final MessageSource messages;

    PaginaFoutAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView nietGevonden(NietGevonden e) {
        ModelAndView pagina = new ModelAndView("error", HttpStatus.NOT_FOUND);
        pagina.addObject("status", 404);
        return pagina;
    }

    /** The access log did not answer in time: the Dutch 503 page asking to try again in a few seconds. */
    @ExceptionHandler(TijdelijkTeDruk.class)
    ModelAndView teDruk(TijdelijkTeDruk e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, TijdelijkTeDruk.opnieuwNaSeconden());
        ModelAndView pagina = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        pagina.addObject("status", 503);
        return pagina;
    }

    /**
     * A parameter of the wrong kind (a hand-edited or outdated link: {@code ?sector=XYZ}) gets the Dutch 400
     * page naming the parameter, not the page that says to try again later.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView parameter(MethodArgumentTypeMismatchException e) {
        if (e.getMostSpecificCause() instanceof Stuurtekens.Gevonden) {
            return stuurteken(e.getName());
        }
        Object waarde = e.getValue();
        String getoond = waarde == null ? "" : waarde.toString();
        return ongeldig(messages.getMessage(
                "foutpagina.parameter",
                new Object[] {getoond.length() > 40 ? getoond.substring(0, 40) + "…" : getoond, e.getName()},
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView formulier(BindException e) throws BindException {
        Optional<FieldError> veld = e.getFieldErrors().stream()
                .filter(f -> f.contains(TypeMismatchException.class)
                        && f.unwrap(TypeMismatchException.class).getMostSpecificCause() instanceof Stuurtekens.Gevonden)
                .findFirst();
        if (veld.isEmpty()) {
            throw e;
        }
        return stuurteken(veld.get().getField());
    }

    private ModelAndView stuurteken(String veld) {
        return ongeldig(
                messages.getMessage("foutpagina.stuurteken", new Object[] {veld}, LocaleContextHolder.getLocale()));
    }

    private static ModelAndView ongeldig(String melding) {
        ModelAndView pagina = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        pagina.addObject("status", 400);
        pagina.addObject(FOUTMELDING, melding);
        return pagina;
    }
}
