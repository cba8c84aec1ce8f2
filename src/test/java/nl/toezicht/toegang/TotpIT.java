package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** TOTP required for staff: set up at the first login, asked at every next one, each code usable once. */
class TotpIT extends Aanmeldcontext {

    private static final Pattern GEHEIM = Pattern.compile("id=\"geheim\">([A-Z2-7 ]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock klok;

    @Test
    void aStaffMemberSetsUpTotpAtFirstLoginAndNeedsACodeEveryNextLogin() throws Exception {
        String naam = "totp." + System.nanoTime() % 1_000_000;
        jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen) "
                        + "values (?, 'Tessa Totp', ?, 'INSPECTEUR', '{GGZ}')")
                .params(naam, encoder.encode("een-lang-wachtwoord"))
                .update();
        String app = "http://localhost:" + port;

        // first login: the password alone logs nobody in; the user must set up TOTP
        Browserloos eerste = new Browserloos(null);
        eerste.get(app + "/inloggen");
        HttpResponse<String> wachtwoord =
                eerste.post(app + "/inloggen", Map.of("username", naam, "password", "een-lang-wachtwoord"));
        assertThat(wachtwoord.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen/tweede-factor");
        assertThat(eerste.get(app + "/werkbak").headers().firstValue("Location").orElseThrow())
                .endsWith("/inloggen");
        HttpResponse<String> instellen = eerste.get(app + "/inloggen/tweede-factor");
        assertThat(instellen.statusCode()).isEqualTo(200);
        assertThat(instellen.body()).contains("src=\"/inloggen/tweede-factor/qr.png\"");
        Matcher m = GEHEIM.matcher(instellen.body());
        assertThat(m.find()).isTrue();
        String geheim = m.group(1).replace(" ", "");
        HttpResponse<byte[]> qr = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app + "/inloggen/tweede-factor/qr.png"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode())
                .as("the QR code is only for the session setting it up")
                .isEqualTo(404);
        HttpResponse<String> qrEigen = eerste.get(app + "/inloggen/tweede-factor/qr.png");
        assertThat(qrEigen.statusCode()).isEqualTo(200);
        assertThat(qrEigen.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(qrEigen.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<String> fout = eerste.post(app + "/inloggen/tweede-factor", Map.of("code", "000000"));
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("id=\"code-fout\"", "Deze code klopt niet");
        // the 30-second step of the application's clock, which checks the code
        long stap = klok.millis() / 30_000;
        HttpResponse<String> ingesteld =
                eerste.post(app + "/inloggen/tweede-factor", Map.of("code", code(geheim, stap)));
        assertThat(ingesteld.headers().firstValue("Location").orElseThrow()).contains("/werkbak");
        assertThat(eerste.get(app + "/werkbak").statusCode()).isEqualTo(200);
        String opgeslagen = jdbc.sql("select totp_geheim from toegang.medewerker where gebruikersnaam = ?")
                .param(naam)
                .query(String.class)
                .single();
        assertThat(opgeslagen).startsWith("test-1:").doesNotContain(geheim);

        // next login: password, then a code; a wrong code keeps the user out
        Browserloos tweede = new Browserloos(null);
        tweede.get(app + "/inloggen");
        HttpResponse<String> opnieuw =
                tweede.post(app + "/inloggen", Map.of("username", naam, "password", "een-lang-wachtwoord"));
        assertThat(opnieuw.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen/code");
        String naWachtwoord = tweede.sessie(app);
        tweede.get(app + "/inloggen/code");
        HttpResponse<String> verkeerd = tweede.post(app + "/inloggen/code", Map.of("code", "123456"));
        assertThat(verkeerd.statusCode()).isEqualTo(200);
        assertThat(verkeerd.body()).contains("Deze code klopt niet of is al gebruikt");
        assertThat(tweede.get(app + "/werkbak").statusCode()).isEqualTo(302);
        // the code of the step just used to set up is spent: replaying it is refused
        tweede.get(app + "/inloggen/code");
        assertThat(tweede.post(app + "/inloggen/code", Map.of("code", code(geheim, stap)))
                        .statusCode())
                .isEqualTo(200);
        tweede.get(app + "/inloggen/code");
        HttpResponse<String> goed = tweede.post(app + "/inloggen/code", Map.of("code", code(geheim, stap + 1)));
        assertThat(goed.headers().firstValue("Location").orElseThrow()).contains("/werkbak");
        assertThat(tweede.sessie(app))
                .as("a new session id after the second factor")
                .isNotEqualTo(naWachtwoord);
        assertThat(tweede.get(app + "/werkbak").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select mislukte_pogingen from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void httpBasicIsOffWhenTotpIsRequired() {
        Api.Antwoord geweigerd = Api.op(port).als("intake").get("/api/v1/meldingen");
        assertThat(geweigerd.status()).isEqualTo(401);
        assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(geweigerd.json().get("title").asString()).isEqualTo("Niet ingelogd");
    }

    @Test
    void withoutAPasswordStepTheCodePageSendsBackToLogin() {
        Browserloos browser = new Browserloos(null);
        HttpResponse<String> code = browser.get("http://localhost:" + port + "/inloggen/code");
        assertThat(code.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
    }

    private static String code(String geheim, long stap) throws Exception {
        return new DefaultCodeGenerator().generate(geheim, stap);
    }
}
