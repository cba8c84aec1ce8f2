package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Rauw;
import nl.toezicht.Sessie;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of response carries the security headers: public and logged-in, HTML and JSON, redirects,
 * refusals and errors. HSTS only over HTTPS, which behind the reverse proxy X-Forwarded-Proto tells.
 */
@IntegratieTest
class BeveiligingsheadersIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int beheerpoort;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api api = Api.op(port);
        Map<String, Supplier<Api.Antwoord>> antwoorden = new LinkedHashMap<>();
        antwoorden.put("start page", () -> Sessie.op(port).get("/"));
        antwoorden.put("citizen form", () -> Sessie.op(port).get("/melden/burger"));
        antwoorden.put("login page", () -> Sessie.op(port).get("/inloggen"));
        antwoorden.put("stylesheet", () -> api.get("/assets/css/toezicht.css"));
        antwoorden.put("staff page, anonymous (redirect)", () -> Sessie.op(port).get("/werkbak"));
        antwoorden.put("work queue", () -> Sessie.op(port).als("inspecteur").get("/werkbak"));
        antwoorden.put("account page", () -> Sessie.op(port).als("intake").get("/account"));
        antwoorden.put("page refused (403)", () -> Sessie.op(port).als("intake").get("/beheer/api-sleutels"));
        antwoorden.put("unknown page (404)", () -> Sessie.op(port).als("intake").get("/bestaat-niet"));
        antwoorden.put("API list", () -> api.als("intake").get("/api/v1/meldingen"));
        antwoorden.put("API anonymous (401)", () -> api.get("/api/v1/meldingen"));
        antwoorden.put("API unknown (404)", () -> api.als("intake").get("/api/v1/meldingen/" + UUID.randomUUID()));
        antwoorden.put("API bad input (400)", () -> api.postJson("/api/v1/meldingen", "{}"));
        antwoorden.put(
                "API wrong key (401)",
                () -> api.met("Authorization", "Bearer tzk_onzin").postJson("/api/v1/meldingen", "{}"));
        antwoorden.put("OpenAPI document", () -> api.get("/v3/api-docs"));

        SoftAssertions soft = new SoftAssertions();
        antwoorden.forEach((naam, antwoord) -> {
            Api.Antwoord a = antwoord.get();
            heeftDeKoppen(soft, naam, a::header);
            soft.assertThat(a.header("Strict-Transport-Security"))
                    .as(naam + ": no HSTS over HTTP")
                    .isNull();
        });
        soft.assertAll();
    }

    /** The headers every response carries (HSTS apart, which depends on the scheme). */
    private static void heeftDeKoppen(SoftAssertions soft, String naam, Function<String, String> kop) {
        String csp = kop.apply("Content-Security-Policy");
        soft.assertThat(csp)
                .as(naam + ": CSP")
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
        soft.assertThat(csp).as(naam + ": CSP without inline script").doesNotContain("unsafe-inline", "unsafe-eval");
        soft.assertThat(kop.apply("X-Content-Type-Options"))
                .as(naam + ": nosniff")
                .isEqualTo("nosniff");
        soft.assertThat(kop.apply("X-Frame-Options")).as(naam + ": frames").isEqualTo("DENY");
        soft.assertThat(kop.apply("Referrer-Policy")).as(naam + ": referrer").isEqualTo("same-origin");
        soft.assertThat(kop.apply("Permissions-Policy"))
                .as(naam + ": permissions")
                .contains("camera=()");
    }

    @Test
    void overHttpsBehindTheProxyHstsIsSentAndTheSessionCookieRemainsHttpOnly() {
        Api.Antwoord https = Api.op(port).met("X-Forwarded-Proto", "https").get("/inloggen");
        assertThat(https.status()).isEqualTo(200);
        assertThat(https.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        Api.Antwoord fout = Api.op(port).met("X-Forwarded-Proto", "https").get("/api/v1/meldingen");
        assertThat(fout.header("Strict-Transport-Security")).contains("max-age=31536000");
    }

    /**
     * Requests Tomcat refuses before the application sees them (a malformed address or request line) are
     * answered by Tomcat's own error page; it carries the same headers (issue 11, item 7).
     */
    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeadersToo() {
        SoftAssertions soft = new SoftAssertions();
        for (String regel : List.of(
                "GET /zaken/%00 HTTP/1.1", "GET /a%zzb HTTP/1.1", "GET /<script> HTTP/1.1", "GET /?a=\"b\" HTTP/1.1")) {
            Rauw.Antwoord a = Rauw.stuur(port, regel + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            soft.assertThat(a.status()).as(regel).isEqualTo(400);
            heeftDeKoppen(soft, regel, a::header);
            soft.assertThat(a.body()).as(regel + ": no server details").doesNotContain("Apache Tomcat");
        }
        soft.assertAll();
    }

    /** Each header once: the application's and Tomcat's writers do not both add theirs. */
    @Test
    void anOrdinaryResponseCarriesEachHeaderOnce() {
        Rauw.Antwoord a = Rauw.stuur(port, "GET /inloggen HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(a.status()).isEqualTo(200);
        for (String kop : List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy")) {
            assertThat(a.alle(kop)).as(kop).hasSize(1);
        }
    }

    /**
     * The management port (health, metrics) needs no login, so it listens on loopback only unless configured
     * otherwise for a prober or Prometheus on another machine (docs/security.md).
     */
    @Test
    void theManagementPortAnswersOnLoopbackOnly() throws Exception {
        assertThat(Api.op(beheerpoort).get("/actuator/health/liveness").status())
                .isEqualTo(200);
        Optional<InetAddress> ander = ProxyIT.eigenAdres(a -> true);
        Assumptions.assumeTrue(ander.isPresent(), "this machine has no other address to test from");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(ander.get(), beheerpoort), 2_000))
                    .isInstanceOf(ConnectException.class);
        }
        // the application's own port still answers there
        assertThat(Rauw.stuur(
                                new InetSocketAddress(ander.get(), port),
                                "GET /inloggen HTTP/1.1\r\nHost: toezicht\r\nConnection: close\r\n\r\n")
                        .status())
                .isEqualTo(200);
    }
}
