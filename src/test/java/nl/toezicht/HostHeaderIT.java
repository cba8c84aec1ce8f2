package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@code Host} a request names never ends up in a link or a redirect: absolute links (the private status
 * link, which carries its token) come from the configured base address ({@code toezicht.web.basis-url}, in the
 * tests the embedded default), redirects are relative (issue 11, item 4).
 */
@IntegratieTest
class HostHeaderIT {

    private static final String VALS = "aanvaller.example";
    private static final String BASIS = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Test
    void theIntakeAnswerTakesItsLinksFromTheBaseAddressNotFromTheHostHeader() {
        String json = """
                {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
                 "zorgaanbiederOmschrijving": "Kliniek", "datumGebeurtenis": "2026-03-02",
                 "omschrijving": "Host-kop vervalst"}
                """;
        byte[] body = json.getBytes(StandardCharsets.UTF_8);

        Rauw.Antwoord antwoord = Rauw.stuur(
                port,
                "POST /api/v1/meldingen HTTP/1.1\r\nHost: " + VALS + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + json);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.header("Location")).startsWith("/api/v1/meldingen/").doesNotContain(VALS);
        assertThat(antwoord.body())
                .contains("\"statusUrl\":\"" + BASIS + "/status/")
                .doesNotContain(VALS);
    }

    @Test
    void redirectsArePathsWhateverTheHostHeaderSays() {
        for (String pad : List.of("/melden", "/werkbak", "/privacy")) {
            Rauw.Antwoord antwoord = Rauw.stuur(port, get(pad, null));
            assertThat(antwoord.status()).as(pad).isEqualTo(302);
            assertThat(antwoord.header("Location")).as(pad).startsWith("/").doesNotContain(VALS);
        }
    }

    @Test
    void afterLoginTheUserIsSentBackToThePageAsAPath() {
        Rauw.Antwoord gevraagd = Rauw.stuur(port, get("/werkbak", null));
        String cookie = cookie(gevraagd);
        Rauw.Antwoord inlogpagina = Rauw.stuur(port, get("/inloggen", cookie));
        cookie = cookie(inlogpagina) == null ? cookie : cookie(inlogpagina);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(inlogpagina.body());
        assertThat(token.find()).isTrue();
        String formulier = "username=intake&password=" + URLEncoder.encode(Api.WACHTWOORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        Rauw.Antwoord ingelogd = Rauw.stuur(
                port,
                "POST /inloggen HTTP/1.1\r\nHost: " + VALS + "\r\nCookie: " + cookie + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + formulier.length()
                        + "\r\nConnection: close\r\n\r\n" + formulier);

        assertThat(ingelogd.status()).as(ingelogd.toString()).isEqualTo(302);
        assertThat(ingelogd.header("Location")).startsWith("/werkbak").doesNotContain(VALS);
    }

    @Test
    void theConfirmationPageShowsTheStatusLinkOfTheBaseAddress() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        Api.Antwoord verstuurd = browser.post(
                "/melden/burger",
                java.util.Map.of(
                        "formulierSleutel", browser.verborgen("formulierSleutel"),
                        "soort", "KLACHT_OF_SIGNAAL",
                        "sector", "GGZ",
                        "zorgaanbieder", "Kliniek",
                        "datumGebeurtenis", "2026-03-02",
                        "omschrijving", "Bevestiging met vervalste host"));
        assertThat(verstuurd.status()).isEqualTo(302);
        String cookie = browser.cookie();

        Rauw.Antwoord bevestiging = Rauw.stuur(port, get("/melden/ontvangen", cookie));

        assertThat(bevestiging.status()).as(bevestiging.toString()).isEqualTo(200);
        assertThat(bevestiging.body()).contains("href=\"" + BASIS + "/status/").doesNotContain(VALS);
    }

    private static String get(String pad, String cookie) {
        return "GET " + pad + " HTTP/1.1\r\nHost: " + VALS + "\r\nAccept: text/html\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n";
    }

    private static String cookie(Rauw.Antwoord antwoord) {
        return antwoord.alle("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
