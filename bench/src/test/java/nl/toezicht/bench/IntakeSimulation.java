package nl.toezicht.bench;

import static io.gatling.javaapi.core.CoreDsl.ElFileBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Sustained intake: a fixed number of clients (closed model) each filing notifications one after the
 * other for a fixed time, as fast as the application accepts them. Accepted = 201 Created; the figures
 * run.sh reports are the OK requests per second and their p50/p99. The body is melding.json (the one
 * place that knows the request shape of POST /api/v1/meldingen).
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=8 -Dduur=60
 */
public class IntakeSimulation extends Simulation {

    static final String BASIS = System.getProperty("basis", "http://127.0.0.1:8080");
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 8);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 60));

    HttpProtocolBuilder protocol = http.baseUrl(BASIS)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("toezicht-bench");

    ScenarioBuilder intake = scenario("intake")
            .exec(during(DUUR)
                    .on(http("POST /api/v1/meldingen")
                            .post("/api/v1/meldingen")
                            .body(ElFileBody("melding.json"))
                            .check(status().is(201))));

    {
        setUp(intake.injectClosed(constantConcurrentUsers(GEBRUIKERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(10));
    }
}
