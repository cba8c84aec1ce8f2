package nl.toezicht.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Search across everything (issue 13.1) on a million cases: the inspector {@code inspecteur} (three departments)
 * types in the header's box, the search page answers with the tabs' counts, the facets and the first page. The
 * terms are those of {@link ZoekBench#TERMEN} (common and rare words of the demo descriptions, a reference typed
 * loosely, a provider's name), in turn. Target: p95 under 200 ms.
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=4 -Dduur=60
 */
public class ZoekenSimulation extends Simulation {

    static final String BASIS = System.getProperty("basis", "http://127.0.0.1:8080");
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 4);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 60));
    static final String GEBRUIKER = "inspecteur";
    static final String WACHTWOORD = "Toezicht-demo-2026";

    HttpProtocolBuilder protocol =
            http.baseUrl(BASIS).acceptHeader("text/html").userAgentHeader("toezicht-bench");

    Iterator<Map<String, Object>> termen = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("q", ZoekBench.TERMEN.get(i % ZoekBench.TERMEN.size())))
            .iterator();

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

    ChainBuilder zoeken = feed(termen)
            .exec(http("GET /zoeken").get("/zoeken").queryParam("q", "#{q}").check(status().is(200)));

    ScenarioBuilder zoek = scenario("zoeken").exec(inloggen).exec(during(DUUR).on(zoeken));

    {
        setUp(zoek.injectClosed(constantConcurrentUsers(GEBRUIKERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(10));
    }
}
