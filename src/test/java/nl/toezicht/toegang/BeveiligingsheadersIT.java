package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of response carries the security headers: public and logged-in, HTML and JSON, redirects,
 * refusals and errors. HSTS only over HTTPS, which behind the reverse proxy X-Forwarded-Proto tells.
 */
@IntegratieTest
class BeveiligingsheadersIT {

    @LocalServerPort
    int port;

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
            String csp = a.header("Content-Security-Policy");
            soft.assertThat(csp)
                    .as(naam + ": CSP")
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
            soft.assertThat(csp)
                    .as(naam + ": CSP without inline script")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            soft.assertThat(a.header("X-Content-Type-Options"))
                    .as(naam + ": nosniff")
                    .isEqualTo("nosniff");
            soft.assertThat(a.header("X-Frame-Options")).as(naam + ": frames").isEqualTo("DENY");
            soft.assertThat(a.header("Referrer-Policy")).as(naam + ": referrer").isEqualTo("same-origin");
            soft.assertThat(a.header("Permissions-Policy"))
                    .as(naam + ": permissions")
                    .contains("camera=()");
            soft.assertThat(a.header("Strict-Transport-Security"))
                    .as(naam + ": no HSTS over HTTP")
                    .isNull();
        });
        soft.assertAll();
    }

    @Test
    void overHttpsBehindTheProxyHstsIsSentAndTheSessionCookieRemainsHttpOnly() {
        Api.Antwoord https = Api.op(port).met("X-Forwarded-Proto", "https").get("/inloggen");
        assertThat(https.status()).isEqualTo(200);
        assertThat(https.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        Api.Antwoord fout = Api.op(port).met("X-Forwarded-Proto", "https").get("/api/v1/meldingen");
        assertThat(fout.header("Strict-Transport-Security")).contains("max-age=31536000");
    }
}
