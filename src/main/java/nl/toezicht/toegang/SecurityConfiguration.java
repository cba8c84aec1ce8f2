package nl.toezicht.toegang;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Which doors are open. Public: the citizen and provider forms, the status page behind a private link,
 * and notification intake through the API. Everything else is for logged-in staff; what a staff member
 * may see inside is decided by {@link Toegangsbeleid}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/melden/**",
                                "/status/**",
                                "/inloggen",
                                "/error",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/actuator/health/**",
                                "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/meldingen")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/cijfers",
                                "/api/v1/statistieken/tabellen",
                                "/api/v1/statistieken/jaren/**")
                        .permitAll()
                        .requestMatchers("/zorgaanbieders/import/**", "/api/v1/zorgaanbieders/import")
                        .hasAnyRole(Rol.INTAKE.name(), Rol.BEHEERDER.name())
                        .requestMatchers("/privacy/**")
                        .hasRole(Rol.PRIVACYFUNCTIONARIS.name())
                        .requestMatchers("/beheer/historie/**", "/api/v1/historie/**")
                        .hasRole(Rol.BEHEERDER.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/inloggen")
                        .defaultSuccessUrl("/werkbak", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
