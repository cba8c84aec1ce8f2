package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokVerstreken;
import nl.toezicht.termijnen.Objectverwijzing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The case deadlines on the legal-clock engine (docs/termijnen.md, "Cases on the engine"): every step that
 * sets a deadline stops the case's clock and starts the next one, the case copies the clock's deadline, and
 * staff suspend, resume and extend it within the kind's rules, on the test clock across holidays and weekends.
 */
@IntegratieTest
class ZaakklokIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Testklok klok;

    @Autowired
    Zaakklokken zaakklokken;

    Zaakfixtures fixtures;
    Api inspecteur;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
        inspecteur = Api.op(port).als("inspecteur.ggz");
    }

    private record Rij(
            String status,
            String termijnSoort,
            LocalDate termijnDatum,
            boolean opgeschort,
            boolean teLaat,
            long versie) {}

    private Rij rij(ZaakId id) {
        return jdbc.sql("select status, termijn_soort, termijn_datum, termijn_opgeschort, te_laat, version"
                        + " from zaken.zaak where id = ?")
                .param(id.waarde())
                .query((rs, i) -> new Rij(
                        rs.getString("status"),
                        rs.getString("termijn_soort"),
                        rs.getObject("termijn_datum", LocalDate.class),
                        rs.getBoolean("termijn_opgeschort"),
                        rs.getBoolean("te_laat"),
                        rs.getLong("version")))
                .single();
    }

    private record Klokrij(
            UUID id, String soort, String status, LocalDate uiterlijk, String afdeling, String behandelaar) {}

    /** The case's clocks, oldest first. */
    private List<Klokrij> klokken(ZaakId id) {
        return jdbc.sql("select id, soort, status, uiterlijk, afdeling, behandelaar from termijnen.klok"
                        + " where object_type = 'ZAAK' and object_id = ? order by startdatum, laatste_op")
                .param(id.waarde())
                .query((rs, i) -> new Klokrij(
                        rs.getObject("id", UUID.class),
                        rs.getString("soort"),
                        rs.getString("status"),
                        rs.getObject("uiterlijk", LocalDate.class),
                        rs.getString("afdeling"),
                        rs.getString("behandelaar")))
                .list();
    }

    private UUID klokVan(ZaakId id) {
        return jdbc.sql("select klok_id from zaken.zaak where id = ?")
                .param(id.waarde())
                .query(UUID.class)
                .single();
    }

    private Api.Antwoord stap(ZaakId id, String transitie) {
        Api.Antwoord antwoord = inspecteur.postJson(
                "/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"" + transitie + "\"}");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord;
    }

    private static void isProbleem(Api.Antwoord antwoord, int status, String veld, String bericht) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.json().path("detail").asString()).isEqualTo(bericht);
        if (veld != null) {
            assertThat(antwoord.tekst()).contains("\"" + veld + "\"");
        }
    }

    @Test
    void aNewCaseRunsTheTriageClockAcrossChristmasAndTheClockFollowsTheAssignment() {
        // received Wednesday 24 December 2025: 25, 26 December are holidays, 27, 28 a weekend
        klok.zet("2025-12-24T10:00");
        ZaakId id = fixtures.eenMelding().inSector(Zorgsector.GGZ).opentZaak();

        Rij zaak = rij(id);
        assertThat(zaak.termijnSoort()).isEqualTo("TRIAGE");
        assertThat(zaak.termijnDatum()).isEqualTo(LocalDate.of(2025, 12, 31));
        List<Klokrij> klokken = klokken(id);
        assertThat(klokken).hasSize(1);
        assertThat(klokken.get(0).id()).isEqualTo(klokVan(id));
        assertThat(klokken.get(0).soort()).isEqualTo("TRIAGE");
        assertThat(klokken.get(0).uiterlijk()).isEqualTo(zaak.termijnDatum());
        assertThat(klokken.get(0).afdeling()).isEqualTo("GGZ");
        assertThat(klokken.get(0).behandelaar()).isNull();

        klok.zet("2025-12-29T09:00");
        Api.Antwoord toegewezen = inspecteur.send(
                java.net.http.HttpRequest.newBuilder(inspecteur.uri("/api/v1/zaken/" + id + "/inspecteur"))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"inspecteur.ggz\"}")));
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
        assertThat(klokken(id).get(0).behandelaar()).isEqualTo("inspecteur.ggz");
    }

    @Test
    void theInvestigationReportOfANonCalamityIsDueEightPlainWeeksAfterTheRequest() {
        // the untested branch of issue 10: a complaint's report runs from the request, not from the receipt
        klok.zet("2026-03-02T10:00");
        ZaakId klacht = fixtures.eenKlacht().opentZaak();
        ZaakId calamiteit = fixtures.eenCalamiteit().opentZaak();
        klok.zet("2026-03-10T10:00");
        for (ZaakId id : List.of(klacht, calamiteit)) {
            stap(id, "START_TRIAGE");
            stap(id, "VRAAG_ONDERZOEK_AAN");
        }
        // 8 weeks after Tuesday 10 March is Tuesday 5 May, Liberation Day: plain weeks do not move (0010)
        assertThat(rij(klacht).termijnSoort()).isEqualTo("ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        assertThat(rij(klacht).termijnDatum()).isEqualTo(LocalDate.of(2026, 5, 5));
        // a calamity's report runs from the receipt (Wkkgz): 8 weeks after 2 March is King's Day, 27 April
        assertThat(rij(calamiteit).termijnDatum()).isEqualTo(LocalDate.of(2026, 4, 27));
        List<Klokrij> klokken = klokken(klacht);
        assertThat(klokken).extracting(Klokrij::soort).containsExactly("TRIAGE", "ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        assertThat(klokken).extracting(Klokrij::status).containsExactly("GESTOPT", "LOPEND");
        assertThat(klokVan(klacht)).isEqualTo(klokken.get(1).id());

        Api.Antwoord antwoord = inspecteur.get("/api/v1/zaken/" + klacht);
        assertThat(antwoord.json().path("termijnSoort").asString()).isEqualTo("ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        assertThat(antwoord.json().path("termijnDatum").asString()).isEqualTo("2026-05-05");
    }

    @Test
    void aSuspendedAssessmentStandsStillOverChristmasIsNeverOverdueAndMovesByTheWorkingDaysLost() {
        klok.zet("2025-12-01T10:00");
        ZaakId id = fixtures.eenKlacht().opentZaak();
        klok.zet("2025-12-02T10:00");
        stap(id, "START_TRIAGE");
        stap(id, "NEEM_IN_BEOORDELING");
        // 20 working days after 2 December, without 25, 26 December and 1 January: Friday 2 January 2026
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 1, 2));

        klok.zet("2025-12-23T11:00");
        Api.Antwoord opgeschort = inspecteur.postJson(
                "/api/v1/zaken/" + id + "/termijn/opschorting",
                "{\"grond\":\"WACHT_OP_INFORMATIE\",\"toelichting\":\"Dossier opgevraagd bij de zorgaanbieder\"}");
        assertThat(opgeschort.status()).as(opgeschort.toString()).isEqualTo(200);
        assertThat(rij(id).opgeschort()).isTrue();
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 1, 2));

        // Monday 5 January: past the deadline it had, but a clock that stands still is not overdue
        klok.zet("2026-01-05T09:00");
        assertThat(inspecteur.get("/api/v1/zaken/" + id).json().path("teLaat").asBoolean())
                .isFalse();
        JsonNode teLaat = inspecteur
                .get("/api/v1/zaken?teLaat=true&grootte=100&afdeling=GGZ")
                .json();
        assertThat(teLaat.path("items").findValuesAsString("id")).doesNotContain(id.toString());

        Api.Antwoord hervat = inspecteur.postJson("/api/v1/zaken/" + id + "/termijn/hervatting", "{}");
        assertThat(hervat.status()).as(hervat.toString()).isEqualTo(200);
        // stood still 24, 29, 30, 31 December and 2 January (working days strictly between): Friday 9 January
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(rij(id).opgeschort()).isFalse();
        assertThat(hervat.json().path("termijnDatum").asString()).isEqualTo("2026-01-09");

        // the timeline tells who, when and why
        JsonNode tijdlijn = hervat.json().path("tijdlijn");
        JsonNode opschorting = tijdlijn.get(tijdlijn.size() - 2);
        assertThat(opschorting.path("transitie").asString()).isEqualTo("TERMIJN_OPSCHORTEN");
        assertThat(opschorting.path("door").asString()).isEqualTo("inspecteur.ggz");
        assertThat(opschorting.path("toelichting").asString()).isEqualTo("Dossier opgevraagd bij de zorgaanbieder");
        assertThat(tijdlijn.get(tijdlijn.size() - 1).path("transitie").asString())
                .isEqualTo("TERMIJN_HERVATTEN");
        // and so does the clock's history
        JsonNode termijnen =
                inspecteur.get("/api/v1/zaken/" + id + "/termijnen").json();
        JsonNode beoordeling = termijnen.get(termijnen.size() - 1);
        assertThat(beoordeling.path("soort").asString()).isEqualTo("BEOORDELING");
        assertThat(beoordeling.path("geschiedenis").findValuesAsString("soort"))
                .containsExactly("GESTART", "OPGESCHORT", "HERVAT");
        JsonNode regel = beoordeling.path("geschiedenis").get(1);
        assertThat(regel.path("grond").asString()).isEqualTo("WACHT_OP_INFORMATIE");
        assertThat(regel.path("door").asString()).isEqualTo("inspecteur.ggz");

        // an assessment is not extended: the kind has no rule
        isProbleem(
                inspecteur.postJson(
                        "/api/v1/zaken/" + id + "/termijn/verlenging",
                        "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":2,\"reden\":\"Drukte\"}"),
                422,
                null,
                "De termijn Beoordeling kan niet worden verlengd.");
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void theInspectorExtendsTheInvestigationReportOnceWithinTheKindsRule() {
        klok.zet("2026-03-02T10:00");
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        klok.zet("2026-03-04T10:00");
        stap(id, "START_TRIAGE");
        stap(id, "VRAAG_ONDERZOEK_AAN");
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 4, 27));
        String pad = "/api/v1/zaken/" + id + "/termijn/verlenging";

        // bad input: refused on its field, in Dutch, and nothing changes
        long versie = rij(id).versie();
        isProbleem(
                inspecteur.postJson(pad, "{\"lengte\":2,\"reden\":\"x\"}"), 422, "regel", "Kies de soort verlenging.");
        isProbleem(
                inspecteur.postJson(pad, "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":0,\"reden\":\"x\"}"),
                422,
                "lengte",
                "Vul een aantal in van 1 tot en met 52.");
        isProbleem(
                inspecteur.postJson(pad, "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":2,\"reden\":\"  \"}"),
                422,
                "reden",
                "Geef de reden van de verlenging.");
        Api.Antwoord teLang =
                inspecteur.postJson(pad, "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":9,\"reden\":\"x\"}");
        assertThat(teLang.status()).as(teLang.toString()).isEqualTo(422);
        assertThat(teLang.tekst()).contains("\"lengte\"");
        Api.Antwoord onbekend = inspecteur.postJson(pad, "{\"regel\":\"VERDAGING\",\"lengte\":2,\"reden\":\"x\"}");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.tekst()).contains("\"regel\"");
        // the report's clock does not stand still
        isProbleem(
                inspecteur.postJson(
                        "/api/v1/zaken/" + id + "/termijn/opschorting", "{\"grond\":\"WACHT_OP_INFORMATIE\"}"),
                422,
                null,
                "De termijn Onderzoeksrapport zorgaanbieder kan niet worden opgeschort.");
        // intake and legal staff do not decide a postponement
        assertThat(Api.op(port)
                        .als("intake")
                        .postJson(pad, "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":2,\"reden\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(rij(id).versie()).isEqualTo(versie);
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 4, 27));

        klok.zet("2026-04-20T10:00");
        Api.Antwoord verlengd = inspecteur.postJson(
                pad,
                "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":2,\"reden\":\"Verzoek zorgaanbieder: extern advies\"}");
        assertThat(verlengd.status()).as(verlengd.toString()).isEqualTo(200);
        assertThat(verlengd.json().path("termijnDatum").asString()).isEqualTo("2026-05-11");
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 5, 11));
        JsonNode tijdlijn = verlengd.json().path("tijdlijn");
        assertThat(tijdlijn.get(tijdlijn.size() - 1).path("transitie").asString())
                .isEqualTo("TERMIJN_VERLENGEN");
        assertThat(tijdlijn.get(tijdlijn.size() - 1).path("toelichting").asString())
                .isEqualTo("Verzoek zorgaanbieder: extern advies");

        // once: the rule allows one postponement
        isProbleem(
                inspecteur.postJson(pad, "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":1,\"reden\":\"x\"}"),
                409,
                null,
                "Uitstel op verzoek kan maar 1 keer; dat is al gebeurd.");
        assertThat(rij(id).termijnDatum()).isEqualTo(LocalDate.of(2026, 5, 11));

        // the clock's history keeps the extension with who, when and why
        JsonNode rapport =
                inspecteur.get("/api/v1/zaken/" + id + "/termijnen").json().get(1);
        JsonNode regel = rapport.path("geschiedenis").get(1);
        assertThat(regel.path("soort").asString()).isEqualTo("VERLENGD");
        assertThat(regel.path("lengte").asInt()).isEqualTo(2);
        assertThat(regel.path("uiterlijkVoor").asString()).isEqualTo("2026-04-27");
        assertThat(regel.path("uiterlijkNa").asString()).isEqualTo("2026-05-11");
        assertThat(regel.path("toelichting").asString()).isEqualTo("Verzoek zorgaanbieder: extern advies");
    }

    @Test
    void theEnginesOverdueClockMarksItsCaseOnceAndAnnouncesIt() {
        klok.zet("2026-06-10T10:00");
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        Rij voor = rij(id);
        UUID klokId = klokVan(id);
        KlokVerstreken verstreken = new KlokVerstreken(
                new KlokId(klokId),
                "TRIAGE",
                new Objectverwijzing("ZAAK", id.waarde()),
                "GGZ",
                null,
                voor.termijnDatum());
        fixtures.publiceer(verstreken);
        Wachten.tot(() -> rij(id).teLaat(), "the case marked overdue");
        assertThat(rij(id).versie()).isEqualTo(voor.versie() + 1);
        Wachten.tot(
                () -> jdbc.sql("select count(*) from event_publication where event_type = ?"
                                        + " and serialized_event like ? and completion_date is null")
                                .params(KlokVerstreken.class.getName(), "%" + klokId + "%")
                                .query(Long.class)
                                .single()
                        == 0,
                "the clock's event delivered");

        // delivered again (the outbox retries): nothing changes, nothing is announced
        assertThat(zaakklokken.markeerTeLaat(verstreken)).isEmpty();
        assertThat(rij(id).versie()).isEqualTo(voor.versie() + 1);
        // another object's clock is not a case's
        assertThat(zaakklokken.markeerTeLaat(new KlokVerstreken(
                        new KlokId(klokId),
                        "TRIAGE",
                        new Objectverwijzing("KLACHT", id.waarde()),
                        "GGZ",
                        null,
                        voor.termijnDatum())))
                .isEmpty();
    }

    @Test
    void theCasesOwnEventAnnouncesTheOverdueCase() {
        klok.zet("2026-06-10T10:00");
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.JEUGD).opentZaak();
        UUID klokId = klokVan(id);
        LocalDate uiterlijk = rij(id).termijnDatum();
        TermijnVerstreken verstreken = zaakklokken
                .markeerTeLaat(new KlokVerstreken(
                        new KlokId(klokId),
                        "TRIAGE",
                        new Objectverwijzing("ZAAK", id.waarde()),
                        "JEUGD",
                        null,
                        uiterlijk))
                .orElseThrow();
        assertThat(verstreken.zaak()).isEqualTo(id);
        assertThat(verstreken.afdeling()).isEqualTo(Zorgsector.JEUGD);
        assertThat(verstreken.soort()).isEqualTo(nl.toezicht.termijnen.Termijnsoort.TRIAGE);
        assertThat(verstreken.termijnDatum()).isEqualTo(uiterlijk);
    }

    @Test
    void theOwnDailyJobOfZakenIsGoneTheEnginesJobRemains() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'termijnen-bewaken'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'klokken-bewaken'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void openCasesWithoutAClockGetOneWithTheDeadlineTheyHaveOnce() {
        klok.zet("2026-02-02T10:00");
        ZaakId gewoon = fixtures.eenKlacht().opentZaak();
        ZaakId afwijkend = fixtures.eenKlacht().opentZaak();
        LocalDate triage = rij(gewoon).termijnDatum();
        assertThat(triage).isEqualTo(LocalDate.of(2026, 2, 5));
        // as stored before V60, or written by a bulk load: no clock; one deadline came from elsewhere
        jdbc.sql("update zaken.zaak set klok_id = null where id in (?, ?)")
                .params(gewoon.waarde(), afwijkend.waarde())
                .update();
        jdbc.sql("update zaken.zaak set termijn_datum = ? where id = ?")
                .params(LocalDate.of(2026, 2, 11), afwijkend.waarde())
                .update();
        long versie = rij(gewoon).versie();

        assertThat(zaakklokken.vulAan()).isGreaterThanOrEqualTo(2);

        UUID klokGewoon = klokVan(gewoon);
        Map<String, Object> gestart = jdbc.sql(
                        "select soort, status, startdatum, uiterlijk from termijnen.klok where id = ?")
                .param(klokGewoon)
                .query()
                .singleRow();
        assertThat(gestart.get("soort")).isEqualTo("TRIAGE");
        assertThat(gestart.get("status")).isEqualTo("LOPEND");
        assertThat(gestart).containsEntry("startdatum", java.sql.Date.valueOf("2026-02-02"));
        assertThat(rij(gewoon).termijnDatum()).isEqualTo(triage);
        assertThat(rij(gewoon).versie()).isEqualTo(versie + 1);
        // the deadline a case had stays what users see: day 0 counted back from it (3 working days before)
        Map<String, Object> terug = jdbc.sql("select startdatum, uiterlijk from termijnen.klok where id = ?")
                .param(klokVan(afwijkend))
                .query()
                .singleRow();
        assertThat(terug).containsEntry("uiterlijk", java.sql.Date.valueOf("2026-02-11"));
        assertThat(terug).containsEntry("startdatum", java.sql.Date.valueOf("2026-02-06"));
        assertThat(rij(afwijkend).termijnDatum()).isEqualTo(LocalDate.of(2026, 2, 11));

        // once: a second run leaves them alone
        zaakklokken.vulAan();
        assertThat(klokVan(gewoon)).isEqualTo(klokGewoon);
        assertThat(rij(gewoon).versie()).isEqualTo(versie + 1);

        // a bulk load (history import, demo data) announces itself: its open cases get their clocks
        jdbc.sql("update zaken.zaak set klok_id = null where id = ?")
                .param(afwijkend.waarde())
                .update();
        fixtures.publiceer(new ZakenInBulkGeladen(1, klok.instant(), klok.instant()));
        Wachten.tot(
                () -> jdbc.sql("select klok_id is not null from zaken.zaak where id = ?")
                        .param(afwijkend.waarde())
                        .query(Boolean.class)
                        .single(),
                "the clock of a case loaded in bulk");

        // and the case goes on on its clock
        stap(gewoon, "START_TRIAGE");
        stap(gewoon, "NEEM_IN_BEOORDELING");
        assertThat(jdbc.sql("select status from termijnen.klok where id = ?")
                        .param(klokGewoon)
                        .query(String.class)
                        .single())
                .isEqualTo("GESTOPT");
    }

    @Test
    void thePageAndTheApiRefuseAClosingReasonOnAnotherStepAlike() {
        ZaakId id = fixtures.eenMelding().opentZaak();
        long versie = rij(id).versie();
        isProbleem(
                inspecteur.postJson(
                        "/api/v1/zaken/" + id + "/statuswijzigingen",
                        "{\"transitie\":\"START_TRIAGE\",\"sluitreden\":\"GEEN_VERVOLG\"}"),
                422,
                "sluitreden",
                "Een sluitreden hoort alleen bij het sluiten van een zaak.");

        Sessie browser = Sessie.op(port).als("inspecteur.ggz");
        browser.get("/zaken/" + id);
        Api.Antwoord gepost = browser.post(
                "/zaken/" + id + "/statuswijzigingen",
                Map.of(
                        "transitie",
                        "START_TRIAGE",
                        "sluitreden",
                        "GEEN_VERVOLG",
                        "versie",
                        browser.verborgen("versie")));
        assertThat(gepost.status()).isEqualTo(302);
        String pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina)
                .contains("Een sluitreden hoort alleen bij het sluiten van een zaak.", "href=\"#sluitreden\"");
        assertThat(rij(id).status()).isEqualTo("ONTVANGEN");
        assertThat(rij(id).versie()).isEqualTo(versie);
    }
}
