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

/**
 * The inspector's list of supervision activities (the planning page {@code /inspecties}: own activities from a
 * week ago on, with clashes marked) with 100,000 activities in the database: the inspector {@code inspecteur}
 * logs in once through the form and opens the list again and again. Target: p95 under 150 ms, like the work queue.
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=4 -Dduur=60
 */
public class ActiviteitenSimulation extends Simulation {

    static final String BASIS = System.getProperty("basis", "http://127.0.0.1:8080");
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 4);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 60));
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
                    .check(status().is(302)));

    ChainBuilder lijst = exec(http("GET /inspecties").get("/inspecties").check(status().is(200)));

    ScenarioBuilder activiteiten = scenario("activiteiten").exec(inloggen).exec(during(DUUR).on(lijst));

    {
        setUp(activiteiten.injectClosed(constantConcurrentUsers(GEBRUIKERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(10));
    }
}
