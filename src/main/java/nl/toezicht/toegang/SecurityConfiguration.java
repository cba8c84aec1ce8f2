package nl.toezicht.toegang;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.toezicht.kern.Emmers;
import nl.toezicht.kern.Problemen;
import nl.toezicht.kern.SnelheidslimietFilter;
import nl.toezicht.kern.SnelheidslimietProperties;
import nl.toezicht.toegang.aanmelden.AanmeldProperties;
import nl.toezicht.toegang.aanmelden.Aanmelding;
import nl.toezicht.toegang.aanmelden.ApiSleutelFilter;
import nl.toezicht.toegang.aanmelden.ApiSleutels;
import nl.toezicht.toegang.aanmelden.OidcMedewerkers;
import nl.toezicht.toegang.aanmelden.Sessieduur;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which doors are open and how one gets in. Which paths are public and which need a right, each module
 * declares itself ({@link Toegangsverklaring#padregels()}, applied by {@link Padregels}); everything else is
 * for accounts with a role, and what a user may see inside is decided by {@link Toegangsbeleid}. Login: local accounts (password, then TOTP where required) and, when an
 * identity provider is configured, OpenID Connect. See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AanmeldProperties.class)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AanmeldProperties aanmelden,
            Aanmelding aanmelding,
            ApiSleutels apiSleutels,
            ObjectProvider<Sleutelherkenning> andereSleutels,
            OidcMedewerkers oidcMedewerkers,
            ObjectProvider<ClientRegistrationRepository> identiteitsproviders,
            SnelheidslimietProperties snelheidslimiet,
            Emmers emmers,
            Problemen problemen,
            Padregels padregels,
            Clock clock)
            throws Exception {
        if (aanmelden.httpBasic() && aanmelden.totpVerplicht()) {
            throw new IllegalStateException(
                    "toezicht.toegang.http-basic would bypass the required second factor (totp-verplicht)");
        }
        http.authorizeHttpRequests(padregels::pasToe)
                .formLogin(form -> form.loginPage("/inloggen")
                        .successHandler(aanmelding)
                        .permitAll()
                        .withObjectPostProcessor(RELATIEF_NAAR_INLOGGEN))
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                // the API takes the session cookie too (pages link to its downloads), so a change through the
                // API that relies on the cookie needs the CSRF token as a form does (docs/security.md)
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::apiZonderSessie))
                // the API answers a missing login with a 401 problem, never a redirect to the login page, and
                // a refusal by the filters with a 403 problem
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problemen.schrijf(
                                        request,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "niet-ingelogd",
                                        "probleem.niet-ingelogd"),
                                API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problemen.schrijf(
                                        request,
                                        response,
                                        HttpStatus.FORBIDDEN,
                                        e instanceof CsrfException ? "csrf" : "geen-toegang",
                                        e instanceof CsrfException ? "probleem.csrf" : "probleem.geen-toegang"),
                                API))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SnelheidslimietFilter(snelheidslimiet, emmers, problemen), HeaderWriterFilter.class)
                .addFilterAfter(new Sessieduur(clock, aanmelden), HeaderWriterFilter.class)
                .addFilterBefore(
                        new ApiSleutelFilter(
                                apiSleutels, andereSleutels.orderedStream().toList(), problemen),
                        UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        if (aanmelden.httpBasic()) {
            http.httpBasic(basic -> {});
        }
        if (identiteitsproviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/inloggen")
                    .withObjectPostProcessor(RELATIEF_NAAR_INLOGGEN)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcMedewerkers))
                    .successHandler(aanmelding)
                    .failureUrl("/inloggen?geweigerd"));
        }
        return http.build();
    }

    /** To the login page as a path, not an address built from the request's {@code Host} (issue 11). */
    private static final ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> RELATIEF_NAAR_INLOGGEN =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O ingang) {
                    ingang.setFavorRelativeUris(true);
                    return ingang;
                }
            };

    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private static final HttpSessionSecurityContextRepository SESSIES = new HttpSessionSecurityContextRepository();

    /**
     * An API request that cannot have been forged by another site: it carries its own credentials (an API key
     * or HTTP Basic: a cross-site form or script cannot set {@code Authorization}), or it has no logged-in
     * session to ride on (anonymous intake). Every other API request that changes something needs the CSRF
     * token of the session, as a form does.
     */
    static boolean apiZonderSessie(HttpServletRequest request) {
        if (!API.matches(request)) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean eigenSleutel = authorization != null
                && (authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                        || authorization.regionMatches(true, 0, "Basic ", 0, 6));
        return eigenSleutel || !SESSIES.containsContext(request);
    }

    /**
     * Argon2id for new and changed passwords (OWASP's parameters: 19 MiB, 2 iterations, 1 lane), bcrypt
     * still read: an account's bcrypt hash is rehashed with Argon2id at its next login. See
     * docs/decisions/0012.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    static final String ARGON2 = "argon2";
}
