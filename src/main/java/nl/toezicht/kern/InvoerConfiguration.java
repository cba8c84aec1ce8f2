package nl.toezicht.kern;

import java.beans.PropertyEditorSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters ({@link Stuurtekens}) wherever text comes in over HTTP, in one place for all
 * controllers: every string bound by Spring MVC (query and form parameters, form fields, path variables)
 * passes an editor that refuses them, and every string read from a JSON request body passes a deserializer
 * that does. A form then shows the refusal beside its field, the API answers a problem on the field ({@link
 * ApiProblemAdvice}), and another page a Dutch 400 page naming the parameter ({@link PaginaFoutAdvice}).
 * Multipart file names are judged by the servlet container; its refusal is answered in the same way.
 *
 * <p>Only the JSON of requests is checked, not the application's own JSON mapper: what the database already
 * holds must stay readable.
 */
@Configuration(proxyBeanMethods = false)
class InvoerConfiguration {

    /** After Spring Boot's own JSON converter (order 0): the same mapper, with strings checked. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer jsonZonderStuurtekens(JsonMapper json) {
        JsonMapper streng = json.rebuild()
                .addModule(new SimpleModule("stuurtekens").addDeserializer(String.class, new TekstDeserializer()))
                .build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(streng));
    }

    @ControllerAdvice
    static class Binding {
        @InitBinder
        void stuurtekens(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new TekstEditor());
        }
    }

    /** Strings from parameters and form fields; a refusal becomes a type mismatch on that field. */
    static final class TekstEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(@Nullable String tekst) {
            if (Stuurtekens.bevat(tekst)) {
                throw new Stuurtekens.Gevonden();
            }
            setValue(tekst);
        }
    }

    /** Strings from JSON bodies; a refusal becomes an invalid format on that field's path. */
    static final class TekstDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String tekst = super.deserialize(parser, context);
            if (Stuurtekens.bevat(tekst)) {
                throw context.weirdStringException(tekst, String.class, "control character");
            }
            return tekst;
        }
    }
}
