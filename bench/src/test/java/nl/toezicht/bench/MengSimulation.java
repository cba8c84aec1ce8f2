package nl.toezicht.bench;

import static io.gatling.javaapi.core.CoreDsl.ElFileBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
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
 * <p>Two load models (docs/PERFORMANCE.md, "Mixed load"):
 *
 * <ul>
 *   <li><b>saturated</b> (the default, the capacity figure): every client sends its next request as soon as the last
 *       one answered, no think time. On a machine whose cores are all busy the median is then mostly queueing
 *       (about clients / throughput), not what one user waits.
 *   <li><b>paced</b> ({@code -Dbedenktijd=S}, and {@code -Dmeldingen_per_s=R}): {@code -Dmedewerkers} inspectors
 *       each pause between pages, uniformly between half and one and a half times S seconds (reading a page,
 *       typing a note), and the public files notifications as arrivals at R per second, whether or not earlier
 *       ones were answered (an open model: a citizen does not wait for another's request). Offered load: about
 *       medewerkers / S pages per second plus R notifications per second.
 * </ul>
 *
 * <p>-Dbasis=http://127.0.0.1:8080 -Dgebruikers=16 -Dduur=180 (saturated) or -Dmedewerkers=48 -Dbedenktijd=5
 * -Dmeldingen_per_s=1 (paced)
 */
public class MengSimulation extends Simulation {

    static final List<String> BASIS =
            Arrays.asList(System.getProperty("basis", "http://127.0.0.1:8080").split(","));
    static final int GEBRUIKERS = Integer.getInteger("gebruikers", 16);
    static final Duration DUUR = Duration.ofSeconds(Integer.getInteger("duur", 180));
    /** Mean think time between an inspector's pages, seconds; 0 = saturated (closed loop, no pauses). */
    static final double BEDENKTIJD = Double.parseDouble(System.getProperty("bedenktijd", "0"));
    /** Notifications filed per second in the paced model (open arrivals). */
    static final double MELDINGEN_PER_S = Double.parseDouble(System.getProperty("meldingen_per_s", "1"));
    static final boolean GEPACED = BEDENKTIJD > 0;
    static final int BURGERS = Math.max(1, GEBRUIKERS / 4);
    static final int MEDEWERKERS = Integer.getInteger("medewerkers", GEBRUIKERS - BURGERS);
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

    /** What an inspector does before the next page: nothing (saturated) or read and think (paced). */
    static ChainBuilder bedenk() {
        long gemiddeld = Math.round(BEDENKTIJD * 1000);
        return GEPACED
                ? pause(Duration.ofMillis(gemiddeld / 2), Duration.ofMillis(gemiddeld * 3 / 2))
                : exec(session -> session);
    }

    ChainBuilder dag = exec(session -> session.set("afdeling", kies(AFDELINGEN))
                    .set("aanbieder", kies(AANBIEDERS))
                    .set("woord", kies(WOORDEN)))
            .exec(http("werkbak")
                    .get("/werkbak?weergave=#{afdeling}")
                    .check(status().is(200))
                    .check(css("a[href^='/zaken/']", "href").findAll().saveAs("zaken")))
            .exec(session -> session.set("zaak", kies(session.getList("zaken"))))
            .exec(bedenk())
            .exec(http("zaakpagina")
                    .get("#{zaak}")
                    .check(status().is(200))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(bedenk())
            .exec(http("notitie")
                    .post("#{zaak}/notities")
                    .formParam("tekst", "Belastingtest: gebeld met de zorgaanbieder #{randomUuid()}")
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().in(302, 303)))
            .exec(bedenk())
            .exec(http("register").get("/zorgaanbieders?zoek=#{aanbieder}").check(status().is(200)))
            .exec(bedenk())
            .exec(http("zoeken").get("/zoeken").queryParam("q", "#{woord}").check(status().is(200)))
            .exec(bedenk())
            .exec(http("cijfers").get("/cijfers").check(status().is(200)))
            .exec(bedenk());

    /**
     * Paced: people do not all start in the same second; each inspector begins somewhere within the first think
     * time, so the run does not open with every client's work queue at once.
     */
    ChainBuilder aanvang = GEPACED
            ? pause(Duration.ZERO, Duration.ofMillis(Math.round(BEDENKTIJD * 1000)))
            : exec(session -> session);

    ScenarioBuilder medewerkers =
            scenario("medewerkers").exec(aanvang).exec(inloggen).exec(during(DUUR).on(dag));

    ChainBuilder melding = exec(http("melding")
            .post("/api/v1/meldingen")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .body(ElFileBody("melding.json"))
            .check(status().is(201)));

    ScenarioBuilder publiek = scenario("publiek").exec(during(DUUR).on(melding));

    /** One citizen, one notification (the paced model's arrivals). */
    ScenarioBuilder burger = scenario("burger").exec(melding);

    {
        setUp(
                        medewerkers.injectClosed(constantConcurrentUsers(MEDEWERKERS).during(DUUR)),
                        GEPACED
                                ? burger.injectOpen(constantUsersPerSec(MELDINGEN_PER_S).during(DUUR))
                                : publiek.injectClosed(constantConcurrentUsers(BURGERS).during(DUUR)))
                .protocols(protocol)
                .maxDuration(DUUR.plusSeconds(GEPACED ? 60 : 15));
    }

    private static String kies(List<String> uit) {
        return uit.get(ThreadLocalRandom.current().nextInt(uit.size()));
    }
}
