package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module inspecties through HTTP on the whole application: framework import (good and bad documents),
 * publication that the database keeps, planning with need-to-know per department, refusals and clashes.
 */
@IntegratieTest
class InspectiesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    /** Each test plans on days of its own, so that clashes are only those a test makes. */
    private static final java.util.concurrent.atomic.AtomicInteger DAGEN =
            new java.util.concurrent.atomic.AtomicInteger();

    UUID zorgaanbieder;
    UUID locatie;
    java.time.LocalDate dag;

    @BeforeEach
    void zorgaanbieder() {
        dag = planning.vandaag().plusDays(200 + 3L * DAGEN.getAndIncrement());
        Api.Antwoord antwoord =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        zorgaanbieder = UUID.fromString(antwoord.json().get("id").asString());
        locatie = jdbc.sql("select id from register.locatie_uitwisseling where zorgaanbieder_id = ?")
                .param(zorgaanbieder)
                .query(UUID.class)
                .single();
    }

    private String document(String code) {
        return KaderdocumentTest.goed().replace("\"test-kader\"", "\"" + code + "\"");
    }

    private UUID importeer(String code) {
        Api.Antwoord antwoord = Api.op(port).als("kadereigenaar").postJson("/api/v1/toetsingskaders", document(code));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return UUID.fromString(antwoord.json().get("id").asString());
    }

    private static String code() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aBadDocumentIsRefusedInDutchOnItsPointerAndStoresNothing() {
        int voor = jdbc.sql("select count(*) from inspecties.toetsingskader")
                .query(Integer.class)
                .single();
        String slecht = document(code()).replace("\"De risico's zijn bekend.\"", "\"\"");

        Api.Antwoord antwoord = Api.op(port).als("kadereigenaar").postJson("/api/v1/toetsingskaders", slecht);

        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.json().get("errors").get(0).get("field").asString()).isEqualTo("/themas/0/normen/0/tekst");
        assertThat(antwoord.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Dit veld is verplicht.");
        assertThat(Api.op(port)
                        .als("kadereigenaar")
                        .postJson("/api/v1/toetsingskaders", "{\"code\": ")
                        .status())
                .isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from inspecties.toetsingskader")
                        .query(Integer.class)
                        .single())
                .isEqualTo(voor);
        // only the framework owner imports
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson("/api/v1/toetsingskaders", document(code()))
                        .status())
                .isEqualTo(403);
    }

    /** The framework owner is a role of its own: the functional administrator reads frameworks but no longer keeps them. */
    @Test
    void onlyTheFrameworkOwnerImportsEditsAndPublishes() {
        String code = code();
        Api.Antwoord geweigerd = Api.op(port).als("beheerder").postJson("/api/v1/toetsingskaders", document(code));
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from inspecties.toetsingskader where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();

        UUID versie = importeer(code);
        Sessie beheerder = Sessie.op(port).als("beheerder");
        assertThat(beheerder.get("/inspecties/kaders/" + versie).tekst())
                .contains("kaderstatus")
                .doesNotContain("id=\"publiceren\"");
        assertThat(beheerder
                        .post(
                                "/inspecties/kaders/" + versie + "/normen",
                                Map.of("thema", "1", "code", "1.9", "titel", "Niet", "tekst", "Niet van mij."))
                        .status())
                .isEqualTo(403);
        assertThat(beheerder
                        .post("/inspecties/kaders/" + versie + "/publiceren", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(status(versie)).isEqualTo("CONCEPT");

        Sessie eigenaar = Sessie.op(port).als("kadereigenaar");
        assertThat(eigenaar.get("/inspecties/kaders/" + versie).tekst()).contains("id=\"publiceren\"");
        assertThat(eigenaar.post("/inspecties/kaders/" + versie + "/publiceren", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(status(versie)).isEqualTo("GEPUBLICEERD");
        // the owner sees no supervision activities: frameworks are not of a department
        assertThat(eigenaar.get("/inspecties").status()).isEqualTo(403);
    }

    @Test
    void aPublishedVersionNeverChangesNotEvenInTheDatabase() {
        UUID versie = importeer(code());
        Sessie eigenaar = Sessie.op(port).als("kadereigenaar");
        eigenaar.get("/inspecties/kaders/" + versie);
        assertThat(eigenaar.post("/inspecties/kaders/" + versie + "/publiceren", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(status(versie)).isEqualTo("GEPUBLICEERD");

        // the page refuses, in words
        eigenaar.get("/inspecties/kaders/" + versie);
        eigenaar.post(
                "/inspecties/kaders/" + versie + "/normen",
                Map.of("thema", "1", "code", "1.1", "titel", "Anders", "tekst", "Andere tekst."));
        assertThat(eigenaar.get("/inspecties/kaders/" + versie).tekst())
                .contains("is gepubliceerd en verandert niet meer");

        // and the database refuses whatever the application would do
        assertThatThrownBy(() -> jdbc.sql("update inspecties.kaderversie set naam = 'Gewijzigd' where id = ?")
                        .param(versie)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is gepubliceerd en verandert niet");
        assertThatThrownBy(() -> jdbc.sql("delete from inspecties.kaderversie where id = ?")
                        .param(versie)
                        .update())
                .isInstanceOf(DataAccessException.class);

        // a new version is a draft copy; its difference with the first is shown
        eigenaar.get("/inspecties/kaders/" + versie);
        String naar = eigenaar.post("/inspecties/kaders/" + versie + "/nieuwe-versie", Map.of())
                .header("Location");
        UUID tweede = UUID.fromString(naar.substring(naar.lastIndexOf('/') + 1));
        assertThat(status(tweede)).isEqualTo("CONCEPT");
        eigenaar.get("/inspecties/kaders/" + tweede);
        eigenaar.post(
                "/inspecties/kaders/" + tweede + "/normen",
                Map.of(
                        "thema",
                        "2",
                        "code",
                        "2.2",
                        "titel",
                        "Inwerken",
                        "tekst",
                        "Nieuwe medewerkers worden ingewerkt."));
        eigenaar.get("/inspecties/kaders/" + tweede);
        eigenaar.post("/inspecties/kaders/" + tweede + "/normen/verwijderen", Map.of("code", "1.2"));
        String verschil = eigenaar.get("/inspecties/kaders/" + tweede + "/verschil?met=" + versie)
                .tekst();
        assertThat(verschil).contains("Toegevoegd (1)", "Inwerken", "Verwijderd (1)", "Melden");

        // the export of the published version is what was imported
        Api.Antwoord export = Api.op(port).als("analist").get("/api/v1/toetsingskaders/versies/" + versie);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("status").asString()).isEqualTo("GEPUBLICEERD");
        assertThat(export.json()
                        .get("themas")
                        .get(0)
                        .get("normen")
                        .get(0)
                        .get("titel")
                        .asString())
                .isEqualTo("Risico's");
    }

    private String status(UUID versie) {
        return jdbc.sql("select status from inspecties.kaderversie where id = ?")
                .param(versie)
                .query(String.class)
                .single();
    }

    private Map<String, String> bezoek(String leider) {
        Map<String, String> velden = new HashMap<>();
        velden.put("soort", "BEZOEK");
        velden.put("aankondiging", "ONAANGEKONDIGD");
        velden.put("afdeling", "GGZ");
        velden.put("aanleiding", "THEMA");
        velden.put("aanleidingOmschrijving", "Thema separeren");
        velden.put("zorgaanbieder", zorgaanbieder.toString());
        velden.put("locaties", locatie.toString());
        velden.put("leider", leider);
        velden.put("begindatum", dag.toString());
        return velden;
    }

    private UUID plan(Sessie sessie, Map<String, String> velden) {
        sessie.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + zorgaanbieder + "&afdeling=GGZ");
        Api.Antwoord antwoord = sessie.post("/inspecties/activiteiten", velden);
        String naar = antwoord.header("Location");
        assertThat(naar).as(sessie.get(naar).tekst()).matches(".*/inspecties/activiteiten/[0-9a-f-]{36}");
        return UUID.fromString(naar.substring(naar.lastIndexOf('/') + 1));
    }

    @Test
    void activitiesAreNeedToKnowPerDepartmentAndEveryReadIsLogged() {
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        UUID id = plan(ggz, bezoek("inspecteur.ggz"));

        String pagina = ggz.get("/inspecties/activiteiten/" + id).tekst();
        assertThat(pagina).contains("onaangekondigd", "Gepland", "Thema separeren");
        assertThat(Sessie.op(port)
                        .als("inspecteur.jeugd")
                        .get("/inspecties/activiteiten/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Sessie.op(port)
                        .als("analist")
                        .get("/inspecties/activiteiten/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Sessie.op(port)
                        .als("intake")
                        .get("/inspecties/activiteiten/" + id)
                        .status())
                .isEqualTo(403);
        // another department's planning does not show it
        assertThat(Sessie.op(port)
                        .als("inspecteur.jeugd")
                        .get("/inspecties?inspecteur=")
                        .tekst())
                .doesNotContain(id.toString());
        assertThat(bladerTot(ggz, "/inspecties?afdeling=GGZ&inspecteur=", id)).isTrue();
        // a hand-edited page link starts at the first page, as in the work queue
        assertThat(ggz.get("/inspecties?na=rommel").status()).isEqualTo(200);

        // created, read (granted) by the planner and the analyst, refused to the other department, listed
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ?")
                                .param("%" + id + "%")
                                .query(Integer.class)
                                .single()
                        >= 5,
                "the access log holds the reads of the activity");
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and not toegestaan")
                        .param("%" + id + "%")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    /**
     * The list shows the activities not ended before a week ago: one that began earlier and still runs on that day
     * (read by the query's second part, V222), one that begins on that day, and not one that ended the day before.
     */
    @Test
    void theListShowsWhatStillRunsAWeekAgoAndNotWhatEndedBefore() {
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        java.time.LocalDate weekGeleden = planning.vandaag().minusDays(7);
        Map<String, String> lopend = bezoek("inspecteur.ggz");
        lopend.put("begindatum", weekGeleden.minusDays(30).toString());
        lopend.put("einddatum", weekGeleden.toString());
        Map<String, String> opDieDag = bezoek("inspecteur.ggz");
        opDieDag.put("begindatum", weekGeleden.toString());
        Map<String, String> afgelopen = bezoek("inspecteur.ggz");
        afgelopen.put("begindatum", weekGeleden.minusDays(30).toString());
        afgelopen.put("einddatum", weekGeleden.minusDays(1).toString());
        UUID loopt = plan(ggz, lopend);
        UUID begint = plan(ggz, opDieDag);
        UUID voorbij = plan(ggz, afgelopen);

        String lijst = "/inspecties?afdeling=GGZ&inspecteur=inspecteur.ggz";
        assertThat(bladerTot(ggz, lijst, loopt))
                .as("began earlier, still runs on the list's first day")
                .isTrue();
        assertThat(bladerTot(ggz, lijst, begint))
                .as("begins on the list's first day")
                .isTrue();
        assertThat(bladerTot(ggz, lijst, voorbij)).as("ended the day before").isFalse();

        // both were visits to this test's provider's location: the planning page of a new activity for that
        // provider marks the location with the latest of them, the list of visited locations has it
        String laatst = weekGeleden.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + zorgaanbieder + "&afdeling=GGZ")
                        .tekst())
                .contains("laatst bezocht " + laatst);
        Api.Antwoord bezocht = ggz.get("/inspecties/bezochte-locaties?afdeling=GGZ");
        assertThat(bezocht.status()).isEqualTo(200);
        assertThat(bezocht.tekst()).contains("Bezochte locaties in de afgelopen 12 maanden", laatst);
        String planningpagina = ggz.get("/inspecties?afdeling=GGZ").tekst();
        String tabel = planningpagina.substring(planningpagina.indexOf("id=\"bezocht\""));
        tabel = tabel.substring(0, tabel.indexOf("</table>"));
        assertThat(tabel.split("<tr").length - 2)
                .as("the planning page shows the latest visited locations only")
                .isBetween(1, Planning.BEZOCHT_OP_PLANNING);
        assertThat(planningpagina).contains("/inspecties/bezochte-locaties?afdeling=GGZ");
    }

    /**
     * Paging forward and back through one person's list gives the same pages in the same order: 120 activities of
     * a made-up team member (written straight into the tables, as the bench does), 12 of them still running from
     * before the list's first day, so the pages mix the query's two parts.
     */
    @Test
    void pagingForwardAndBackGivesTheSamePages() {
        String wie = "proef.lijst." + UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate weekGeleden = planning.vandaag().minusDays(7);
        jdbc.sql("""
                        with nieuw as (
                          insert into inspecties.toezichtactiviteit (id, referentie, soort, aankondiging, status,
                            afdeling, aanleiding, aanleiding_omschrijving, zorgaanbieder_id, leider, begindatum,
                            einddatum, aangemaakt_op, aangemaakt_door)
                          select gen_random_uuid(), 'P-' || upper(substr(md5(random()::text), 1, 12)), 'BEZOEK',
                            'AANGEKONDIGD', 'GEPLAND', 'GGZ', 'THEMA', 'Bladeren', ?, 'inspecteur.ggz',
                            case when g <= 12 then ?::date - 20 else ?::date + g / 3 end,
                            case when g <= 12 then ?::date + g else ?::date + g / 3 end, now(), 'proef'
                          from generate_series(1, 120) g
                          returning id)
                        insert into inspecties.activiteit_teamlid (activiteit, gebruikersnaam, leider)
                        select id, ?, false from nieuw""")
                .params(zorgaanbieder, weekGeleden, weekGeleden, weekGeleden, weekGeleden, wie)
                .update();
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        java.util.regex.Pattern rij = java.util.regex.Pattern.compile("/inspecties/activiteiten/([0-9a-f-]{36})");
        java.util.function.Function<String, List<String>> rijen = tekst ->
                rij.matcher(tekst).results().map(m -> m.group(1)).distinct().toList();
        List<List<String>> vooruit = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        String url = "/inspecties?afdeling=GGZ&inspecteur=" + wie;
        while (url != null) {
            String tekst = ggz.get(url).tekst();
            urls.add(url);
            vooruit.add(rijen.apply(tekst));
            url = link(tekst, "next");
        }
        assertThat(vooruit).hasSize(3);
        assertThat(vooruit.stream().mapToInt(List::size).sum()).isEqualTo(120);
        // back from the last page by its "previous" links: the same pages
        String tekst = ggz.get(urls.get(2)).tekst();
        for (int i = 1; i >= 0; i--) {
            tekst = ggz.get(link(tekst, "prev")).tekst();
            assertThat(rijen.apply(tekst)).as("page %d on the way back", i + 1).isEqualTo(vooruit.get(i));
        }
        // the twelve running ones begin first (twenty days before the list's first day)
        List<String> lopend = jdbc.sql("select a.id::text from inspecties.toezichtactiviteit a join"
                        + " inspecties.activiteit_teamlid t on t.activiteit = a.id and t.gebruikersnaam = ?"
                        + " where a.begindatum < ? order by a.begindatum, a.referentie")
                .params(wie, weekGeleden)
                .query(String.class)
                .list();
        assertThat(lopend).hasSize(12);
        assertThat(vooruit.get(0).subList(0, 12)).isEqualTo(lopend);
    }

    private static @org.jspecify.annotations.Nullable String link(String tekst, String rel) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]*)\" rel=\"" + rel + "\"")
                .matcher(tekst);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /**
     * Whether the planning list shows the activity on one of its pages, following the pager's "next" links (a
     * page of {@link Planning#PAGINAGROOTTE}; other tests' activities share the list); each page's links go on
     * where the last one stopped, never repeating a row.
     */
    private static boolean bladerTot(Sessie sessie, String url, UUID id) {
        String volgende = url;
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (int i = 0; i < 200 && volgende != null; i++) {
            String tekst = sessie.get(volgende).tekst();
            if (tekst.contains(id.toString())) {
                return true;
            }
            java.util.regex.Matcher rij = java.util.regex.Pattern.compile("/inspecties/activiteiten/([0-9a-f-]{36})")
                    .matcher(tekst);
            while (rij.find()) {
                assertThat(gezien.add(rij.group(1))).as("a row on two pages").isTrue();
            }
            java.util.regex.Matcher verder = java.util.regex.Pattern.compile("href=\"([^\"]*)\" rel=\"next\"")
                    .matcher(tekst);
            volgende = verder.find() ? verder.group(1).replace("&amp;", "&") : null;
        }
        return false;
    }

    @Test
    void refusesWhatARuleForbidsAndStoresNothing() {
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        int voor = jdbc.sql("select count(*) from inspecties.toezichtactiviteit where zorgaanbieder_id = ?")
                .param(zorgaanbieder)
                .query(Integer.class)
                .single();

        Map<String, String> bureau = bezoek("inspecteur.ggz");
        bureau.put("soort", "BUREAUONDERZOEK");
        ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + zorgaanbieder + "&afdeling=GGZ");
        assertThat(ggz.post("/inspecties/activiteiten", bureau).header("Location"))
                .contains("/activiteiten/nieuw");
        assertThat(ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + zorgaanbieder + "&afdeling=GGZ")
                        .tekst())
                .contains("Alleen een bezoek kan onaangekondigd zijn.");

        Map<String, String> andereLeider = bezoek("inspecteur.jeugd");
        ggz.post("/inspecties/activiteiten", andereLeider);
        assertThat(ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + zorgaanbieder + "&afdeling=GGZ")
                        .tekst())
                .contains("is geen inspecteur van de afdeling");

        // an inspector of another department cannot plan for GGZ; a jurist cannot plan at all
        Sessie jeugd = Sessie.op(port).als("inspecteur.jeugd");
        jeugd.get("/inspecties/activiteiten/nieuw");
        jeugd.post("/inspecties/activiteiten", bezoek("inspecteur.ggz"));
        assertThat(Sessie.op(port)
                        .als("jurist")
                        .get("/inspecties/activiteiten/nieuw")
                        .status())
                .isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from inspecties.toezichtactiviteit where zorgaanbieder_id = ?")
                        .param(zorgaanbieder)
                        .query(Integer.class)
                        .single())
                .isEqualTo(voor);
    }

    @Test
    void showsAClashAndTakesTheStepsOfTheFlow() {
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        UUID eerste = plan(ggz, bezoek("inspecteur.ggz"));
        Map<String, String> tweedeBezoek = bezoek("inspecteur.ggz");
        tweedeBezoek.put("soort", "BESTUURLIJK_GESPREK");
        tweedeBezoek.put("aankondiging", "AANGEKONDIGD");
        tweedeBezoek.remove("locaties");
        UUID tweede = plan(ggz, tweedeBezoek);

        assertThat(ggz.get("/inspecties/activiteiten/" + tweede).tekst())
                .contains("Dubbel ingepland", eerste.toString());
        assertThat(planningRegel(ggz, eerste)).contains("Dubbel ingepland");

        ggz.get("/inspecties/activiteiten/" + eerste);
        ggz.post("/inspecties/activiteiten/" + eerste + "/stappen", Map.of("stap", "STARTEN"));
        assertThat(ggz.get("/inspecties/activiteiten/" + eerste).tekst()).contains("In uitvoering");
        ggz.post("/inspecties/activiteiten/" + eerste + "/stappen", Map.of("stap", "ANNULEREN"));
        assertThat(ggz.get("/inspecties/activiteiten/" + eerste).tekst())
                .contains("&#39;Annuleren&#39; kan niet als de activiteit de status &#39;In uitvoering&#39; heeft.");

        // cancelling the second ends the clash
        ggz.post("/inspecties/activiteiten/" + tweede + "/stappen", Map.of("stap", "ANNULEREN"));
        assertThat(ggz.get("/inspecties/activiteiten/" + eerste).tekst()).doesNotContain("Dubbel ingepland");
    }

    private Api.Antwoord bewaar(String wie, UUID activiteit, String norm, String sleutel, String body) {
        Api api = Api.op(port).als(wie);
        if (sleutel != null) {
            api = api.met("Idempotency-Key", sleutel);
        }
        return api.send(java.net.http.HttpRequest.newBuilder(
                        api.uri("/api/v1/toezichtactiviteiten/" + activiteit + "/bevindingen/" + norm))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void findingsAreSavedOncePerKeyByTheTeamDuringTheFieldwork() {
        UUID kader = importeer(code());
        Sessie eigenaar = Sessie.op(port).als("kadereigenaar");
        eigenaar.get("/inspecties/kaders/" + kader);
        eigenaar.post("/inspecties/kaders/" + kader + "/publiceren", Map.of());
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        Map<String, String> velden = bezoek("inspecteur.ggz");
        velden.put("kaderversie", kader.toString());
        UUID id = plan(ggz, velden);
        String body = "{\"score\": \"VOLDOET_GROTENDEELS\", \"onderbouwing\": \"Profielen actueel, één ontbrak.\"}";

        // not before the fieldwork starts
        assertThat(bewaar("inspecteur.ggz", id, "1.1", UUID.randomUUID().toString(), body)
                        .status())
                .isEqualTo(409);
        ggz.get("/inspecties/activiteiten/" + id);
        ggz.post("/inspecties/activiteiten/" + id + "/stappen", Map.of("stap", "STARTEN"));

        String sleutel = UUID.randomUUID().toString();
        Api.Antwoord eerste = bewaar("inspecteur.ggz", id, "1.1", sleutel, body);
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(200);
        assertThat(eerste.json().get("aantalOpslagen").asInt()).isEqualTo(1);
        assertThat(eerste.header("Idempotent-Replayed")).isEqualTo("false");
        // the connection dropped and the client sends the same save again: nothing changes
        Api.Antwoord herhaald = bewaar("inspecteur.ggz", id, "1.1", sleutel, body.replace("één", "twee"));
        assertThat(herhaald.status()).isEqualTo(200);
        assertThat(herhaald.json().get("aantalOpslagen").asInt()).isEqualTo(1);
        assertThat(herhaald.json().get("onderbouwing").asString()).contains("één ontbrak");
        assertThat(herhaald.header("Idempotent-Replayed")).isEqualTo("true");
        // a new save is a new key
        Api.Antwoord tweede =
                bewaar("inspecteur.ggz", id, "1.1", UUID.randomUUID().toString(), body.replace("één", "twee"));
        assertThat(tweede.json().get("aantalOpslagen").asInt()).isEqualTo(2);
        assertThat(tweede.json().get("onderbouwing").asString()).contains("twee ontbrak");

        // refusals: Dutch problem+json on the field, nothing stored
        Api.Antwoord score =
                bewaar("inspecteur.ggz", id, "1.2", UUID.randomUUID().toString(), "{\"score\": \"GOED\"}");
        assertThat(score.status()).isEqualTo(422);
        assertThat(score.json().get("errors").get(0).get("field").asString()).isEqualTo("score");
        Api.Antwoord norm =
                bewaar("inspecteur.ggz", id, "9.9", UUID.randomUUID().toString(), body);
        assertThat(norm.json().get("errors").get(0).get("field").asString()).isEqualTo("normCode");
        Api.Antwoord zonder = bewaar("inspecteur.ggz", id, "1.2", null, body);
        assertThat(zonder.status()).isEqualTo(422);
        assertThat(zonder.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(bewaar("inspecteur", id, "1.2", UUID.randomUUID().toString(), body)
                        .status())
                .as("an inspector of the department outside the team")
                .isEqualTo(409);
        assertThat(bewaar("inspecteur.jeugd", id, "1.2", UUID.randomUUID().toString(), body)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from inspecties.bevinding where activiteit = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the page shows what is saved; a resubmitted form is a repeat too
        String pagina = ggz.get("/inspecties/activiteiten/" + id + "/veldwerk").tekst();
        assertThat(pagina).contains("twee ontbrak", "(2 keer gewijzigd)");
        Map<String, String> formulier = Map.of(
                "sleutel",
                UUID.randomUUID().toString(),
                "normCode",
                "1.2",
                "score",
                "VOLDOET",
                "onderbouwing",
                "Gemeld.");
        ggz.post("/inspecties/activiteiten/" + id + "/bevindingen", formulier);
        ggz.post("/inspecties/activiteiten/" + id + "/bevindingen", formulier);
        assertThat(Api.op(port)
                        .als("analist")
                        .get("/api/v1/toezichtactiviteiten/" + id + "/bevindingen")
                        .json())
                .hasSize(2)
                .allSatisfy(b -> assertThat(b.get("aantalOpslagen").asInt()).isLessThanOrEqualTo(2));
        assertThat(jdbc.sql(
                                "select aantal_opslagen from inspecties.bevinding where activiteit = ? and norm_code = '1.2'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** A real, small PNG. */
    static byte[] foto() {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", uit);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private Api.Antwoord voegToe(String wie, UUID activiteit, String norm, String sleutel, String naam, byte[] inhoud) {
        Api api = Api.op(port).als(wie).met("Idempotency-Key", sleutel);
        nl.toezicht.Multipart m =
                new nl.toezicht.Multipart().bestand("bestand", naam, "application/octet-stream", inhoud);
        return api.post(
                "/api/v1/toezichtactiviteiten/" + activiteit + "/bevindingen/" + norm + "/bijlagen",
                m.contentType(),
                m.bytes());
    }

    /**
     * A photo with a finding goes through intake's byte inspection and is stored once per key: a retried upload
     * answers the first one; a file intake would refuse is refused on its field and stores nothing.
     */
    @Test
    void photosWithAFindingAreJudgedAsIntakesAndStoredOncePerKey() {
        UUID kader = importeer(code());
        Sessie eigenaar = Sessie.op(port).als("kadereigenaar");
        eigenaar.get("/inspecties/kaders/" + kader);
        eigenaar.post("/inspecties/kaders/" + kader + "/publiceren", Map.of());
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        Map<String, String> velden = bezoek("inspecteur.ggz");
        velden.put("kaderversie", kader.toString());
        UUID id = plan(ggz, velden);
        byte[] foto = foto();
        assertThat(voegToe("inspecteur.ggz", id, "1.1", UUID.randomUUID().toString(), "foto.png", foto)
                        .status())
                .as("not before the fieldwork starts")
                .isEqualTo(409);
        ggz.get("/inspecties/activiteiten/" + id);
        ggz.post("/inspecties/activiteiten/" + id + "/stappen", Map.of("stap", "STARTEN"));

        String sleutel = UUID.randomUUID().toString();
        Api.Antwoord eerste = voegToe("inspecteur.ggz", id, "1.1", sleutel, "../kamer 3.png", foto);
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        assertThat(eerste.json().get("mediatype").asString()).isEqualTo("image/png");
        assertThat(eerste.json().get("bestandsnaam").asString()).isEqualTo("kamer 3.png");
        Api.Antwoord herhaald = voegToe("inspecteur.ggz", id, "1.1", sleutel, "kamer 3.png", foto);
        assertThat(herhaald.status()).isEqualTo(200);
        assertThat(herhaald.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(herhaald.json().get("id").asString())
                .isEqualTo(eerste.json().get("id").asString());

        // refusals: intake's rules, Dutch problem+json on the field, nothing stored
        Api.Antwoord programma = voegToe(
                "inspecteur.ggz",
                id,
                "1.1",
                UUID.randomUUID().toString(),
                "script.exe",
                "MZ\u0090\u0000 geen foto".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(programma.status()).isEqualTo(422);
        assertThat(programma.header("Content-Type")).startsWith("application/problem+json");
        assertThat(programma.json().get("errors").get(0).get("field").asString())
                .isEqualTo("bestand");
        assertThat(programma.json().get("detail").asString()).contains("Dit soort bestand");
        assertThat(voegToe("inspecteur.ggz", id, "9.9", UUID.randomUUID().toString(), "foto.png", foto)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("normCode");
        assertThat(voegToe("inspecteur.ggz", id, "1.2", sleutel, "foto.png", foto)
                        .status())
                .as("a key used for another norm")
                .isEqualTo(422);
        assertThat(voegToe("inspecteur.jeugd", id, "1.1", UUID.randomUUID().toString(), "foto.png", foto)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from inspecties.bevindingbijlage where activiteit = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // read back: the list and the bytes, for whoever may read the activity; the page links it
        Api.Antwoord lijst =
                Api.op(port).als("analist").get("/api/v1/toezichtactiviteiten/" + id + "/bevindingbijlagen");
        assertThat(lijst.json()).hasSize(1);
        Api.Antwoord bytes = Api.op(port)
                .als("analist")
                .get("/api/v1/toezichtactiviteiten/" + id + "/bevindingbijlagen/"
                        + eerste.json().get("id").asString());
        assertThat(bytes.response().body()).isEqualTo(foto);
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/veldwerk").tekst())
                .contains(
                        "kamer 3.png",
                        "/bevindingbijlagen/" + eerste.json().get("id").asString());
    }

    private static String planningRegel(Sessie sessie, UUID id) {
        String html =
                sessie.get("/inspecties?afdeling=GGZ&inspecteur=inspecteur.ggz").tekst();
        int waar = html.indexOf(id.toString());
        assertThat(waar).isPositive();
        return html.substring(html.lastIndexOf("<tr", waar), html.indexOf("</tr>", waar));
    }
}
