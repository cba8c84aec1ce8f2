package nl.toezicht.kern;

import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/** Dutch first: Dutch unless the user picks English ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SnelheidslimietProperties.class, Basisadres.class})
class WebConfiguration implements WebMvcConfigurer {

    public static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("toezicht-taal");
        // Pages are Dutch until the user picks English (browsers often send "en" on Dutch desktops); API
        // clients that ask for English with Accept-Language get their problem messages in English
        resolver.setDefaultLocaleFunction(request -> {
            String gevraagd = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api
                            && gevraagd != null
                            && gevraagd.trim().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH
                    : NEDERLANDS;
        });
        return resolver;
    }

    @Bean
    Problemen problemen(MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
        return new Problemen(messages, json, localeResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Browsers ask for /favicon.ico where a response has no icon link (a download, a problem): the same icon. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/assets/favicon.svg");
    }
}
