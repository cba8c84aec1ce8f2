package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Publicaties;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijnen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegratieTest
class ZaakApiIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Termijnen termijnen;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;
    Api intake;
    Api inspecteurGgz;
    Api inspecteurJeugd;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
        intake = Api.op(port).als("intake");
        inspecteurGgz = Api.op(port).als("inspecteur.ggz");
        inspecteurJeugd = Api.op(port).als("inspecteur.jeugd");
    }

    private JsonNode zaak(ZaakId id) {
        Api.Antwoord antwoord = intake.get("/api/v1/zaken/" + id);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    private Api.Antwoord stap(Api als, ZaakId id, String json) {
        return als.postJson("/api/v1/zaken/" + id + "/statuswijzigingen", json);
    }

    /**
     * Closing with four eyes: {@code vrager} asks with the reason, a second GGZ inspector approves; the case as it
     * is then.
     */
    private JsonNode sluit(Api vrager, ZaakId id, String sluitreden, String toelichting) {
        return sluit(
                vrager,
                vrager == inspecteurGgz ? Api.op(port).als("inspecteur") : inspecteurGgz,
                id,
                sluitreden,
                toelichting);
    }

    private JsonNode sluit(Api vrager, Api tweede, ZaakId id, String sluitreden, String toelichting) {
        Api.Antwoord gevraagd = vrager.postJson(
                "/api/v1/zaken/" + id + "/sluitverzoek",
                "{\"sluitreden\":\"" + sluitreden + "\",\"toelichting\":\"" + toelichting + "\"}");
        assertThat(gevraagd.status()).as(gevraagd.toString()).isEqualTo(200);
        assertThat(gevraagd.json().get("status").asString()).isEqualTo("SLUITEN_TER_BEOORDELING");
        Api.Antwoord goedgekeurd = tweede.postJson("/api/v1/zaken/" + id + "/sluitverzoek/goedkeuring", "{}");
        assertThat(goedgekeurd.status()).as(goedgekeurd.toString()).isEqualTo(200);
        return zaak(id);
    }

    private JsonNode doeStap(Api als, ZaakId id, String transitie) {
        Api.Antwoord antwoord =
                stap(als, id, "{\"transitie\":\"" + transitie + "\",\"toelichting\":\"" + transitie + " gedaan\"}");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    @Test
    void aReceivedNotificationOpensOneCaseInItsSectorsDepartmentEvenWhenDeliveredTwice() {
        Instant ontvangen = Instant.parse("2025-04-17T08:00:00Z");
        MeldingOntvangen event = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GEHANDICAPTENZORG)
                .ontvangenOp(ontvangen)
                .ontvangen();
        ZaakId id = fixtures.zaakVan(event.melding());
        fixtures.publiceer(event);

        // both deliveries to case handling completed (a failed one would stay incomplete; a completed one is
        // deleted, decision 0096): the second found the case and opened none
        Publicaties.afgehandeld(jdbc, "MeldingOntvangen", event.melding());
        assertThat(Publicaties.rijen(jdbc, "MeldingOntvangen", event.melding())).isZero();
        assertThat(jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                        .param(event.melding().waarde())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        JsonNode zaak = zaak(id);
        assertThat(zaak.get("referentie").asString()).matches("Z-\\d{4}-\\d{6}");
        assertThat(zaak.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(zaak.get("afdeling").asString()).isEqualTo("GEHANDICAPTENZORG");
        assertThat(zaak.get("soort").asString()).isEqualTo("CALAMITEIT");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("TRIAGE");
        // Thursday before Easter 2025: Good Friday works, Easter Monday does not
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2025-04-23");
        assertThat(zaak.get("teLaat").asBoolean()).isTrue();
        assertThat(zaak.get("meldingen").get(0).asString())
                .isEqualTo(event.melding().toString());
        assertThat(zaak.get("tijdlijn")).hasSize(1);
        assertThat(zaak.get("tijdlijn").get(0).get("transitie").asString()).isEqualTo("OPENEN");
        assertThat(zaak.get("toegestaneTransities").get(0).asString()).isEqualTo("START_TRIAGE");
    }

    @Test
    void aCalamityReportedLaterThanThreeWorkingDaysAfterEstablishingIsMarkedAsReportedLate() {
        // established Thursday 24 April 2025; King's Day on Saturday 26th: due Tuesday 29 April
        ZaakId opTijd = fixtures.eenCalamiteit()
                .vastgesteldOp(LocalDate.of(2025, 4, 24))
                .ontvangenOp(Instant.parse("2025-04-29T15:00:00Z"))
                .opentZaak();
        ZaakId teLaat = fixtures.eenCalamiteit()
                .vastgesteldOp(LocalDate.of(2025, 4, 24))
                .ontvangenOp(Instant.parse("2025-04-30T07:00:00Z"))
                .opentZaak();
        assertThat(zaak(opTijd).get("teLaatGemeld").asBoolean()).isFalse();
        assertThat(zaak(teLaat).get("teLaatGemeld").asBoolean()).isTrue();
        assertThat(inspecteurGgz
                        .met("Accept", "text/html")
                        .get("/zaken/" + teLaat)
                        .tekst())
                .contains("Te laat gemeld");
    }

    @Test
    void aCalamityGoesThroughEveryStepOfTheFlowWithTimelineDeadlinesAndNotificationStatus() {
        Instant ontvangen = klok.zet("2026-06-09T10:00").instant();
        MeldingOntvangen event = fixtures.eenCalamiteit().ontvangenOp(ontvangen).ontvangen();
        ZaakId id = fixtures.zaakVan(event.melding());
        double voor = teller("START_TRIAGE");

        JsonNode zaak = doeStap(inspecteurGgz, id, "START_TRIAGE");
        assertThat(zaak.get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(fixtures.meldingstatus(event.melding())).isEqualTo("IN_BEHANDELING");
        assertThat(zaak.get("toegestaneTransities").toString())
                .contains("VRAAG_ONDERZOEK_AAN")
                .doesNotContain("NEEM_IN_BEOORDELING", "SLUIT");

        // asked a week after receipt: the Wkkgz 8 weeks of a calamity still run from the receipt
        klok.zet("2026-06-16T10:00");
        zaak = doeStap(inspecteurGgz, id, "VRAAG_ONDERZOEK_AAN");
        assertThat(zaak.get("status").asString()).isEqualTo("WACHT_OP_ONDERZOEK_ZORGAANBIEDER");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2026-08-04");

        klok.zet("2026-08-03T10:00");
        zaak = doeStap(inspecteurGgz, id, "ONTVANG_ONDERZOEK");
        assertThat(zaak.get("status").asString()).isEqualTo("IN_BEOORDELING");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("BEOORDELING");
        // 20 working days from Monday 3 August
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2026-08-31");

        klok.zet("2026-08-05T10:00");
        zaak = doeStap(inspecteurGgz, id, "VRAAG_AANVULLING_AAN");
        assertThat(zaak.get("status").asString()).isEqualTo("WACHT_OP_ONDERZOEK_ZORGAANBIEDER");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("AANVULLING_ZORGAANBIEDER");
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2026-09-02");

        doeStap(inspecteurGgz, id, "ONTVANG_ONDERZOEK");
        zaak = sluit(inspecteurGgz, id, "ONDERZOEK_VOLDOENDE", "Verbeterplan is goed");
        assertThat(zaak.get("status").asString()).isEqualTo("GESLOTEN");
        assertThat(zaak.get("sluitreden").asString()).isEqualTo("ONDERZOEK_VOLDOENDE");
        assertThat(zaak.get("geslotenOp").isNull()).isFalse();
        assertThat(zaak.has("termijnDatum")).isFalse();
        assertThat(zaak.get("toegestaneTransities")).isEmpty();
        assertThat(fixtures.meldingstatus(event.melding())).isEqualTo("AFGEHANDELD");

        List<String> stappen = new ArrayList<>();
        zaak.get("tijdlijn").forEach(s -> stappen.add(s.get("transitie").asString()));
        assertThat(stappen)
                .containsExactly(
                        "OPENEN",
                        "START_TRIAGE",
                        "VRAAG_ONDERZOEK_AAN",
                        "ONTVANG_ONDERZOEK",
                        "VRAAG_AANVULLING_AAN",
                        "ONTVANG_ONDERZOEK",
                        "VRAAG_SLUITEN_AAN",
                        "KEUR_SLUITEN_GOED");
        JsonNode gevraagd = zaak.get("tijdlijn").get(6);
        assertThat(gevraagd.get("door").asString()).isEqualTo("inspecteur.ggz");
        assertThat(gevraagd.get("van").asString()).isEqualTo("IN_BEOORDELING");
        assertThat(gevraagd.get("toelichting").asString()).isEqualTo("Verbeterplan is goed");
        JsonNode laatste = zaak.get("tijdlijn").get(7);
        assertThat(laatste.get("door").asString()).isEqualTo("inspecteur");
        assertThat(laatste.get("van").asString()).isEqualTo("SLUITEN_TER_BEOORDELING");
        assertThat(teller("START_TRIAGE")).isEqualTo(voor + 1);
    }

    @Test
    void aComplaintMayBeTakenIntoAssessmentDirectlyAndClosedFromThere() {
        ZaakId id = fixtures.eenKlacht().opentZaak();
        doeStap(intake, id, "START_TRIAGE");
        JsonNode zaak = doeStap(inspecteurGgz, id, "NEEM_IN_BEOORDELING");
        assertThat(zaak.get("status").asString()).isEqualTo("IN_BEOORDELING");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("BEOORDELING");
        assertThat(sluit(inspecteurGgz, id, "GEEN_VERVOLG", "")
                        .get("sluitreden")
                        .asString())
                .isEqualTo("GEEN_VERVOLG");
    }

    @Test
    void anInvestigationOfAnotherKindThanACalamityIsDueEightWeeksAfterTheDutchDateOfTheRequest() {
        klok.zet("2026-03-25T10:00");
        ZaakId id = fixtures.eenKlacht().opentZaak();
        doeStap(intake, id, "START_TRIAGE");
        // Sunday 29 March 2026, 22:30 UTC: in the Netherlands already Monday 30 March, 00:30 summer time
        klok.zet("2026-03-29T22:30:00Z");
        JsonNode zaak = doeStap(inspecteurGgz, id, "VRAAG_ONDERZOEK_AAN");
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("ONDERZOEKSRAPPORT_ZORGAANBIEDER");
        // from the request, not from the receipt (20 May); plain weeks, so Whit Monday stays the deadline
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2026-05-25");
    }

    @Test
    void aComplaintMayBeClosedFromTriageAndACalamityNotTakenIntoAssessmentWithoutInvestigation() {
        ZaakId klacht = fixtures.eenKlacht().opentZaak();
        doeStap(inspecteurGgz, klacht, "START_TRIAGE");
        assertThat(sluit(inspecteurGgz, klacht, "DOORVERWEZEN", "")
                        .get("status")
                        .asString())
                .isEqualTo("GESLOTEN");

        ZaakId calamiteit = fixtures.eenCalamiteit().opentZaak();
        doeStap(inspecteurGgz, calamiteit, "START_TRIAGE");
        Api.Antwoord geweigerd = stap(inspecteurGgz, calamiteit, "{\"transitie\":\"NEEM_IN_BEOORDELING\"}");
        assertThat(geweigerd.status()).isEqualTo(409);
        assertThat(geweigerd.json().get("detail").asString())
                .isEqualTo("'In beoordeling nemen' kan niet bij een calamiteit: vraag eerst het onderzoek van de"
                        + " zorgaanbieder aan.");
        assertThat(zaak(calamiteit).get("status").asString()).isEqualTo("IN_TRIAGE");
    }

    @Test
    void anIllegalStepIsRefusedWith409NamingStepAndStateAndNothingChanges() {
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        JsonNode voor = zaak(id);
        for (String transitie : List.of("ONTVANG_ONDERZOEK", "VRAAG_AANVULLING_AAN", "VRAAG_ONDERZOEK_AAN")) {
            Api.Antwoord antwoord = stap(inspecteurGgz, id, "{\"transitie\":\"" + transitie + "\"}");
            assertThat(antwoord.status()).as(transitie).isEqualTo(409);
            assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.json().get("detail").asString())
                    .contains("heeft status 'Ontvangen'")
                    .contains(voor.get("referentie").asString());
        }
        Api.Antwoord sluiten =
                inspecteurGgz.postJson("/api/v1/zaken/" + id + "/sluitverzoek", "{\"sluitreden\":\"GEEN_VERVOLG\"}");
        assertThat(sluiten.status()).isEqualTo(409);
        assertThat(sluiten.json().get("detail").asString())
                .isEqualTo("'Sluiten aanvragen' kan niet: zaak "
                        + voor.get("referentie").asString() + " heeft status 'Ontvangen'.");
        // closing at once is no staff step any more: four eyes (decision 0060)
        Api.Antwoord direct = stap(inspecteurGgz, id, "{\"transitie\":\"SLUIT\",\"sluitreden\":\"GEEN_VERVOLG\"}");
        assertThat(direct.status()).isEqualTo(422);
        assertThat(direct.json().get("detail").asString()).isEqualTo("Deze stap kunt u niet zelf uitvoeren.");
        JsonNode na = zaak(id);
        assertThat(na.get("versie").asLong()).isEqualTo(voor.get("versie").asLong());
        assertThat(na.get("tijdlijn")).hasSize(1);
        assertThat(na.get("status").asString()).isEqualTo("ONTVANGEN");
    }

    @Test
    void aClosedCaseRefusesEveryStep() {
        ZaakId id = fixtures.eenKlacht().opentZaak();
        doeStap(inspecteurGgz, id, "START_TRIAGE");
        sluit(inspecteurGgz, id, "GEEN_VERVOLG", "");
        for (String transitie : List.of(
                "START_TRIAGE",
                "VRAAG_ONDERZOEK_AAN",
                "NEEM_IN_BEOORDELING",
                "ONTVANG_ONDERZOEK",
                "VRAAG_AANVULLING_AAN")) {
            Api.Antwoord antwoord = stap(inspecteurGgz, id, "{\"transitie\":\"" + transitie + "\"}");
            assertThat(antwoord.status()).as(transitie).isEqualTo(409);
            assertThat(antwoord.json().get("detail").asString()).contains("'Gesloten'");
        }
    }

    @Test
    void badInputIsRefusedWithDutchProblemsAndNothingIsStored() {
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        doeStap(inspecteurGgz, id, "START_TRIAGE");
        long versie = zaak(id).get("versie").asLong();

        Api.Antwoord kapot = stap(inspecteurGgz, id, "{\"transitie\": ");
        assertThat(kapot.status()).isEqualTo(400);
        assertThat(kapot.json().get("detail").asString()).isEqualTo("De inhoud is geen geldige JSON.");

        Api.Antwoord onbekend = stap(inspecteurGgz, id, "{\"transitie\":\"VLIEGEN\"}");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("transitie");
        assertThat(onbekend.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Deze waarde is niet geldig voor dit veld.");

        Api.Antwoord ontbreekt = stap(inspecteurGgz, id, "{\"toelichting\":\"zonder stap\"}");
        assertThat(ontbreekt.status()).isEqualTo(400);
        assertThat(ontbreekt.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Kies een stap.");

        Api.Antwoord extra = stap(inspecteurGgz, id, "{\"transitie\":\"START_TRIAGE\",\"status\":\"GESLOTEN\"}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("errors").get(0).get("field").asString()).isEqualTo("status");

        Api.Antwoord verkeerdType = stap(inspecteurGgz, id, "{\"transitie\":[\"SLUIT\"]}");
        assertThat(verkeerdType.status()).isEqualTo(400);

        Api.Antwoord geenReden =
                inspecteurGgz.postJson("/api/v1/zaken/" + id + "/sluitverzoek", "{\"toelichting\":\"zonder reden\"}");
        assertThat(geenReden.status()).isEqualTo(422);
        assertThat(geenReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sluitreden");
        assertThat(geenReden.json().get("detail").asString()).isEqualTo("Kies een reden om de zaak te sluiten.");

        Api.Antwoord systeemReden =
                inspecteurGgz.postJson("/api/v1/zaken/" + id + "/sluitverzoek", "{\"sluitreden\":\"SAMENGEVOEGD\"}");
        assertThat(systeemReden.status()).isEqualTo(422);
        assertThat(systeemReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sluitreden");

        Api.Antwoord redenZonderSluiten =
                stap(inspecteurGgz, id, "{\"transitie\":\"VRAAG_ONDERZOEK_AAN\",\"sluitreden\":\"GEEN_VERVOLG\"}");
        assertThat(redenZonderSluiten.status()).isEqualTo(422);

        Api.Antwoord systeemStap = stap(inspecteurGgz, id, "{\"transitie\":\"SAMENVOEGEN\"}");
        assertThat(systeemStap.status()).isEqualTo(422);
        assertThat(systeemStap.json().get("detail").asString()).isEqualTo("Deze stap kunt u niet zelf uitvoeren.");

        Api.Antwoord teLang = stap(
                inspecteurGgz,
                id,
                "{\"transitie\":\"VRAAG_ONDERZOEK_AAN\",\"toelichting\":\"" + "x".repeat(2001) + "\"}");
        assertThat(teLang.status()).isEqualTo(400);
        assertThat(teLang.json().get("errors").get(0).get("field").asString()).isEqualTo("toelichting");

        Api.Antwoord geenJson =
                inspecteurGgz.post("/api/v1/zaken/" + id + "/statuswijzigingen", "text/plain", "SLUIT".getBytes());
        assertThat(geenJson.status()).isEqualTo(415);

        assertThat(inspecteurGgz.get("/api/v1/zaken/niet-een-uuid").status()).isEqualTo(400);
        assertThat(inspecteurGgz.get("/api/v1/zaken/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(stap(inspecteurGgz, new ZaakId(UUID.randomUUID()), "{\"transitie\":\"START_TRIAGE\"}")
                        .status())
                .isEqualTo(404);

        JsonNode na = zaak(id);
        assertThat(na.get("versie").asLong()).isEqualTo(versie);
        assertThat(na.get("status").asString()).isEqualTo("IN_TRIAGE");
    }

    @Test
    void hostileTextInAnExplanationIsStoredAsTextAndEscapedOnTheCasePage() {
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        Api.Antwoord antwoord = stap(
                inspecteurGgz, id, "{\"transitie\":\"START_TRIAGE\",\"toelichting\":\"<script>alert(1)</script>\"}");
        assertThat(antwoord.status()).isEqualTo(201);
        assertThat(antwoord.json().get("tijdlijn").get(1).get("toelichting").asString())
                .isEqualTo("<script>alert(1)</script>");
        String pagina =
                inspecteurGgz.met("Accept", "text/html").get("/zaken/" + id).tekst();
        assertThat(pagina).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void anInspectorOfAnotherDepartmentIsRefusedAndChangesNothing() {
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        Api.Antwoord lezen = inspecteurJeugd.get("/api/v1/zaken/" + id);
        // outside one's departments a case does not exist: ids cannot be probed (ASVS 8.2.2)
        assertThat(lezen.status()).isEqualTo(404);
        assertThat(lezen.json().get("detail").asString())
                .isEqualTo(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/zaken/" + UUID.randomUUID())
                        .json()
                        .get("detail")
                        .asString());
        assertThat(stap(inspecteurJeugd, id, "{\"transitie\":\"START_TRIAGE\"}").status())
                .isEqualTo(404);
        assertThat(inspecteurJeugd
                        .send(java.net.http.HttpRequest.newBuilder(
                                        Api.op(port).uri("/api/v1/zaken/" + id + "/inspecteur"))
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"inspecteur\":\"inspecteur.jeugd\"}")))
                        .status())
                .isEqualTo(404);
        assertThat(inspecteurJeugd.get("/api/v1/zaken?afdeling=GGZ").status()).isEqualTo(403);
        assertThat(inspecteurJeugd.get("/api/v1/zaken?grootte=100").tekst()).doesNotContain(id.toString());
        assertThat(inspecteurJeugd
                        .met("Accept", "text/html")
                        .get("/zaken/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.op(port).get("/api/v1/zaken/" + id).status()).isEqualTo(401);

        JsonNode zaak = zaak(id);
        assertThat(zaak.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(zaak.get("tijdlijn")).hasSize(1);
        // intake sees every department; an inspector of the department too
        assertThat(inspecteurGgz.get("/api/v1/zaken/" + id).status()).isEqualTo(200);
        assertThat(Api.op(port).als("inspecteur").get("/api/v1/zaken/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedWith409() {
        ZaakId id = fixtures.eenCalamiteit().opentZaak();
        Api.Antwoord gelezen = inspecteurGgz.get("/api/v1/zaken/" + id);
        String etag = gelezen.header("ETag");
        assertThat(etag).isEqualTo("\"" + gelezen.json().get("versie").asLong() + "\"");

        Api.Antwoord eerste = inspecteurGgz
                .met("If-Match", etag)
                .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"START_TRIAGE\"}");
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(eerste.header("ETag")).isNotEqualTo(etag);

        Api.Antwoord tweede = intake.met("If-Match", etag)
                .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"VRAAG_ONDERZOEK_AAN\"}");
        assertThat(tweede.status()).isEqualTo(409);
        assertThat(tweede.json().get("detail").asString()).contains("intussen door iemand anders gewijzigd");

        Api.Antwoord toewijzen = intake.met("If-Match", etag)
                .send(java.net.http.HttpRequest.newBuilder(Api.op(port).uri("/api/v1/zaken/" + id + "/inspecteur"))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"inspecteur.ggz\"}")));
        assertThat(toewijzen.status()).isEqualTo(409);

        Api.Antwoord onzin = intake.met("If-Match", "\"abc\"")
                .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"VRAAG_ONDERZOEK_AAN\"}");
        assertThat(onzin.status()).isEqualTo(422);

        JsonNode zaak = zaak(id);
        assertThat(zaak.get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(zaak.has("inspecteur")).isFalse();
    }

    private Api.Antwoord wijsToe(Api als, ZaakId id, String json) {
        return als.send(java.net.http.HttpRequest.newBuilder(Api.op(port).uri("/api/v1/zaken/" + id + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aCaseIsAssignedOnlyToAnInspectorOfItsDepartment() {
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();

        Api.Antwoord anders = wijsToe(intake, id, "{\"inspecteur\":\"inspecteur.jeugd\"}");
        assertThat(anders.status()).isEqualTo(422);
        assertThat(anders.json().get("errors").get(0).get("field").asString()).isEqualTo("inspecteur");
        assertThat(anders.json().get("detail").asString())
                .isEqualTo("Jeroen Bakker is geen inspecteur van de afdeling GGZ.");
        assertThat(wijsToe(intake, id, "{\"inspecteur\":\"intake\"}").status()).isEqualTo(422);
        assertThat(wijsToe(intake, id, "{\"inspecteur\":\"niemand\"}").status()).isEqualTo(422);
        assertThat(wijsToe(intake, id, "{\"inspecteur\":\"\"}").status()).isEqualTo(400);
        assertThat(wijsToe(intake, id, "{}").status()).isEqualTo(400);
        assertThat(zaak(id).has("inspecteur")).isFalse();

        Api.Antwoord toegewezen = wijsToe(intake, id, "{\"inspecteur\":\"inspecteur.ggz\"}");
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
        assertThat(toegewezen.json().get("inspecteur").asString()).isEqualTo("inspecteur.ggz");
        assertThat(toegewezen.json().get("status").asString()).isEqualTo("ONTVANGEN");
        JsonNode laatste = toegewezen.json().get("tijdlijn").get(1);
        assertThat(laatste.get("transitie").asString()).isEqualTo("TOEWIJZEN");
        assertThat(laatste.get("door").asString()).isEqualTo("intake");

        String mijn = inspecteurGgz
                .get("/api/v1/zaken?inspecteur=inspecteur.ggz&grootte=100")
                .tekst();
        assertThat(mijn).contains(id.toString());
    }

    @Test
    void intakeJoinsANotificationToAnotherCaseAndTheEmptiedCaseIsClosedAsJoined() {
        MeldingOntvangen klacht = fixtures.eenKlacht().ontvangen();
        ZaakId bron = fixtures.zaakVan(klacht.melding());
        ZaakId doel = fixtures.eenCalamiteit().opentZaak();
        doeStap(inspecteurGgz, doel, "START_TRIAGE");
        String referentieDoel = zaak(doel).get("referentie").asString();

        Api.Antwoord inspecteur = inspecteurGgz.postJson(
                "/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + klacht.melding() + "\"}");
        assertThat(inspecteur.status()).isEqualTo(403);

        Api.Antwoord samengevoegd =
                intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + klacht.melding() + "\"}");
        assertThat(samengevoegd.status()).as(samengevoegd.toString()).isEqualTo(200);
        assertThat(samengevoegd.json().get("meldingen")).hasSize(2);
        assertThat(samengevoegd.json().get("meldingen").toString())
                .contains(klacht.melding().toString());
        assertThat(fixtures.meldingstatus(klacht.melding())).isEqualTo("IN_BEHANDELING");

        JsonNode oud = zaak(bron);
        assertThat(oud.get("status").asString()).isEqualTo("GESLOTEN");
        assertThat(oud.get("sluitreden").asString()).isEqualTo("SAMENGEVOEGD");
        assertThat(oud.get("meldingen")).isEmpty();
        JsonNode laatste = oud.get("tijdlijn").get(oud.get("tijdlijn").size() - 1);
        assertThat(laatste.get("transitie").asString()).isEqualTo("SAMENVOEGEN");
        assertThat(laatste.get("toelichting").asString()).isEqualTo(referentieDoel);
        assertThat(fixtures.zaakVan(klacht.melding())).isEqualTo(doel);

        Api.Antwoord nogmaals =
                intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + klacht.melding() + "\"}");
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.json().get("detail").asString())
                .isEqualTo("Deze melding hoort al bij zaak " + referentieDoel + ".");

        Api.Antwoord naarGesloten =
                intake.postJson("/api/v1/zaken/" + bron + "/meldingen", "{\"meldingId\":\"" + klacht.melding() + "\"}");
        assertThat(naarGesloten.status()).isEqualTo(409);

        assertThat(intake.postJson(
                                "/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + UUID.randomUUID() + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"geen-uuid\"}")
                        .status())
                .isEqualTo(400);
        // neither a reference nor an id: refused on the reference's field, in Dutch
        Api.Antwoord leeg = intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{}");
        assertThat(leeg.status()).isEqualTo(422);
        assertThat(leeg.json().toString()).contains("referentie").contains("Vul het kenmerk van de melding in");
        Api.Antwoord onbekend =
                intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"referentie\":\"M-1999-999999\"}");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.json().toString()).contains("Er is geen melding met kenmerk M-1999-999999.");
        assertThat(intake.postJson("/api/v1/zaken/" + doel + "/meldingen", "{\"referentie\":\"<script>\"}")
                        .status())
                .isEqualTo(422);
        assertThat(zaak(doel).get("meldingen")).hasSize(2);
    }

    @Test
    void intakeJoinsANotificationByTheReferenceStaffQuote() {
        MeldingOntvangen klacht = fixtures.eenKlacht().ontvangen();
        ZaakId doel = fixtures.eenCalamiteit().opentZaak();

        // as typed: lower case, with spaces around
        Api.Antwoord samengevoegd = intake.postJson(
                "/api/v1/zaken/" + doel + "/meldingen",
                "{\"referentie\":\" " + klacht.referentie().toLowerCase(java.util.Locale.ROOT) + " \"}");
        assertThat(samengevoegd.status()).as(samengevoegd.toString()).isEqualTo(200);
        assertThat(samengevoegd.json().get("meldingen").toString())
                .contains(klacht.melding().toString());
        assertThat(fixtures.zaakVan(klacht.melding())).isEqualTo(doel);
    }

    @Test
    void joiningOneOfSeveralNotificationsLeavesTheOldCaseOpen() {
        MeldingOntvangen eerste = fixtures.eenCalamiteit().ontvangen();
        ZaakId bron = fixtures.zaakVan(eerste.melding());
        MeldingOntvangen tweede = fixtures.eenKlacht().ontvangen();
        ZaakId tussen = fixtures.zaakVan(tweede.melding());
        assertThat(intake.postJson(
                                "/api/v1/zaken/" + bron + "/meldingen", "{\"meldingId\":\"" + tweede.melding() + "\"}")
                        .status())
                .isEqualTo(200);
        ZaakId doel = fixtures.eenCalamiteit().opentZaak();
        assertThat(intake.postJson(
                                "/api/v1/zaken/" + doel + "/meldingen", "{\"meldingId\":\"" + tweede.melding() + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(zaak(tussen).get("status").asString()).isEqualTo("GESLOTEN");
        JsonNode oud = zaak(bron);
        assertThat(oud.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(oud.get("meldingen")).hasSize(1);
    }

    @Test
    void linkingTheNotificationToAProviderUpdatesItsCase() {
        MeldingOntvangen event = fixtures.eenCalamiteit().ontvangen();
        ZaakId id = fixtures.zaakVan(event.melding());
        ZorgaanbiederId zorgaanbieder = ZorgaanbiederId.nieuw();
        fixtures.koppel(event.melding(), zorgaanbieder);
        Zaakfixtures.wachtTot(() -> zaak(id).has("zorgaanbiederId"));
        assertThat(zaak(id).get("zorgaanbiederId").asString()).isEqualTo(zorgaanbieder.toString());
    }

    @Test
    void listsAreFilteredAndKeysetPagedInDeadlineOrder() {
        // a sector and kind of our own, so other tests' cases stay out of the counts
        Zorgsector sector = Zorgsector.PREVENTIE;
        // a Wednesday: the five receipts get five different triage deadlines (around a weekend or a holiday
        // "yesterday" and "today" share one, and the order of those two is not the deadline's)
        Instant nu = klok.zet("2026-06-10T10:00").instant();
        List<ZaakId> ids = new ArrayList<>();
        for (int dagen : new int[] {40, 30, 20, 1, 0}) {
            ids.add(fixtures.eenMelding()
                    .vanSoort(Meldingsoort.GENEESMIDDELENTEKORT)
                    .inSector(sector)
                    .ontvangenOp(nu.minus(dagen, ChronoUnit.DAYS))
                    .opentZaak());
        }
        String filter = "/api/v1/zaken?afdeling=PREVENTIE&soort=GENEESMIDDELENTEKORT&sector=PREVENTIE&status=ONTVANGEN";
        List<String> gezien = new ArrayList<>();
        String volgende = null;
        String vorigeVanLaatste = null;
        do {
            JsonNode pagina = intake.get(filter + "&grootte=2" + (volgende == null ? "" : "&na=" + volgende))
                    .json();
            pagina.get("items").forEach(z -> gezien.add(z.get("id").asString()));
            vorigeVanLaatste = pagina.has("vorige") ? pagina.get("vorige").asString() : null;
            volgende = pagina.has("volgende") ? pagina.get("volgende").asString() : null;
        } while (volgende != null && gezien.size() < 50);
        List<String> onze = gezien.stream()
                .filter(g -> ids.stream().anyMatch(i -> i.toString().equals(g)))
                .toList();
        assertThat(onze)
                .containsExactlyElementsOf(ids.stream().map(ZaakId::toString).toList());

        JsonNode terug =
                intake.get(filter + "&grootte=2&voor=" + vorigeVanLaatste).json();
        assertThat(terug.get("items")).hasSize(2);
        assertThat(terug.has("volgende")).isTrue();

        JsonNode teLaat = intake.get(filter + "&teLaat=true&grootte=100").json();
        List<String> laat = new ArrayList<>();
        teLaat.get("items").forEach(z -> {
            assertThat(z.get("teLaat").asBoolean()).isTrue();
            assertThat(LocalDate.parse(z.get("termijnDatum").asString())).isBefore(termijnen.vandaag());
            laat.add(z.get("id").asString());
        });
        assertThat(laat)
                .contains(
                        ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString())
                .doesNotContain(ids.get(4).toString());

        JsonNode binnenkort =
                intake.get(filter + "&termijnBinnenDagen=7&grootte=100").json();
        List<String> snel = new ArrayList<>();
        binnenkort.get("items").forEach(z -> snel.add(z.get("id").asString()));
        assertThat(snel)
                .contains(ids.get(4).toString())
                .doesNotContain(ids.get(0).toString());

        assertThat(intake.get("/api/v1/zaken?status=VLIEGEN").status()).isEqualTo(400);
        assertThat(intake.get("/api/v1/zaken?grootte=0").status()).isEqualTo(422);
        assertThat(intake.get("/api/v1/zaken?termijnBinnenDagen=-1").status()).isEqualTo(422);
        assertThat(intake.get("/api/v1/zaken?na=kapot").status()).isEqualTo(422);
    }

    @Test
    void closedCasesAreListedOnlyWhenAskedFor() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.NETWERKZORG).opentZaak();
        doeStap(intake, id, "START_TRIAGE");
        sluit(intake, Api.op(port).als("inspecteur.netwerkzorg"), id, "GEEN_VERVOLG", "");
        assertThat(intake.get("/api/v1/zaken?afdeling=NETWERKZORG&grootte=100").tekst())
                .doesNotContain(id.toString());
        List<String> gesloten = new ArrayList<>();
        String volgende = null;
        do {
            JsonNode pagina = intake.get("/api/v1/zaken?afdeling=NETWERKZORG&status=GESLOTEN&grootte=100"
                            + (volgende == null ? "" : "&na=" + volgende))
                    .json();
            pagina.get("items").forEach(z -> gesloten.add(z.get("id").asString()));
            volgende = pagina.has("volgende") ? pagina.get("volgende").asString() : null;
        } while (volgende != null);
        assertThat(gesloten).contains(id.toString());
    }

    private double teller(String transitie) {
        String metrics = Api.op(managementPort).get("/actuator/prometheus").tekst();
        return metrics.lines()
                .filter(l -> l.startsWith("toezicht_zaken_statuswijzigingen_total{")
                        && l.contains("transitie=\"" + transitie + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }
}
