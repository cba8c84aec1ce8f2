package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The page and the JSON of "due this week", on today's date (department PREVENTIE, which no other test's
 * clocks use): a deadline today and one overdue are listed, one next week is not, another department's not.
 */
@IntegratieTest
class TermijnenWebIT {

    private static final Handelende INSPECTEUR = new Handelende("inspecteur.preventie", "INSPECTEUR");

    @LocalServerPort
    int port;

    @Autowired
    Klokken klokken;

    @Autowired
    Testklok testklok;

    @Autowired
    Termijnen termijnen;

    KlokStand vandaag;
    KlokStand verlopen;
    KlokStand volgendeWeek;
    KlokStand jeugd;

    @BeforeEach
    void klokken() {
        LocalDate nu = termijnen.vandaag();
        vandaag = mdr(nu, new Verantwoordelijke("PREVENTIE", "inspecteur.preventie"));
        verlopen = mdr(nu.minusDays(5), Verantwoordelijke.afdeling("PREVENTIE"));
        volgendeWeek = mdr(nu.plusDays(8), new Verantwoordelijke("PREVENTIE", "inspecteur.preventie"));
        jeugd = mdr(nu, Verantwoordelijke.afdeling("JEUGD"));
    }

    @AfterEach
    void opruimen() {
        for (KlokStand k : List.of(vandaag, verlopen, volgendeWeek, jeugd)) {
            klokken.stop(k.id(), INSPECTEUR, testklok.instant().plusSeconds(60), null);
        }
    }

    private KlokStand mdr(LocalDate uiterlijk, Verantwoordelijke wie) {
        LocalDate dag0 = uiterlijk.minusDays(15);
        return klokken.start(
                TestObjecten.nieuw(),
                "MDR_ERNSTIG_INCIDENT",
                Startpunt.datum(dag0),
                null,
                wie,
                INSPECTEUR,
                dag0.atTime(LocalTime.NOON).atZone(Tijdzone.NEDERLAND).toInstant());
    }

    /** The clocks listed, without the case clocks other tests' cases run (module zaken, decision 0050). */
    private static List<String> ids(JsonNode lijst) {
        List<String> ids = new ArrayList<>();
        lijst.get("items").forEach(i -> {
            if (!i.path("object").path("url").asString("").startsWith("/zaken/")) {
                ids.add(i.get("id").asString());
            }
        });
        return ids;
    }

    @Test
    void theApiListsMyAndMyDepartmentsClocksDueThisWeek() {
        Api api = Api.op(port).als("inspecteur.preventie");
        Api.Antwoord mijn = api.get("/api/v1/termijnen?mijn=true");
        assertThat(mijn.status()).as(mijn.toString()).isEqualTo(200);
        assertThat(ids(mijn.json())).containsExactly(vandaag.id().toString());
        JsonNode regel = mijn.json().get("items").get(0);
        assertThat(regel.get("soort").asString()).isEqualTo("MDR_ERNSTIG_INCIDENT");
        assertThat(regel.get("naam").asString()).isEqualTo("Melding ernstig incident (MDR)");
        assertThat(regel.get("uiterlijk").asString())
                .isEqualTo(termijnen.vandaag().toString());
        assertThat(regel.get("teLaat").asBoolean()).isFalse();
        assertThat(regel.get("dagen").asLong()).isZero();
        assertThat(regel.get("object").get("kenmerk").asString())
                .isEqualTo(TestObjecten.kenmerk(vandaag.object().id()));
        assertThat(regel.get("object").get("url").asString())
                .isEqualTo("/testobjecten/" + vandaag.object().id());

        Api.Antwoord afdeling = api.get("/api/v1/termijnen?afdeling=PREVENTIE");
        assertThat(ids(afdeling.json()))
                .containsExactly(verlopen.id().toString(), vandaag.id().toString());
        assertThat(afdeling.json().get("items").get(0).get("teLaat").asBoolean())
                .isTrue();
        assertThat(afdeling.json().get("totEnMet").asString())
                .isEqualTo(termijnen
                        .vandaag()
                        .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY))
                        .toString());
    }

    @Test
    void theApiRefusesAnotherDepartmentAndBadInputAsProblems() {
        Api api = Api.op(port).als("inspecteur.preventie");
        Api.Antwoord jeugdLijst = api.get("/api/v1/termijnen?afdeling=JEUGD");
        assertThat(jeugdLijst.status()).isEqualTo(403);
        Api.Antwoord onbekend = api.get("/api/v1/termijnen?afdeling=KANTINE");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.header("Content-Type")).startsWith("application/problem+json");
        assertThat(onbekend.tekst()).contains("afdeling").contains("Er bestaat geen afdeling KANTINE");
        Api.Antwoord grootte = api.get("/api/v1/termijnen?grootte=500");
        assertThat(grootte.status()).isEqualTo(422);
        assertThat(grootte.tekst()).contains("grootte");
        Api.Antwoord cursor = api.get("/api/v1/termijnen?na=morgen");
        assertThat(cursor.status()).isEqualTo(422);
        // intake sees every department, the JEUGD clock included
        assertThat(ids(Api.op(port)
                        .als("intake")
                        .get("/api/v1/termijnen?afdeling=JEUGD")
                        .json()))
                .contains(jeugd.id().toString());
    }

    @Test
    void thePageShowsTheDeadlinesWithTextLabelsAndLinksInDutchAndEnglish() {
        Sessie sessie = Sessie.op(port).inloggen("inspecteur.preventie");
        Api.Antwoord pagina = sessie.get("/termijnen?weergave=PREVENTIE");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst())
                .contains("Deze week verlopen")
                .contains(TestObjecten.kenmerk(vandaag.object().id()))
                .contains("/testobjecten/" + vandaag.object().id())
                .contains(TestObjecten.kenmerk(verlopen.object().id()))
                .contains("Te laat")
                .contains("Vandaag")
                .contains("Verordening (EU) 2017/745 (MDR) art. 87 lid 3")
                .doesNotContain(TestObjecten.kenmerk(volgendeWeek.object().id()))
                .doesNotContain(TestObjecten.kenmerk(jeugd.object().id()));
        // the default for an inspector is their own clocks; no tab for a department they may not see
        Api.Antwoord standaard = sessie.get("/termijnen");
        assertThat(standaard.tekst())
                .contains(TestObjecten.kenmerk(vandaag.object().id()))
                .doesNotContain(TestObjecten.kenmerk(verlopen.object().id()))
                .doesNotContain("weergave=JEUGD");
        assertThat(sessie.get("/termijnen?weergave=JEUGD").tekst())
                .as("a department out of sight falls back to my own clocks")
                .doesNotContain(TestObjecten.kenmerk(jeugd.object().id()));
        assertThat(sessie.get("/termijnen?weergave=PREVENTIE&lang=en").tekst())
                .contains("Due this week")
                .contains("Overdue");
    }

    @Test
    void theKindsAndTheirRulesAreReadableAsJson() {
        Api.Antwoord soorten = Api.op(port).als("jurist").get("/api/v1/termijnsoorten");
        assertThat(soorten.status()).isEqualTo(200);
        JsonNode klacht = null;
        for (JsonNode s : soorten.json()) {
            if (s.get("code").asString().equals("KLACHTAFHANDELING")) {
                klacht = s;
            }
        }
        assertThat(klacht).isNotNull();
        assertThat(klacht.get("naam").asString()).isEqualTo("Afhandeling klacht over de inspectie");
        assertThat(klacht.get("artikel").asString()).isEqualTo("art. 9:11 lid 1");
        assertThat(klacht.get("verschuiving").asString()).isEqualTo("ALGEMENE_TERMIJNENWET");
        JsonNode verdaging = klacht.get("verlenging").get(0);
        assertThat(verdaging.get("code").asString()).isEqualTo("VERDAGING");
        assertThat(verdaging.get("maximaalAantal").asInt()).isEqualTo(1);
        assertThat(verdaging.get("maximaal").get("aantal").asInt()).isEqualTo(4);
        assertThat(verdaging.get("maximaal").get("eenheid").asString()).isEqualTo("WEKEN");
        assertThat(Api.op(port).als("privacy").get("/api/v1/termijnsoorten").status())
                .isEqualTo(403);
    }
}
