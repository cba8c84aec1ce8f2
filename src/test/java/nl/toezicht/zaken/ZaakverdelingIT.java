package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sharing out the work (issue 13 items 7 and 8) over HTTP: bulk actions from the work queue (each case through its
 * single-case step, refusals per case, a retried batch doing nothing twice, bad input as problem+json), moving a case
 * to another department, and splitting a notification off a case by its reference. Every test works on cases it
 * made itself.
 */
@IntegratieTest
class ZaakverdelingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Zaakfixtures fixtures;
    Api intake;
    Api ggz;
    Api analist;
    Api jurist;

    @BeforeEach
    void setUp() {
        fixtures = Zaakfixtures.uit(context);
        intake = Api.op(port).als("intake");
        ggz = Api.op(port).als("inspecteur.ggz");
        analist = Api.op(port).als("analist");
        jurist = Api.op(port).als("jurist");
    }

    private JsonNode zaak(ZaakId id) {
        return intake.get("/api/v1/zaken/" + id).json();
    }

    private List<String> tijdlijn(ZaakId id) {
        List<String> stappen = new ArrayList<>();
        zaak(id).get("tijdlijn").forEach(s -> stappen.add(s.get("transitie").asString()));
        return stappen;
    }

    /** A field the JSON leaves out when it has no value. */
    private static boolean leeg(JsonNode node, String veld) {
        return node.get(veld) == null || node.get(veld).isNull();
    }

    private long aantal(ZaakId id, String transitie) {
        return tijdlijn(id).stream().filter(transitie::equals).count();
    }

    private static String bulk(String sleutel, String actie, List<ZaakId> zaken, String extra) {
        return "{\"sleutel\":\"" + sleutel + "\",\"actie\":\"" + actie + "\",\"zaken\":["
                + zaken.stream().map(z -> "\"" + z + "\"").collect(Collectors.joining(",")) + "]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private long gelogd(String gebruiker, String handeling, boolean toegestaan, ZaakId zaak) {
        return jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = ? and handeling = ?"
                        + " and toegestaan = ? and objecten_json @> ?::jsonb")
                .params(gebruiker, handeling, toegestaan, "[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]")
                .query(Long.class)
                .single();
    }

    // --- bulk actions ---

    @Test
    void threeCasesAreAssignedEachWithOneTimelineEntryAndARetryDoesNothingTwice() {
        List<ZaakId> zaken = List.of(
                fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak(),
                fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak(),
                fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak());
        String sleutel = UUID.randomUUID().toString();
        String verzoek = bulk(sleutel, "TOEWIJZEN", zaken, "\"inspecteur\":\"inspecteur.ggz\"");

        Api.Antwoord eerste = intake.postJson("/api/v1/zaken/bulk", verzoek);
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(200);
        assertThat(eerste.json().get("uitgevoerd").asLong()).isEqualTo(3);
        assertThat(eerste.json().get("geweigerd").asLong()).isZero();
        for (int i = 0; i < 3; i++) {
            JsonNode regel = eerste.json().get("zaken").get(i);
            assertThat(regel.get("zaak").asString()).isEqualTo(zaken.get(i).toString());
            assertThat(regel.get("referentie").asString())
                    .isEqualTo(zaak(zaken.get(i)).get("referentie").asString());
            assertThat(regel.get("afloop").asString()).isEqualTo("UITGEVOERD");
        }
        for (ZaakId id : zaken) {
            assertThat(zaak(id).get("inspecteur").asString()).isEqualTo("inspecteur.ggz");
            assertThat(aantal(id, "TOEWIJZEN")).isEqualTo(1);
            // logged as the single-case step is: a change of the case by whoever did it
            assertThat(gelogd("intake", "WIJZIGEN", true, id)).isEqualTo(1);
        }

        // the same batch again (a double submit, a lost answer): nothing is done twice
        Api.Antwoord nogmaals = intake.postJson("/api/v1/zaken/bulk", verzoek);
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(nogmaals.json().get("alUitgevoerd").asLong()).isEqualTo(3);
        assertThat(nogmaals.json().get("uitgevoerd").asLong()).isZero();
        // the key as a header does the same
        Api.Antwoord metKop = intake.met("Idempotency-Key", sleutel)
                .postJson("/api/v1/zaken/bulk", bulk("", "TOEWIJZEN", zaken, "\"inspecteur\":\"inspecteur.ggz\""));
        assertThat(metKop.json().get("alUitgevoerd").asLong())
                .as(metKop.toString())
                .isEqualTo(3);
        for (ZaakId id : zaken) {
            assertThat(aantal(id, "TOEWIJZEN")).isEqualTo(1);
        }
    }

    @Test
    void aBatchKeyIsForgottenAfterADaySoTheTableDoesNotGrowForever() {
        ZaakId zaak = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        String sleutel = UUID.randomUUID().toString();
        Api.Antwoord gedaan = intake.postJson(
                "/api/v1/zaken/bulk", bulk(sleutel, "NOTEREN", List.of(zaak), "\"tekst\":\"Opruimtest\""));
        assertThat(gedaan.json().get("uitgevoerd").asLong())
                .as(gedaan.toString())
                .isEqualTo(1);
        java.time.Instant op = jdbc.sql("select op from zaken.bulkactie_zaak where sleutel = ?")
                .param(sleutel)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        Bulkbewerking bulk = context.getBean(Bulkbewerking.class);

        // within the day the key stays: a retry finds it
        bulk.vergeetOuderDan(op);
        assertThat(sleutels(sleutel)).isEqualTo(1);
        // the hourly task's cut-off a day later takes it
        bulk.vergeetOuderDan(op.plus(BulksleutelsOpruimen.BEWAARTERMIJN).plusSeconds(1));
        assertThat(sleutels(sleutel)).isZero();
        // and the task is scheduled
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'zaken-bulksleutels-opruimen'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long sleutels(String sleutel) {
        return jdbc.sql("select count(*) from zaken.bulkactie_zaak where sleutel = ?")
                .param(sleutel)
                .query(Long.class)
                .single();
    }

    @Test
    void casesTheUserMayNotActOnAreRefusedOneByOneInDutchAndTheOthersAreDone() {
        ZaakId eigen = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        ZaakId jeugd = fixtures.eenKlacht().inSector(Zorgsector.JEUGD).opentZaak();
        UUID bestaatNiet = UUID.randomUUID();
        String verzoek = "{\"sleutel\":\"" + UUID.randomUUID() + "\",\"actie\":\"NOTEREN\",\"tekst\":\"Zelfde"
                + " zorgaanbieder, samen oppakken.\",\"zaken\":[\"" + eigen + "\",\"" + jeugd + "\",\"" + bestaatNiet
                + "\"]}";

        Api.Antwoord antwoord = ggz.postJson("/api/v1/zaken/bulk", verzoek);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        JsonNode regels = antwoord.json().get("zaken");
        assertThat(regels.get(0).get("afloop").asString()).isEqualTo("UITGEVOERD");
        // outside need-to-know and not existing read the same: no reference, the same words
        for (int i = 1; i <= 2; i++) {
            assertThat(regels.get(i).get("afloop").asString()).isEqualTo("GEWEIGERD");
            assertThat(leeg(regels.get(i), "referentie")).isTrue();
            assertThat(regels.get(i).get("reden").asString())
                    .isEqualTo("Deze zaak bestaat niet of u mag haar niet bewerken.");
        }
        assertThat(aantal(eigen, "NOTEREN")).isEqualTo(1);
        assertThat(aantal(jeugd, "NOTEREN")).isZero();
        assertThat(gelogd("inspecteur.ggz", "WIJZIGEN", false, jeugd)).isEqualTo(1);

        // a refusal by the case's rules names the case and why
        ZaakId ggzZaak = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        Api.Antwoord andereAfdeling = intake.postJson(
                "/api/v1/zaken/bulk",
                bulk(
                        UUID.randomUUID().toString(),
                        "TOEWIJZEN",
                        List.of(ggzZaak),
                        "\"inspecteur\":\"inspecteur.jeugd\""));
        JsonNode geweigerd = andereAfdeling.json().get("zaken").get(0);
        assertThat(geweigerd.get("afloop").asString()).isEqualTo("GEWEIGERD");
        assertThat(geweigerd.get("referentie").asString())
                .isEqualTo(zaak(ggzZaak).get("referentie").asString());
        assertThat(geweigerd.get("reden").asString()).contains("is geen inspecteur van de afdeling");
        assertThat(leeg(zaak(ggzZaak), "inspecteur")).isTrue();
    }

    @Test
    void aRoleWithoutTheActionsRightIsRefusedTheWholeBatch() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        Api.Antwoord antwoord = analist.postJson(
                "/api/v1/zaken/bulk", bulk(UUID.randomUUID().toString(), "NOTEREN", List.of(id), "\"tekst\":\"x\""));
        assertThat(antwoord.status()).isEqualTo(403);
        Api.Antwoord overdragen = jurist.postJson(
                "/api/v1/zaken/bulk",
                bulk(UUID.randomUUID().toString(), "OVERDRAGEN", List.of(id), "\"afdeling\":\"JEUGD\""));
        assertThat(overdragen.status()).isEqualTo(403);
        assertThat(tijdlijn(id)).containsExactly("OPENEN");
    }

    @Test
    void badBatchesAreRefusedAsProblemsInDutchOnTheirFieldAndChangeNothing() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();

        Api.Antwoord leeg = intake.postJson(
                "/api/v1/zaken/bulk", bulk(UUID.randomUUID().toString(), "NOTEREN", List.of(), "\"tekst\":\"x\""));
        assertThat(leeg.status()).isEqualTo(422);
        assertThat(leeg.header("Content-Type")).startsWith("application/problem+json");
        assertThat(leeg.json().get("errors").get(0).get("field").asString()).isEqualTo("zaken");
        assertThat(leeg.json().get("detail").asString()).isEqualTo("Kies ten minste één zaak.");

        Api.Antwoord onbekend =
                intake.postJson("/api/v1/zaken/bulk", bulk(UUID.randomUUID().toString(), "SLOPEN", List.of(id), ""));
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("actie");
        assertThat(onbekend.json().get("detail").asString()).startsWith("Kies een actie");

        List<ZaakId> teVeel = IntStream.range(0, 501)
                .mapToObj(i -> new ZaakId(UUID.randomUUID()))
                .toList();
        Api.Antwoord groot = intake.postJson(
                "/api/v1/zaken/bulk", bulk(UUID.randomUUID().toString(), "NOTEREN", teVeel, "\"tekst\":\"x\""));
        assertThat(groot.status()).isEqualTo(422);
        assertThat(groot.json().get("errors").get(0).get("field").asString()).isEqualTo("zaken");
        assertThat(groot.json().get("detail").asString())
                .isEqualTo("U koos 501 zaken; ten hoogste 500 zaken kunnen tegelijk worden bewerkt.");

        Api.Antwoord zonderSleutel =
                intake.postJson("/api/v1/zaken/bulk", bulk("", "NOTEREN", List.of(id), "\"tekst\":\"x\""));
        assertThat(zonderSleutel.status()).isEqualTo(422);
        assertThat(zonderSleutel.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sleutel");

        Api.Antwoord zonderTekst =
                intake.postJson("/api/v1/zaken/bulk", bulk(UUID.randomUUID().toString(), "NOTEREN", List.of(id), ""));
        assertThat(zonderTekst.status()).isEqualTo(422);
        assertThat(zonderTekst.json().get("errors").get(0).get("field").asString())
                .isEqualTo("tekst");

        assertThat(tijdlijn(id)).containsExactly("OPENEN");
    }

    @Test
    void aCaseMovedToAnotherDepartmentLeavesTheInspectorAndTheDepartmentsReach() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        intake.send(HttpRequest.newBuilder(intake.uri("/api/v1/zaken/" + id + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"inspecteur\":\"inspecteur.ggz\"}", StandardCharsets.UTF_8)));
        assertThat(ggz.get("/api/v1/zaken/" + id).status()).isEqualTo(200);

        Api.Antwoord bulk = intake.postJson(
                "/api/v1/zaken/bulk",
                bulk(UUID.randomUUID().toString(), "OVERDRAGEN", List.of(id), "\"afdeling\":\"JEUGD\""));
        assertThat(bulk.json().get("uitgevoerd").asLong()).as(bulk.toString()).isEqualTo(1);

        JsonNode zaak = zaak(id);
        assertThat(zaak.get("afdeling").asString()).isEqualTo("JEUGD");
        assertThat(zaak.get("sector").asString()).isEqualTo("GGZ");
        assertThat(leeg(zaak, "inspecteur")).isTrue();
        assertThat(aantal(id, "OVERDRAGEN")).isEqualTo(1);
        // the clock answers to the new department
        assertThat(jdbc.sql(
                                "select afdeling from termijnen.klok where id = (select klok_id from zaken.zaak where id = ?)")
                        .param(id.waarde())
                        .query(String.class)
                        .single())
                .isEqualTo("JEUGD");
        assertThat(ggz.get("/api/v1/zaken/" + id).status()).isEqualTo(404);

        // one at a time too, and not to where it is
        Api.Antwoord zelfde = intake.send(HttpRequest.newBuilder(intake.uri("/api/v1/zaken/" + id + "/afdeling"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"afdeling\":\"JEUGD\"}", StandardCharsets.UTF_8)));
        assertThat(zelfde.status()).isEqualTo(422);
        assertThat(zelfde.json().get("errors").get(0).get("field").asString()).isEqualTo("afdeling");
        assertThat(aantal(id, "OVERDRAGEN")).isEqualTo(1);
    }

    // --- splitting a notification off ---

    /** Two notifications joined into one case (as intake merges them): the first's case holds both. */
    private record Samengevoegd(ZaakId zaak, MeldingOntvangen eerste, MeldingOntvangen tweede) {}

    private Samengevoegd samengevoegd(Zorgsector sector) {
        MeldingOntvangen eerste = fixtures.eenKlacht().inSector(sector).ontvangen();
        MeldingOntvangen tweede = fixtures.eenKlacht().inSector(sector).ontvangen();
        ZaakId zaak = fixtures.zaakVan(eerste.melding());
        fixtures.zaakVan(tweede.melding());
        Api.Antwoord samen =
                intake.postJson("/api/v1/zaken/" + zaak + "/meldingen", "{\"meldingId\":\"" + tweede.melding() + "\"}");
        assertThat(samen.status()).as(samen.toString()).isEqualTo(200);
        return new Samengevoegd(zaak, eerste, tweede);
    }

    private Api.Antwoord splits(Api als, ZaakId zaak, String melding, String doel, String reden) {
        return als.postJson(
                "/api/v1/zaken/" + zaak + "/afsplitsingen",
                "{\"melding\":\"" + melding + "\"" + (doel == null ? "" : ",\"doel\":\"" + doel + "\"")
                        + ",\"reden\":\"" + reden + "\"}");
    }

    private long koppelingen(MeldingOntvangen melding) {
        return jdbc.sql("select count(*) from zaken.zaak_melding_telgegevens where melding_id = ?")
                .param(melding.melding().waarde())
                .query(Long.class)
                .single();
    }

    @Test
    void intakeSplitsANotificationOffToANewCaseOfItsOwnOpenedAsOnReceipt() {
        Samengevoegd s = samengevoegd(Zorgsector.GGZ);

        Api.Antwoord antwoord =
                splits(intake, s.zaak(), s.tweede().referentie().toLowerCase(), null, "Andere locatie, ander voorval.");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("nieuweZaak").asBoolean()).isTrue();
        ZaakId nieuw =
                new ZaakId(UUID.fromString(antwoord.json().get("doel").get("id").asString()));
        String nieuweReferentie = antwoord.json().get("doel").get("referentie").asString();
        assertThat(nieuweReferentie).startsWith("Z-");

        JsonNode bron = zaak(s.zaak());
        assertThat(bron.get("meldingen")).hasSize(1);
        assertThat(bron.get("meldingen").get(0).asString())
                .isEqualTo(s.eerste().melding().toString());
        assertThat(bron.get("status").asString()).isEqualTo("ONTVANGEN");
        JsonNode laatste = bron.get("tijdlijn").get(bron.get("tijdlijn").size() - 1);
        assertThat(laatste.get("transitie").asString()).isEqualTo("AFSPLITSEN");
        assertThat(laatste.get("door").asString()).isEqualTo("intake");
        assertThat(laatste.get("toelichting").asString())
                .isEqualTo(s.tweede().referentie() + " → " + nieuweReferentie + ": Andere locatie, ander voorval.");

        JsonNode doel = zaak(nieuw);
        assertThat(doel.get("meldingen").get(0).asString())
                .isEqualTo(s.tweede().melding().toString());
        assertThat(doel.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(doel.get("afdeling").asString()).isEqualTo("GGZ");
        // the triage clock of a received notification, from its receipt
        assertThat(doel.get("termijnSoort").asString()).isEqualTo("TRIAGE");
        assertThat(doel.get("termijnDatum").asString())
                .isEqualTo(zaak(s.zaak()).get("termijnDatum").asString());
        assertThat(tijdlijn(nieuw)).containsExactly("OPENEN", "AFSPLITSEN");
        // the notification counts once, in its new case
        assertThat(koppelingen(s.tweede())).isEqualTo(1);
        assertThat(jdbc.sql("select zaak_id from zaken.zaak_melding_telgegevens where melding_id = ?")
                        .param(s.tweede().melding().waarde())
                        .query(UUID.class)
                        .single())
                .isEqualTo(nieuw.waarde());
        assertThat(gelogd("intake", "AANMAKEN", true, nieuw)).isEqualTo(1);
    }

    @Test
    void aNotificationIsSplitOffToAnotherOpenCaseByItsReference() {
        Samengevoegd s = samengevoegd(Zorgsector.GGZ);
        ZaakId ander = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        String andereReferentie = zaak(ander).get("referentie").asString();

        Api.Antwoord antwoord =
                splits(intake, s.zaak(), s.tweede().referentie(), andereReferentie, "Hoort bij die zaak.");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("nieuweZaak").asBoolean()).isFalse();
        assertThat(antwoord.json().get("doel").get("id").asString()).isEqualTo(ander.toString());
        assertThat(zaak(ander).get("meldingen")).hasSize(2);
        assertThat(zaak(s.zaak()).get("meldingen")).hasSize(1);
        assertThat(tijdlijn(ander)).endsWith("AFSPLITSEN");
        assertThat(tijdlijn(s.zaak())).endsWith("AFSPLITSEN");
        assertThat(koppelingen(s.tweede())).isEqualTo(1);
    }

    @Test
    void splittingIsRefusedInDutchForWhatCannotBeSplitAndChangesNothing() {
        Samengevoegd s = samengevoegd(Zorgsector.GGZ);
        MeldingOntvangen elders = fixtures.eenKlacht().inSector(Zorgsector.GGZ).ontvangen();
        ZaakId eldersZaak = fixtures.zaakVan(elders.melding());
        String eldersReferentie = zaak(eldersZaak).get("referentie").asString();
        List<String> voor = tijdlijn(s.zaak());

        Api.Antwoord onbekend = splits(intake, s.zaak(), "M-1900-999999", null, "Reden");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.header("Content-Type")).startsWith("application/problem+json");
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("melding");
        assertThat(onbekend.json().get("detail").asString()).isEqualTo("Er is geen melding met kenmerk M-1900-999999.");

        Api.Antwoord nietHier = splits(intake, s.zaak(), elders.referentie(), null, "Reden");
        assertThat(nietHier.status()).isEqualTo(422);
        assertThat(nietHier.json().get("detail").asString()).contains("hoort niet bij zaak");

        // the case with one notification left keeps it
        Api.Antwoord laatste = splits(intake, eldersZaak, elders.referentie(), null, "Reden");
        assertThat(laatste.status()).isEqualTo(422);
        assertThat(laatste.json().get("detail").asString())
                .startsWith("Melding " + elders.referentie() + " is de laatste melding van zaak " + eldersReferentie);

        Api.Antwoord zonderReden = splits(intake, s.zaak(), s.tweede().referentie(), null, " ");
        assertThat(zonderReden.status()).isEqualTo(422);
        assertThat(zonderReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reden");

        Api.Antwoord onbekendDoel = splits(intake, s.zaak(), s.tweede().referentie(), "Z-1900-999999", "Reden");
        assertThat(onbekendDoel.status()).isEqualTo(422);
        assertThat(onbekendDoel.json().get("errors").get(0).get("field").asString())
                .isEqualTo("doel");

        // an inspector of the department, but not of this case: a conflict with who handles it
        Api.Antwoord nietDeZijne = splits(ggz, s.zaak(), s.tweede().referentie(), null, "Reden");
        assertThat(nietDeZijne.status()).isEqualTo(409);
        assertThat(nietDeZijne.json().get("detail").asString()).contains("is niet aan u toegewezen");

        assertThat(tijdlijn(s.zaak())).isEqualTo(voor);
        assertThat(zaak(s.zaak()).get("meldingen")).hasSize(2);
        assertThat(koppelingen(s.tweede())).isEqualTo(1);
    }

    @Test
    void theCasesOwnInspectorSplitsANotificationOff() {
        Samengevoegd s = samengevoegd(Zorgsector.GGZ);
        intake.send(HttpRequest.newBuilder(intake.uri("/api/v1/zaken/" + s.zaak() + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"inspecteur\":\"inspecteur.ggz\"}", StandardCharsets.UTF_8)));

        Api.Antwoord antwoord = splits(ggz, s.zaak(), s.tweede().referentie(), null, "Niet hetzelfde voorval.");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(zaak(s.zaak()).get("meldingen")).hasSize(1);
    }
}
