package nl.toezicht.bench;

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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The case page read, the access log's cost (issue 4): the inspector {@code inspecteur} logs in, takes the
 * case links of the first werkbak page of a department, and then opens one of those cases after the other
 * ({@code GET /zaken/{id}}, each read appends one access-log entry) for a fixed time. run.sh runs it against
 * the application with and without the log (docs/PERFORMANCE.md, "Access log").
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=4 -Dduur=60 -Dafdeling=GGZ
 */
public class ZaakpaginaSimulation extends Simulation {

    static final String BASIS = System.getProperty("basis", "http://127.0.0.1:8080");
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 4);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 60));
    static final String AFDELING = System.getProperty("afdeling", "GGZ");
    static final String GEBRUIKER = "inspecteur";
    static final String WACHTWOORD = "Toezicht-demo-2026";

    HttpProtocolBuilder protocol =
            http.baseUrl(BASIS).acceptHeader("text/html").userAgentHeader("toezicht-bench");

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
                    .check(status().is(302)))
            .exec(http("GET /werkbak")
                    .get("/werkbak?weergave=" + AFDELING)
                    .silent()
                    .check(status().is(200))
                    .check(css("a[href^='/zaken/']", "href").findAll().saveAs("zaken")));

    ChainBuilder lezen = exec(session -> {
                List<String> zaken = session.getList("zaken");
                return session.set("zaak", zaken.get(ThreadLocalRandom.current().nextInt(zaken.size())));
            })
            .exec(http("GET /zaken/{id}").get("#{zaak}").check(status().is(200)));

    ScenarioBuilder zaakpagina = scenario("zaakpagina").exec(inloggen).exec(during(DUUR).on(lezen));

    {
        setUp(zaakpagina.injectClosed(constantConcurrentUsers(GEBRUIKERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(10));
    }
}
