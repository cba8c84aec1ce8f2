package nl.toezicht.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The work queue with a million cases: the inspector {@code inspecteur} opens the queue of a department and
 * pages on through the "next" links (keyset paging), a few pages deep, again and again. Target: p95 under
 * 150 ms.
 *
 * <p>Login: {@code -Dinloggen=basic} sends HTTP Basic with every request, as an API client would; every
 * request then also pays for the password hash (the delegating encoder's bcrypt), which measures the hash,
 * not the page. The default ({@code formulier}) logs in once per virtual user through the login form, as an
 * inspector does, and keeps the session; the login requests are silent (not in the figures).
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=4 -Dduur=60 -Dafdeling=GGZ -Dpaginas=5 -Dinloggen=formulier
 */
public class WerkbakSimulation extends Simulation {

    static final String BASIS = System.getProperty("basis", "http://127.0.0.1:8080");
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 4);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 60));
    static final String AFDELING = System.getProperty("afdeling", "GGZ");
    static final int PAGINAS = Integer.getInteger("paginas", 5);
    static final boolean BASIC = "basic".equals(System.getProperty("inloggen", "formulier"));
    static final String GEBRUIKER = "inspecteur";
    static final String WACHTWOORD = "Toezicht-demo-2026";

    HttpProtocolBuilder protocol = BASIC
            ? http.baseUrl(BASIS)
                    .acceptHeader("text/html")
                    .basicAuth(GEBRUIKER, WACHTWOORD)
                    .userAgentHeader("toezicht-bench")
            : http.baseUrl(BASIS).acceptHeader("text/html").userAgentHeader("toezicht-bench");

    ChainBuilder inloggen = exec(http("GET /inloggen")
                    .get("/inloggen")
                    .silent()
                    .check(status().is(200))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("POST /inloggen")
                    .post("/inloggen")
                    .silent()
                    .formParam("username", GEBRUIKER)
                    .formParam("password", WACHTWOORD)
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().is(302)));

    ChainBuilder bladeren = exec(session -> session.remove("volgende").set("pagina", 1))
            .exec(http("GET /werkbak (eerste pagina)")
                    .get("/werkbak?weergave=" + AFDELING)
                    .check(status().is(200))
                    .check(css("a[rel=next]", "href").optional().saveAs("volgende")))
            .exec(asLongAs(session -> session.contains("volgende") && session.getInt("pagina") < PAGINAS)
                    .on(exec(session ->
                                    session.set("url", session.getString("volgende")).remove("volgende"))
                            .exec(http("GET /werkbak (volgende pagina)")
                                    .get("#{url}")
                                    .check(status().is(200))
                                    .check(css("a[rel=next]", "href").optional().saveAs("volgende")))
                            .exec(session -> session.set("pagina", session.getInt("pagina") + 1))));

    ScenarioBuilder werkbak = BASIC
            ? scenario("werkbak").exec(during(DUUR).on(bladeren))
            : scenario("werkbak").exec(inloggen).exec(during(DUUR).on(bladeren));

    {
        setUp(werkbak.injectClosed(constantConcurrentUsers(GEBRUIKERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(10));
    }
}
