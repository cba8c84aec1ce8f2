package idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID provider for the tests: Spring Authorization Server in its own small Spring context on its
 * own embedded Tomcat (random port) inside the test JVM. It knows two people: {@code ingrid.oidc}, an
 * inspector of GGZ and Jeugd, {@code zonder.rol}, whom the organisation gave no role in Toezicht, and
 * {@code intake}, who has the name of a local account.
 * Reached as {@code localhost} while the application is reached as {@code 127.0.0.1}, so that the two
 * servers' session cookies do not overwrite each other. Outside the package {@code nl.toezicht} on
 * purpose: the application's component scan must not find its configuration.
 */
public final class Identiteitsprovider {

    public static final String CLIENT_ID = "toezicht";
    public static final String CLIENT_SECRET = "idp-geheim-voor-de-test";
    public static final String WACHTWOORD = "idp-wachtwoord-2026";

    private static AnnotationConfigServletWebServerApplicationContext context;

    private Identiteitsprovider() {}

    /** Starts the provider once per JVM; returns its issuer URL. */
    public static synchronized String issuer() {
        if (context == null) {
            context = new AnnotationConfigServletWebServerApplicationContext(Configuratie.class);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return "http://localhost:" + context.getWebServer().getPort();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Configuratie {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            // no servlet of its own (all endpoints are filters): Tomcat's default servlet gives requests a
            // mapping, so that they pass through the filters
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        @Bean
        DelegatingFilterProxyRegistrationBean springSecurityFilterRegistratie() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService mensen() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("ingrid.oidc")
                            .password("{noop}" + WACHTWOORD)
                            .roles("USER")
                            .build(),
                    User.withUsername("zonder.rol")
                            .password("{noop}" + WACHTWOORD)
                            .roles("USER")
                            .build(),
                    User.withUsername("intake")
                            .password("{noop}" + WACHTWOORD)
                            .roles("USER")
                            .build());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            // a loopback redirect: the provider accepts it on any port (RFC 8252), so on the
                            // application's random port
                            .redirectUri("http://127.0.0.1/login/oauth2/code/organisatie")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        /** The organisation's claims about the person: Toezicht's role and departments. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                String naam = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", naam);
                if (naam.equals("intake")) {
                    context.getClaims().claim("toezicht_rollen", List.of("intake"));
                }
                if (naam.equals("ingrid.oidc")) {
                    context.getClaims()
                            .claim("name", "Ingrid Oidc")
                            .claim("toezicht_rollen", List.of("medewerker", "inspecteur"))
                            .claim("toezicht_afdelingen", List.of("ggz", "jeugd"));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> sleutels() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair paar = generator.generateKeyPair();
            RSAKey sleutel = new RSAKey.Builder((RSAPublicKey) paar.getPublic())
                    .privateKey((RSAPrivateKey) paar.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(sleutel));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> sleutels) {
            return NimbusJwtDecoder.withJwkSource(sleutels).build();
        }

        @Bean
        AuthorizationServerSettings instellingen() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
