package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import idp.Identiteitsprovider;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login through the organisation's identity provider: the real authorization-code flow against a real
 * OpenID provider ({@link Identiteitsprovider}), the account created from the ID token's claims.
 */
class OidcIT extends Aanmeldcontext {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectorLogsInThroughTheIdentityProviderWithRoleAndDepartmentsFromTheClaims() {
        Browserloos browser = new Browserloos(null);
        String app = "http://127.0.0.1:" + port;
        assertThat(browser.get(app + "/inloggen").body()).contains("Inloggen via de organisatie");

        HttpResponse<String> inlogpagina = browser.volg(app + "/oauth2/authorization/organisatie");
        assertThat(inlogpagina.uri().toString()).startsWith(Identiteitsprovider.issuer() + "/login");
        HttpResponse<String> terug = browser.post(
                Identiteitsprovider.issuer() + "/login",
                Map.of("username", "ingrid.oidc", "password", Identiteitsprovider.WACHTWOORD));
        assertThat(terug.statusCode()).isEqualTo(302);
        HttpResponse<String> startpagina = browser.volg(terug.uri()
                .resolve(terug.headers().firstValue("Location").orElseThrow())
                .toString());

        // an inspector's start page (issue 11, defect 16)
        assertThat(startpagina.statusCode()).isEqualTo(200);
        assertThat(startpagina.uri().getPath()).isEqualTo("/mijn-werk");
        Map<String, Object> account = jdbc.sql("select naam, rol, afdelingen::text as afdelingen, herkomst, "
                        + "wachtwoord_hash from toegang.medewerker where gebruikersnaam = 'ingrid.oidc'")
                .query()
                .singleRow();
        assertThat(account)
                .containsEntry("naam", "Ingrid Oidc")
                .containsEntry("rol", "INSPECTEUR")
                .containsEntry("afdelingen", "{GGZ,JEUGD}")
                .containsEntry("herkomst", "OIDC")
                .containsEntry("wachtwoord_hash", null);
        assertThat(browser.get(app + "/account").body()).contains("ingrid.oidc", "U logt in via uw organisatie");
    }

    @Test
    void someoneWithoutARoleInToezichtIsRefused() {
        Browserloos browser = new Browserloos(null);
        String app = "http://127.0.0.1:" + port;
        HttpResponse<String> pagina = viaProvider(browser, "zonder.rol");

        assertThat(pagina.uri().toString()).endsWith("/inloggen?geweigerd");
        assertThat(pagina.body()).contains("uw account heeft geen rol in Toezicht");
        assertThat(jdbc.sql("select count(*) from toegang.medewerker where gebruikersnaam = 'zonder.rol'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(browser.volg(app + "/werkbak").uri().getPath()).isEqualTo("/inloggen");
    }

    @Test
    void theIdentityProviderCannotTakeOverALocalAccount() {
        String hash = jdbc.sql("select wachtwoord_hash from toegang.medewerker where gebruikersnaam = 'intake'")
                .query(String.class)
                .single();
        HttpResponse<String> pagina = viaProvider(new Browserloos(null), "intake");

        assertThat(pagina.uri().toString()).endsWith("/inloggen?geweigerd");
        assertThat(jdbc.sql("select herkomst || ' ' || wachtwoord_hash from toegang.medewerker "
                                + "where gebruikersnaam = 'intake'")
                        .query(String.class)
                        .single())
                .isEqualTo("LOKAAL " + hash);
    }

    /** Starts a login at the application, logs in at the provider, and follows the way back. */
    private HttpResponse<String> viaProvider(Browserloos browser, String gebruiker) {
        browser.volg("http://127.0.0.1:" + port + "/oauth2/authorization/organisatie");
        HttpResponse<String> terug = browser.post(
                Identiteitsprovider.issuer() + "/login",
                Map.of("username", gebruiker, "password", Identiteitsprovider.WACHTWOORD));
        assertThat(terug.statusCode()).isEqualTo(302);
        return browser.volg(terug.uri()
                .resolve(terug.headers().firstValue("Location").orElseThrow())
                .toString());
    }
}
