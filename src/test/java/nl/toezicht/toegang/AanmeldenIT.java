package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Local accounts: session renewal at login, lock-out, the password rules and changing one's password. */
@IntegratieTest
class AanmeldenIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Testklok klok;

    @Test
    void loginRenewsTheSessionIdAndItsCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        CookieManager koekjes = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(koekjes)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> pagina =
                http.send(HttpRequest.newBuilder(uri("/inloggen")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = pagina.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String voor = sessie(koekjes).orElseThrow();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> ingelogd = http.send(
                HttpRequest.newBuilder(uri("/inloggen"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=intake&password=" + Api.WACHTWOORD + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ingelogd.statusCode()).isEqualTo(302);
        assertThat(ingelogd.headers().firstValue("Location").orElseThrow()).endsWith("/start");
        String na = sessie(koekjes).orElseThrow();
        assertThat(na).isNotEqualTo(voor);
        assertThat(http.send(
                                HttpRequest.newBuilder(uri("/werkbak")).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedAsIfTheAccountDidNotExist() {
        String naam = account("slot." + System.nanoTime() % 1_000_000, "een-goed-wachtwoord");
        for (int i = 0; i < 5; i++) {
            assertThat(inloggen(naam, "fout-wachtwoord-" + i)).endsWith("/inloggen?error");
        }
        assertThat(jdbc.sql("select mislukte_pogingen from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);

        assertThat(inloggen(naam, "een-goed-wachtwoord")).endsWith("/inloggen?error");
        assertThat(inloggen("bestaat.niet", "een-goed-wachtwoord")).endsWith("/inloggen?error");
        Sessie anoniem = Sessie.op(port);
        anoniem.get("/inloggen");
        String pagina = anoniem.get("/inloggen?error").tekst();
        assertThat(pagina).contains("Gebruikersnaam of wachtwoord is onjuist.");

        // an hour later (the longest lock) the lock has passed: the right password works and the count starts again
        klok.verzet(Duration.ofHours(1));
        assertThat(inloggen(naam, "een-goed-wachtwoord")).endsWith("/start");
        assertThat(jdbc.sql("select mislukte_pogingen from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aUserChangesTheirPasswordAndTheRulesAnswerBesideTheField() {
        String naam = account("wissel." + System.nanoTime() % 1_000_000, "oud-maar-lang-genoeg");
        Sessie sessie = Sessie.op(port);
        sessie.get("/inloggen");
        sessie.post("/inloggen", Map.of("username", naam, "password", "oud-maar-lang-genoeg"));
        assertThat(sessie.get("/account").tekst()).contains(naam, "Wachtwoord wijzigen");
        assertThat(sessie.get("/account/wachtwoord").status()).isEqualTo(200);

        Api.Antwoord kort = sessie.post(
                "/account/wachtwoord", Map.of("huidig", "oud-maar-lang-genoeg", "nieuw", "kort", "herhaling", "kort"));
        assertThat(kort.status()).isEqualTo(200);
        assertThat(veldfout(kort.tekst(), "nieuw")).contains("minstens 12 tekens");

        Api.Antwoord veelgebruikt = sessie.post(
                "/account/wachtwoord",
                Map.of("huidig", "oud-maar-lang-genoeg", "nieuw", "qwertyuiop123", "herhaling", "qwertyuiop123"));
        assertThat(veldfout(veelgebruikt.tekst(), "nieuw")).contains("veel gebruikt");

        Api.Antwoord fouteHuidige = sessie.post(
                "/account/wachtwoord",
                Map.of("huidig", "niet-mijn-wachtwoord", "nieuw", "paard batterij nietje", "herhaling", "anders"));
        assertThat(veldfout(fouteHuidige.tekst(), "huidig")).contains("niet uw huidige wachtwoord");
        assertThat(veldfout(fouteHuidige.tekst(), "herhaling")).contains("niet gelijk");
        assertThat(fouteHuidige.tekst()).doesNotContain("paard batterij nietje");

        Api.Antwoord goed = wijzigWachtwoord(sessie, "oud-maar-lang-genoeg", "paard batterij nietje");
        assertThat(goed.status()).isEqualTo(302);
        assertThat(goed.header("Location")).endsWith("/account?wachtwoord-gewijzigd");

        assertThat(inloggen(naam, "oud-maar-lang-genoeg")).endsWith("/inloggen?error");
        assertThat(inloggen(naam, "paard batterij nietje")).endsWith("/start");
        assertThat(jdbc.sql("select wachtwoord_hash from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(String.class)
                        .single())
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessions() {
        String naam = account("ander." + System.nanoTime() % 1_000_000, "oud-maar-lang-genoeg");
        Sessie hier = Sessie.op(port);
        hier.get("/inloggen");
        hier.post("/inloggen", Map.of("username", naam, "password", "oud-maar-lang-genoeg"));
        Sessie daar = Sessie.op(port);
        daar.get("/inloggen");
        daar.post("/inloggen", Map.of("username", naam, "password", "oud-maar-lang-genoeg"));
        assertThat(daar.get("/account").status()).isEqualTo(200);

        hier.get("/account/wachtwoord");
        Api.Antwoord gewijzigd = wijzigWachtwoord(hier, "oud-maar-lang-genoeg", "paard batterij nietje");
        assertThat(gewijzigd.status()).isEqualTo(302);

        assertThat(daar.get("/account").status())
                .as("whoever else knew the old password is logged out")
                .isEqualTo(302);
        assertThat(hier.get("/account").status())
                .as("the one who changed it stays")
                .isEqualTo(200);
    }

    @Test
    void aLongPassphraseCountsEveryCharacterAndAnOldBcryptHashIsUpgradedAtLogin() {
        // 100 characters, over 72 bytes (where bcrypt would cut it off): only the exact passphrase logs in
        String lang = "één lange zin over de zorg, de kwaliteit en de koffie bij het overleg van dinsdagochtend "
                        .substring(0, 80)
                + "x".repeat(20);
        String naam = "lang." + System.nanoTime() % 1_000_000;
        jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen) "
                        + "values (?, 'Lang', ?, 'INSPECTEUR', '{GGZ}')")
                .params(
                        naam,
                        "{bcrypt}"
                                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                                        .encode("oud-bcrypt-wachtwoord"))
                .update();
        assertThat(inloggen(naam, "oud-bcrypt-wachtwoord")).endsWith("/start");
        assertThat(hash(naam)).as("rehashed with Argon2id at login").startsWith("{argon2}");

        Sessie sessie = Sessie.op(port);
        sessie.get("/inloggen");
        sessie.post("/inloggen", Map.of("username", naam, "password", "oud-bcrypt-wachtwoord"));
        sessie.get("/account/wachtwoord");
        Api.Antwoord gewijzigd = wijzigWachtwoord(sessie, "oud-bcrypt-wachtwoord", lang);
        assertThat(gewijzigd.status()).isEqualTo(302);
        assertThat(inloggen(naam, lang)).endsWith("/start");
        assertThat(inloggen(naam, lang.substring(0, 99) + "y")).endsWith("/inloggen?error");
    }

    private String hash(String naam) {
        return jdbc.sql("select wachtwoord_hash from toegang.medewerker where gebruikersnaam = ?")
                .param(naam)
                .query(String.class)
                .single();
    }

    @Test
    void theAccountPagesNeedALogin() {
        Api.Antwoord anoniem = Sessie.op(port).get("/account/wachtwoord");
        assertThat(anoniem.status()).isEqualTo(302);
        assertThat(anoniem.header("Location")).endsWith("/inloggen");
    }

    /** Logs in through the form; returns where the login sent the browser. */
    private String inloggen(String naam, String wachtwoord) {
        Sessie sessie = Sessie.op(port);
        sessie.get("/inloggen");
        Api.Antwoord antwoord = sessie.post("/inloggen", Map.of("username", naam, "password", wachtwoord));
        assertThat(antwoord.status()).isEqualTo(302);
        return antwoord.header("Location");
    }

    /** The password form as the user fills it in: the current password, the new one twice. */
    private static Api.Antwoord wijzigWachtwoord(Sessie sessie, String huidig, String nieuw) {
        return sessie.post("/account/wachtwoord", Map.of("huidig", huidig, "nieuw", nieuw, "herhaling", nieuw));
    }

    private String account(String naam, String wachtwoord) {
        jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen) "
                        + "values (?, ?, ?, 'INSPECTEUR', '{GGZ}')")
                .params(naam, "Test " + naam, encoder.encode(wachtwoord))
                .update();
        return naam;
    }

    private static String veldfout(String pagina, String veld) {
        Matcher m = Pattern.compile("id=\"" + veld + "-fout\"[^>]*>([^<]*)<").matcher(pagina);
        assertThat(m.find()).as("error beside field " + veld).isTrue();
        return m.group(1);
    }

    private Optional<String> sessie(CookieManager koekjes) {
        List<HttpCookie> alle = koekjes.getCookieStore().getCookies();
        return alle.stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
