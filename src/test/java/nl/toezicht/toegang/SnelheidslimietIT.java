package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.toezicht.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public doors are rate-limited per client (Aanmeldcontext sets 2 forms and 2 API intakes per hour,
 * 30 login attempts): over the limit 429 with Retry-After, a Dutch problem for the API and a Dutch page
 * for forms. Each test poses as its own client address (X-Forwarded-For from the trusted local proxy).
 */
class SnelheidslimietIT extends Aanmeldcontext {

    private static final AtomicInteger ADRES = new AtomicInteger(10);
    private static final String MELDING = """
            {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
             "zorgaanbiederOmschrijving": "GGZ-instelling De Brug", "omschrijving": "Snelheidslimiet."}
            """;

    @LocalServerPort
    int port;

    @Test
    void theApiAnswers429WithRetryAfterAndADutchProblemAndOtherClientsAreNotHindered() {
        Api client = Api.op(port).met("X-Forwarded-For", adres());
        assertThat(client.postJson("/api/v1/meldingen", MELDING).status()).isEqualTo(201);
        assertThat(client.postJson("/api/v1/meldingen", MELDING).status()).isEqualTo(201);

        Api.Antwoord teVeel = client.postJson("/api/v1/meldingen", MELDING);
        assertThat(teVeel.status()).isEqualTo(429);
        assertThat(teVeel.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(teVeel.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(teVeel.json().get("title").asString()).isEqualTo("Te veel verzoeken");
        assertThat(teVeel.json().get("detail").asString()).contains("te veel verzoeken");
        assertThat(teVeel.header("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(Api.op(port)
                        .met("X-Forwarded-For", adres())
                        .postJson("/api/v1/meldingen", MELDING)
                        .status())
                .as("another client has its own count")
                .isEqualTo(201);
    }

    @Test
    void theCitizenFormAnswers429WithADutchPage() {
        Browserloos burger = new Browserloos(adres());
        String app = "http://localhost:" + port;
        for (int i = 0; i < 2; i++) {
            burger.get(app + "/melden/burger");
            assertThat(burger.post(app + "/melden/burger", Map.of("omschrijving", ""))
                            .statusCode())
                    .isNotEqualTo(429);
        }
        burger.get(app + "/melden/burger");
        HttpResponse<String> teVeel = burger.post(app + "/melden/burger", Map.of("omschrijving", ""));
        assertThat(teVeel.statusCode()).isEqualTo(429);
        assertThat(teVeel.headers().firstValue("Retry-After")).isPresent();
        assertThat(teVeel.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(teVeel.body()).contains("U heeft te veel verzoeken gedaan");
    }

    @Test
    void loginAttemptsAreLimitedPerClientWhateverTheAccount() {
        Browserloos raden = new Browserloos(adres());
        String app = "http://localhost:" + port;
        raden.get(app + "/inloggen");
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> poging =
                    raden.post(app + "/inloggen", Map.of("username", "gok" + i, "password", "wachtwoord-" + i));
            assertThat(poging.statusCode()).isEqualTo(302);
        }
        HttpResponse<String> teVeel = raden.post(app + "/inloggen", Map.of("username", "gok", "password", "x"));
        assertThat(teVeel.statusCode()).isEqualTo(429);
        assertThat(teVeel.headers().firstValue("Retry-After")).isPresent();
    }

    private static String adres() {
        return "203.0.113." + ADRES.incrementAndGet();
    }
}
