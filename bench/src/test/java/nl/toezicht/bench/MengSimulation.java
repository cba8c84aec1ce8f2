package nl.toezicht.bench;

import static io.gatling.javaapi.core.CoreDsl.ElFileBody;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The mixed load of issue 16: staff and public together on one database of 1,000,000 cases. Of
 * {@code -Dgebruikers} (16) clients, a quarter are the public filing notifications ({@code POST
 * /api/v1/meldingen}); the others are inspectors, each logged in once, going round their day: the work queue of a
 * department, a case page, a note on that case (a step that writes the case's timeline and the access log), a
 * register search, a search, the figures page. Each request kind is named, so the report gives its median and p95.
 * With {@code -Dbasis=http://a,http://b} the clients are spread over the instances (each client stays on one, as
 * behind a load balancer; sessions are in PostgreSQL, so any instance would do).
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=16 -Dduur=180
 */
public class MengSimulation extends Simulation {

    static final List<String> BASIS =
            Arrays.asList(System.getProperty("basis", "http://127.0.0.1:8080").split(","));
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 16);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 180));
    static final List<String> AFDELINGEN = List.of("GGZ", "JEUGD", "MEDISCH_SPECIALISTISCHE_ZORG");
    static final List<String> AANBIEDERS = List.of("Zorggroep", "Thuiszorg Utrecht", "Ziekenhuis", "Jeugdzorg");
    static final List<String> WOORDEN = List.of("valpartij", "medicatie", "insulinepomp", "client overleden", "z4711");

    HttpProtocolBuilder protocol = http.baseUrls(BASIS).userAgentHeader("toezicht-bench");

    ChainBuilder inloggen = exec(http("GET /inloggen")
                    .get("/inloggen")
                    .silent()
                    .check(status().is(200))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("POST /inloggen")
                    .post("/inloggen")
                    .silent()
                    .formParam("username", "inspecteur")
                    .formParam("password", "Toezicht-demo-2026")
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().is(302)));

    ChainBuilder dag = exec(session -> session.set("afdeling", kies(AFDELINGEN))
                    .set("aanbieder", kies(AANBIEDERS))
                    .set("woord", kies(WOORDEN)))
            .exec(http("werkbak")
                    .get("/werkbak?weergave=#{afdeling}")
                    .check(status().is(200))
                    .check(css("a[href^='/zaken/']", "href").findAll().saveAs("zaken")))
            .exec(session -> session.set("zaak", kies(session.getList("zaken"))))
            .exec(http("zaakpagina")
                    .get("#{zaak}")
                    .check(status().is(200))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("notitie")
                    .post("#{zaak}/notities")
                    .formParam("tekst", "Belastingtest: gebeld met de zorgaanbieder #{randomUuid()}")
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().in(302, 303)))
            .exec(http("register").get("/zorgaanbieders?zoek=#{aanbieder}").check(status().is(200)))
            .exec(http("zoeken").get("/zoeken").queryParam("q", "#{woord}").check(status().is(200)))
            .exec(http("cijfers").get("/cijfers").check(status().is(200)));

    ScenarioBuilder medewerkers = scenario("medewerkers").exec(inloggen).exec(during(DUUR).on(dag));

    ScenarioBuilder publiek = scenario("publiek")
            .exec(during(DUUR)
                    .on(http("melding")
                            .post("/api/v1/meldingen")
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .body(ElFileBody("melding.json"))
                            .check(status().is(201))));

    {
        int burgers = Math.max(1, GEBRUIKERS / 4);
        setUp(
                        medewerkers.injectClosed(constantConcurrentUsers(GEBRUIKERS - burgers).during(DUUR)),
                        publiek.injectClosed(constantConcurrentUsers(burgers).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(15));
    }

    private static String kies(List<String> uit) {
        return uit.get(ThreadLocalRandom.current().nextInt(uit.size()));
    }
}
