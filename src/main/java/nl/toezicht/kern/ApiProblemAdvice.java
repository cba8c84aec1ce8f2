package nl.toezicht.kern;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal of the JSON API into an RFC 9457 problem with a Dutch (or English) message and,
 * where it concerns input, the fields it concerns. Never a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        return invalidInput(velden(e.getBindingResult()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        List<Veldfout> fouten = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Veldfout(
                                r.getMethodParameter().getParameterName(),
                                messages.getMessage(err, LocaleContextHolder.getLocale()))))
                .toList();
        return invalidInput(fouten);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        List<Veldfout> fouten = e.getConstraintViolations().stream()
                .map(v -> new Veldfout(laatsteDeel(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalidInput(fouten);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof BodySizeLimitFilter.BodyTooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "te-groot", tekst("probleem.te-groot"), List.of());
        }
        // a value Jackson could not convert (a date that is not one) carries the parser's own exception as its
        // cause: the innermost Jackson exception is the one that knows the field
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException) {
                cause = t;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalidInput(List.of(new Veldfout(pad(unknown), tekst("probleem.veld.onbekend"))));
        }
        if (cause instanceof InvalidFormatException format) {
            String sleutel = format.getValue() instanceof String s && Stuurtekens.bevat(s)
                    ? "probleem.veld.stuurteken"
                    : "probleem.veld.ongeldige-waarde";
            return invalidInput(List.of(new Veldfout(pad(format), tekst(sleutel))));
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return invalidInput(List.of(new Veldfout(pad(mismatch), tekst("probleem.veld.verkeerd-type"))));
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, "ongeldige-json", tekst("probleem.json.ongeldig"), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "ongeldige-json", tekst("probleem.body.ontbreekt"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String sleutel = e.getMostSpecificCause() instanceof Stuurtekens.Gevonden
                ? "probleem.veld.stuurteken"
                : "probleem.veld.ongeldige-waarde";
        return invalidInput(List.of(new Veldfout(e.getName(), tekst(sleutel))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return invalidInput(List.of(new Veldfout(e.getParameterName(), tekst("probleem.veld.verplicht"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return invalidInput(List.of(new Veldfout(e.getRequestPartName(), tekst("probleem.veld.verplicht"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return invalidInput(List.of(new Veldfout(e.getHeaderName(), tekst("probleem.veld.verplicht"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "te-groot", tekst("probleem.te-groot"), List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, @Nullable HandlerMethod handler) {
        if (Stuurtekens.isOngeldigeBestandsnaam(e)) {
            return ongeldigeBestandsnaam(handler);
        }
        if (e.getMostSpecificCause().getClass().getSimpleName().contains("SizeLimitExceeded")
                || e.getMostSpecificCause().getClass().getSimpleName().contains("FileSizeLimitExceeded")) {
            return tooLarge(new MaxUploadSizeExceededException(-1, e));
        }
        return problem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", tekst("probleem.multipart.ongeldig"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "mediatype",
                tekst("probleem.mediatype.niet-ondersteund"),
                List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "methode", tekst("probleem.methode"), List.of());
    }

    @ExceptionHandler({NietGevonden.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "niet-gevonden", tekst("probleem.niet-gevonden"), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "geen-toegang", tekst("probleem.geen-toegang"), List.of());
    }

    @ExceptionHandler(Weigering.class)
    ResponseEntity<ProblemDetail> refused(Weigering e) {
        String tekst = messages.getMessage(e.berichtSleutel(), e.argumenten(), LocaleContextHolder.getLocale());
        List<Veldfout> velden = e.veld() == null ? List.of() : List.of(new Veldfout(e.veld(), tekst));
        // about an input field: the request cannot be processed as entered (422); else it conflicts with
        // the state of things (409)
        HttpStatus status = e.veld() == null ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return problem(status, "geweigerd", tekst, velden);
    }

    @ExceptionHandler(TijdelijkTeDruk.class)
    ResponseEntity<ProblemDetail> teDruk(TijdelijkTeDruk e) {
        return teDruk(messages);
    }

    /** 503 with {@code Retry-After}: nothing was acknowledged, try again in a few seconds. */
    static ResponseEntity<ProblemDetail> teDruk(MessageSource messages) {
        log.warn("Request refused as temporarily too busy (503): the access log did not answer in time");
        ResponseEntity<ProblemDetail> antwoord = response(
                messages,
                HttpStatus.SERVICE_UNAVAILABLE,
                "te-druk",
                messages.getMessage("probleem.te-druk", null, LocaleContextHolder.getLocale()),
                List.of());
        return ResponseEntity.status(antwoord.getStatusCode())
                .headers(antwoord.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, TijdelijkTeDruk.opnieuwNaSeconden())
                .body(antwoord.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, @Nullable HandlerMethod handler) {
        if (TijdelijkTeDruk.in(e).isPresent()) {
            return teDruk(messages);
        }
        if (Stuurtekens.isOngeldigeBestandsnaam(e)) {
            return ongeldigeBestandsnaam(handler);
        }
        if (isSizeLimit(e)) {
            // the servlet container refused an oversized part while a parameter was read (e.g. ?lang)
            return tooLarge(new MaxUploadSizeExceededException(-1, e));
        }
        // class and place only: exception messages may quote request data, which may be personal data
        Throwable oorzaak = e;
        while (oorzaak.getCause() != null && oorzaak.getCause() != oorzaak) {
            oorzaak = oorzaak.getCause();
        }
        StackTraceElement[] plek = e.getStackTrace();
        log.error(
                "Unexpected error {} (root cause {}) at {}",
                e.getClass().getName(),
                oorzaak.getClass().getName(),
                plek.length > 0 ? plek[0] : "unknown");
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "interne-fout", tekst("probleem.intern"), List.of());
    }

    /** A file name the servlet container refused (U+0000), on the handler's file parameter. */
    private ResponseEntity<ProblemDetail> ongeldigeBestandsnaam(@Nullable HandlerMethod handler) {
        return invalidInput(List.of(new Veldfout(bestandsveld(handler), tekst("probleem.bestandsnaam.stuurteken"))));
    }

    private static String bestandsveld(@Nullable HandlerMethod handler) {
        if (handler != null) {
            for (MethodParameter p : handler.getMethodParameters()) {
                Class<?> type = Collection.class.isAssignableFrom(p.getParameterType())
                        ? p.nested().getNestedParameterType()
                        : p.getParameterType();
                if (MultipartFile.class.isAssignableFrom(type)) {
                    RequestPart deel = p.getParameterAnnotation(RequestPart.class);
                    RequestParam parameter = p.getParameterAnnotation(RequestParam.class);
                    String naam = deel != null ? deel.name() : parameter != null ? parameter.name() : "";
                    return naam.isEmpty() ? String.valueOf(p.getParameterName()) : naam;
                }
            }
        }
        return "bestand";
    }

    static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> invalidInput(List<Veldfout> fouten) {
        return problem(HttpStatus.BAD_REQUEST, "ongeldige-invoer", tekst("probleem.ongeldige-invoer"), fouten);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String type, String detail, List<Veldfout> fouten) {
        return response(messages, status, type, detail, fouten);
    }

    /** Shared with the filters that refuse a request before it reaches a controller. */
    static ResponseEntity<ProblemDetail> response(
            MessageSource messages, HttpStatusCode status, String type, String detail, List<Veldfout> fouten) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problemen/" + type));
        problem.setTitle(messages.getMessage("probleem.titel." + type, null, detail, locale));
        if (!fouten.isEmpty()) {
            problem.setProperty("errors", fouten);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }

    private List<Veldfout> velden(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Veldfout> fouten = result.getFieldErrors().stream()
                .map((FieldError f) -> new Veldfout(f.getField(), messages.getMessage(f, locale)))
                .collect(Collectors.toList());
        result.getGlobalErrors()
                .forEach(g -> fouten.add(new Veldfout(g.getObjectName(), messages.getMessage(g, locale))));
        return fouten;
    }

    private String tekst(String sleutel) {
        return messages.getMessage(sleutel, null, LocaleContextHolder.getLocale());
    }

    private static String pad(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String laatsteDeel(String pad) {
        int punt = pad.lastIndexOf('.');
        return punt < 0 ? pad : pad.substring(punt + 1);
    }
}
