package nl.toezicht.kern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * For pages (not the JSON API, which {@link ApiProblemAdvice} answers first): an unknown object shows the
 * Dutch 404 page instead of a server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PaginaFoutAdvice {

    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView nietGevonden(NietGevonden e) {
        ModelAndView pagina = new ModelAndView("error", HttpStatus.NOT_FOUND);
        pagina.addObject("status", 404);
        return pagina;
    }
}
