package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session cookie of a logged-in user authenticates the API too (the pages link to downloads under
 * {@code /api}); a change made through the API with that cookie alone needs the CSRF token, as a form does,
 * so another site cannot make the user's browser draft or approve annual figures (issue 11, item 3). A
 * request with its own {@code Authorization} (an API key, HTTP Basic) cannot be forged by another site and
 * needs none.
 */
@IntegratieTest
class ApiCsrfIT {

    static final int JAAR = 2012;
    static final String PAD = "/api/v1/statistieken/vaststellingen/" + JAAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCrossSiteFormPostWithTheAnalystsCookieIsRefusedAndDraftsNothing() {
        Sessie analist = Sessie.op(port).inloggen("analist");
        String voor = versies();

        // what a plain HTML form on another (sibling) site makes the browser send: the cookie, no token
        Api.Antwoord formulier = analist.post(PAD, "application/x-www-form-urlencoded", new byte[0]);
        Api.Antwoord script = analist.jsonZonderCsrf("POST", PAD, "{}");

        assertThat(formulier.status()).isEqualTo(403);
        assertThat(script.status()).isEqualTo(403);
        assertThat(script.header("Content-Type")).startsWith("application/problem+json");
        assertThat(script.json().get("detail").asString()).contains("CSRF");
        assertThat(versies()).isEqualTo(voor);
    }

    @Test
    void withTheTokenOfItsPageTheSessionMayChangeThroughTheApi() {
        Sessie analist = Sessie.op(port).inloggen("analist");
        analist.get("/account");
        String voor = versies();

        Api.Antwoord concept = analist.json("POST", PAD, "{}");

        assertThat(concept.status()).as(concept.toString()).isEqualTo(201);
        assertThat(versies()).isNotEqualTo(voor);
        // reading through the session needs no token: the pages link to downloads under /api
        assertThat(analist.jsonZonderCsrf("GET", PAD, "").status()).isEqualTo(200);
    }

    @Test
    void aRequestWithItsOwnAuthorizationNeedsNoToken() {
        String voor = versies();
        assertThat(Api.op(port).als("analist").postJson(PAD, "{}").status()).isEqualTo(201);
        assertThat(versies()).isNotEqualTo(voor);
        // anonymous intake needs none either
        assertThat(Api.op(port).postJson("/api/v1/meldingen", "{}").status()).isEqualTo(400);
    }

    /** The year's versions as they stand: a new draft replaces the old one, so compare, do not count. */
    private String versies() {
        return jdbc.sql("select coalesce(string_agg(versie || ' ' || status || ' ' || opgesteld_op, ', '), '') "
                        + "from cijfers.vaststelling where jaar = ?")
                .param(JAAR)
                .query(String.class)
                .single();
    }
}
