package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegratieTest
class ApplicationIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthIncludingTheDatabaseIsUpOnTheManagementPort() {
        Api.Antwoord readiness = Api.op(managementPort).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        Api.Antwoord liveness = Api.op(managementPort).get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(Api.op(managementPort).get("/actuator/prometheus").tekst()).contains("jvm_memory_used_bytes");
    }

    @Test
    void everyResponseCarriesARequestIdAndSecurityHeaders() {
        Api.Antwoord login = Api.op(port).get("/inloggen");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("X-Request-Id")).isNotBlank();
        assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.tekst()).contains("Inloggen voor medewerkers");
    }

    @Test
    void aGivenRequestIdIsEchoedAndAHostileOneReplaced() {
        assertThat(Api.op(port)
                        .met("X-Request-Id", "abcdef-123456")
                        .get("/inloggen")
                        .header("X-Request-Id"))
                .isEqualTo("abcdef-123456");
        assertThat(Api.op(port)
                        .met("X-Request-Id", "<script>alert(1)</script>")
                        .get("/inloggen")
                        .header("X-Request-Id"))
                .doesNotContain("<");
    }

    @Test
    void stylesheetScriptAndHtmxAreServedWithoutLogin() {
        String pagina = Api.op(port).get("/inloggen").tekst();
        assertThat(pagina).contains("/assets/css/toezicht.css", "/assets/js/toezicht.js", "/webjars/htmx.org/");
        assertThat(Api.op(port).get("/assets/css/toezicht.css").tekst()).contains(".foutsamenvatting");
        assertThat(Api.op(port).get("/assets/js/toezicht.js").status()).isEqualTo(200);
        assertThat(Api.op(port).get("/webjars/htmx.org/dist/htmx.min.js").status())
                .isEqualTo(200);
    }

    @Test
    void englishIsTheSecondLanguage() {
        assertThat(Api.op(port).get("/inloggen?lang=en").tekst()).contains("Staff login");
    }

    @Test
    void staffPagesRequireLogin() {
        Api.Antwoord werkbak = Api.op(port).met("Accept", "text/html").get("/werkbak");
        assertThat(werkbak.status()).isEqualTo(302);
        assertThat(werkbak.header("Location")).endsWith("/inloggen");
    }
}
