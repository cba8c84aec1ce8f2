package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/** The privacy officer's pages: search, paging, export, break-the-glass review, chain, right of access. */
@IntegratieTest
class PrivacyPaginaIT {

    static final String BSN = "111222333";

    @LocalServerPort
    int port;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Patientgegevens patientgegevens;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void niemand() {
        SecurityContextHolder.clearContext();
    }

    private void als(String gebruiker) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(gebruiker, "x", "ROLE_X"));
    }

    @Test
    void onlyThePrivacyOfficerReachesThePages() {
        for (String pad : new String[] {
            "/privacy/toegangslog",
            "/privacy/doorbrekingen",
            "/privacy/keten",
            "/privacy/inzage",
            "/privacy/toegangslog/export.csv"
        }) {
            for (String gebruiker :
                    new String[] {"inspecteur", "intake", "beheerder", "jurist", "analist", "zorgaanbieder"}) {
                assertThat(Api.op(port).als(gebruiker).get(pad).status())
                        .as(gebruiker + " " + pad)
                        .isEqualTo(403);
            }
            assertThat(Api.op(port).get(pad).status()).as("anonymous " + pad).isIn(302, 401);
            assertThat(Api.op(port).als("privacy").get(pad).status())
                    .as("privacy " + pad)
                    .isEqualTo(200);
        }
    }

    @Test
    void searchingByBsnFindsThePatientsEntriesShowsOnlyThePseudonymAndIsItselfLogged() {
        UUID melding = UUID.randomUUID();
        als("inspecteur");
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.melding(melding, patientgegevens.pseudoniem(BSN)));
        long zoekenVoor = aantal("ZOEKEN", "privacy");

        Sessie sessie = Sessie.op(port).als("privacy");
        sessie.get("/privacy/toegangslog");
        Api.Antwoord antwoord = sessie.post("/privacy/toegangslog", Map.of("patient", BSN));

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.tekst())
                .contains(melding.toString())
                .contains(patientgegevens.pseudoniem(BSN))
                .doesNotContain(BSN);
        assertThat(aantal("ZOEKEN", "privacy")).isEqualTo(zoekenVoor + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from logboek.toegangslog where gebruiker = 'privacy' and handeling = 'ZOEKEN' "
                                + "and objecten_json @> ?::jsonb",
                        Long.class,
                        "[{\"type\":\"TOEGANGSLOG\",\"patient\":\"" + patientgegevens.pseudoniem(BSN) + "\"}]"))
                .isPositive();
    }

    @Test
    void aBsnIsRefusedInAnAddressAndAWrongOneOnTheForm() {
        Api.Antwoord inUrl = Api.op(port).als("privacy").get("/privacy/toegangslog?patient=" + BSN);
        assertThat(inUrl.tekst()).contains("alleen via het formulier").doesNotContain("Resultaten");

        Sessie sessie = Sessie.op(port).als("privacy");
        sessie.get("/privacy/toegangslog");
        assertThat(sessie.post("/privacy/toegangslog", Map.of("patient", "111222334"))
                        .tekst())
                .contains("elfproef");
        assertThat(sessie.post("/privacy/toegangslog", Map.of("van", "gisteren"))
                        .tekst())
                .contains("jjjj-mm-dd");
        assertThat(sessie.post("/privacy/toegangslog", Map.of("van", "2026-12-02", "tot", "2026-12-01"))
                        .tekst())
                .contains("einddatum ligt voor de begindatum");
    }

    @Test
    void searchIsKeysetPagedNewestFirstWithoutOverlap() {
        String type = "PAGINATEST" + ThreadLocalRandom.current().nextInt(1_000_000);
        als("jurist");
        for (int i = 0; i < 60; i++) {
            toegangslog.toegestaan(Handeling.INZIEN, Logobject.van(type, "obj-" + i + "-"));
        }
        Api api = Api.op(port).als("privacy");
        String eerste =
                api.get("/privacy/toegangslog?zoeken=1&objectType=" + type).tekst();
        assertThat(tel(eerste, "obj-")).isEqualTo(50);
        assertThat(eerste).contains("obj-59-").doesNotContain("obj-9-");
        Matcher volgende = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(eerste);
        assertThat(volgende.find()).isTrue();

        String tweede = api.get(volgende.group(1).replace("&amp;", "&")).tekst();
        assertThat(tel(tweede, "obj-")).isEqualTo(10);
        assertThat(tweede)
                .contains("obj-0-")
                .contains("obj-9-")
                .doesNotContain("obj-10-")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void theExportIsCsvOfEveryMatchingEntryAndIsLogged() {
        String type = "EXPORTTEST" + ThreadLocalRandom.current().nextInt(1_000_000);
        als("intake");
        for (int i = 0; i < 70; i++) {
            toegangslog.toegestaan(Handeling.ZOEKEN, Logobject.van(type, "e" + i));
        }
        long exportsVoor = aantal("EXPORTEREN", "privacy");

        Api.Antwoord csv = Api.op(port).als("privacy").get("/privacy/toegangslog/export.csv?objectType=" + type);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        // a byte-order mark and semicolons: Excel with Dutch settings opens it in columns
        assertThat(csv.tekst()).startsWith("\uFEFF");
        String[] regels = csv.tekst().substring(1).strip().split("\r\n");
        assertThat(regels[0]).startsWith("volgnummer;id;handeling;tijdstip;uitkomst;gebruiker");
        assertThat(regels).hasSize(71);
        assertThat(regels[1])
                .contains("ZOEKEN")
                .contains("toegestaan")
                .contains("intake")
                .contains(type + ":e69");
        // Dutch local time as on the pages, not UTC with fractions of a second
        assertThat(regels[1])
                .containsPattern("[,;]\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2}[,;]")
                .doesNotContainPattern("T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(aantal("EXPORTEREN", "privacy")).isEqualTo(exportsVoor + 1);
    }

    @Test
    void theReviewListShowsBreakTheGlassWithItsReason() {
        String reden = "Spoedvraag van de officier van justitie " + UUID.randomUUID();
        als("inspecteur.ggz");
        toegangslog.leg(Handeling.DOORBREKEN, true, reden, java.util.List.of(Logobject.zaak(UUID.randomUUID())));
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.van("NIETDOORBREKEN", "x"));

        String pagina =
                Api.op(port).als("privacy").get("/privacy/doorbrekingen").tekst();
        assertThat(pagina).contains(reden).contains("Nog niet beoordeeld").doesNotContain("NIETDOORBREKEN");
    }

    @Test
    void theChainPageVerifiesTheWholeLog() {
        Sessie sessie = Sessie.op(port).als("privacy");
        sessie.get("/privacy/keten");
        Api.Antwoord uitslag = sessie.post("/privacy/keten", Map.of());
        assertThat(uitslag.status()).isEqualTo(200);
        assertThat(uitslag.tekst()).contains("De keten is heel");
    }

    @Test
    void theRightOfAccessGivesTheRecordsAndWhoAccessedThemAsOneExport() throws Exception {
        String pseudoniem = patientgegevens.pseudoniem(TestPatientgegevensbron.BSN);
        UUID melding = UUID.randomUUID();
        als("inspecteur.ggz");
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.melding(melding, pseudoniem));

        Sessie sessie = Sessie.op(port).als("privacy");
        sessie.get("/privacy/inzage");
        String pagina = sessie.post("/privacy/inzage", Map.of("patient", TestPatientgegevensbron.BSN))
                .tekst();
        assertThat(pagina)
                .contains("Testbron")
                .contains("testgegeven over de pati")
                .contains(melding.toString())
                .contains(pseudoniem)
                .doesNotContain(TestPatientgegevensbron.BSN);

        Api.Antwoord export = sessie.post("/privacy/inzage/export", Map.of("pseudoniem", pseudoniem));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonNode json = export.json();
        assertThat(json.get("patientPseudoniem").asString()).isEqualTo(pseudoniem);
        // every module that holds patient data contributes (here the test's source and the notifications)
        List<String> bronnen = new java.util.ArrayList<>();
        json.get("gegevens").forEach(b -> bronnen.add(b.get("bron").asString()));
        assertThat(bronnen).contains("Testbron", "Meldingen");
        assertThat(json.toString()).contains(melding.toString()).contains("inspecteur.ggz");
        // the staff member's access point stays out of what the patient gets
        assertThat(json.get("toegangslog").get(0).has("ip")).isFalse();
        // viewing and exporting are themselves entries on this patient
        assertThat(jdbc.queryForObject(
                        "select count(*) from logboek.toegangslog where gebruiker = 'privacy' "
                                + "and handeling in ('INZIEN', 'EXPORTEREN') and objecten_json @> ?::jsonb",
                        Long.class,
                        "[{\"type\":\"PATIENT\",\"patient\":\"" + pseudoniem + "\"}]"))
                .isGreaterThanOrEqualTo(2);

        assertThat(sessie.post("/privacy/inzage", Map.of("patient", "12345")).tekst())
                .contains("BSN (9 cijfers) of een pseudoniem");
    }

    @Test
    void theRightOfAccessLeavesOutOtherPatientsObjectsOfTheSameEntry() {
        String pseudoniem = patientgegevens.pseudoniem(TestPatientgegevensbron.BSN);
        String ander = patientgegevens.pseudoniem(BSN);
        UUID eigen = UUID.randomUUID();
        UUID vanAnder = UUID.randomUUID();
        als("inspecteur.ggz");
        // one search showed both notifications: one entry naming both patients
        toegangslog.toegestaan(
                Handeling.ZOEKEN, Logobject.melding(eigen, pseudoniem), Logobject.melding(vanAnder, ander));

        Sessie sessie = Sessie.op(port).als("privacy");
        sessie.get("/privacy/inzage");
        String pagina = sessie.post("/privacy/inzage", Map.of("patient", TestPatientgegevensbron.BSN))
                .tekst();
        assertThat(pagina).contains(eigen.toString()).doesNotContain(vanAnder.toString(), ander);
        Api.Antwoord export = sessie.post("/privacy/inzage/export", Map.of("pseudoniem", pseudoniem));
        assertThat(export.tekst()).contains(eigen.toString()).doesNotContain(vanAnder.toString(), ander);
    }

    @Test
    void aBreakTheGlassReviewIsRecordedOnceWithAnExplanationWhenUnjustified() {
        String reden = "Vraag van de afdeling Jeugd " + UUID.randomUUID();
        als("inspecteur.ggz");
        toegangslog.leg(Handeling.DOORBREKEN, true, reden, List.of(Logobject.zaak(UUID.randomUUID())));
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.van("GEENDOORBREKING", reden));
        long doorbreking = volgnummer("DOORBREKEN", reden);
        long gewoon = jdbc.queryForObject(
                "select max(volgnummer) from logboek.toegangslog where handeling = 'INZIEN' and gebruiker = 'inspecteur.ggz'",
                Long.class);

        Sessie sessie = Sessie.op(port).als("privacy");
        assertThat(sessie.get("/privacy/doorbrekingen").tekst()).contains(reden, "Nog niet beoordeeld");
        String pad = "/privacy/doorbrekingen/" + doorbreking + "/beoordeling";
        assertThat(fout(sessie, pad, Map.of())).contains("Kies of de toegang gerechtvaardigd was");
        assertThat(fout(sessie, pad, Map.of("oordeel", "NIET_GERECHTVAARDIGD"))).contains("Vul in wat er is gedaan");
        assertThat(fout(
                        sessie,
                        "/privacy/doorbrekingen/" + gewoon + "/beoordeling",
                        Map.of("oordeel", "GERECHTVAARDIGD")))
                .contains("geen doorbreking");
        assertThat(beoordelingen(doorbreking)).isZero();

        Api.Antwoord vastgelegd = sessie.post(
                pad, Map.of("oordeel", "NIET_GERECHTVAARDIGD", "toelichting", "Gesprek gevoerd; datalek gemeld."));
        assertThat(vastgelegd.status()).isEqualTo(302);
        assertThat(beoordelingen(doorbreking)).isOne();
        assertThat(sessie.get("/privacy/doorbrekingen").tekst())
                .contains("Niet gerechtvaardigd", "Gesprek gevoerd; datalek gemeld.");
        assertThat(fout(sessie, pad, Map.of("oordeel", "GERECHTVAARDIGD"))).contains("al beoordeeld");
        assertThat(jdbc.queryForObject(
                        "select oordeel from toegang.doorbreking_beoordeling where logregel = ?",
                        String.class,
                        doorbreking))
                .isEqualTo("NIET_GERECHTVAARDIGD");
        Sessie inspecteur = Sessie.op(port).als("inspecteur");
        inspecteur.get("/account");
        assertThat(inspecteur.post(pad, Map.of("oordeel", "GERECHTVAARDIGD")).status())
                .isEqualTo(403);
    }

    @Test
    void theLogShowsTheReferenceOfACaseOrNotificationInsteadOfItsId() {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", nl.toezicht.Autorisatiematrix.meldingJson());
        assertThat(gemeld.status()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        nl.toezicht.Wachten.tot(
                () -> jdbc.queryForObject(
                                "select count(*) from zaken.zaak_melding where melding_id = ?", Long.class, melding)
                        > 0,
                "the case of " + melding);
        UUID zaak =
                jdbc.queryForObject("select zaak from zaken.zaak_melding where melding_id = ?", UUID.class, melding);
        String zaakkenmerk = jdbc.queryForObject("select referentie from zaken.zaak where id = ?", String.class, zaak);
        String meldingkenmerk =
                jdbc.queryForObject("select referentie from meldingen.melding where id = ?", String.class, melding);
        als("inspecteur.ggz");
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.zaak(zaak), Logobject.melding(melding, null));

        String pagina = Api.op(port)
                .als("privacy")
                .get("/privacy/toegangslog?zoeken=1&objectType=ZAAK&objectId=" + zaak)
                .tekst();
        assertThat(pagina).contains(">" + zaakkenmerk + "<", ">" + meldingkenmerk + "<", "Zaak", "Melding");
    }

    private String fout(Sessie sessie, String pad, Map<String, String> velden) {
        Api.Antwoord antwoord = sessie.post(pad, velden);
        assertThat(antwoord.status()).isEqualTo(302);
        return sessie.get("/privacy/doorbrekingen").tekst();
    }

    private long volgnummer(String handeling, String doel) {
        nl.toezicht.Wachten.tot(
                () -> jdbc.queryForObject(
                                "select count(*) from logboek.toegangslog where handeling = ? and doel = ?",
                                Long.class,
                                handeling,
                                doel)
                        > 0,
                "the log entry");
        return jdbc.queryForObject(
                "select volgnummer from logboek.toegangslog where handeling = ? and doel = ?",
                Long.class,
                handeling,
                doel);
    }

    private long beoordelingen(long volgnummer) {
        return jdbc.queryForObject(
                "select count(*) from toegang.doorbreking_beoordeling where logregel = ?", Long.class, volgnummer);
    }

    private long aantal(String handeling, String gebruiker) {
        return jdbc.queryForObject(
                "select count(*) from logboek.toegangslog where handeling = ? and gebruiker = ?",
                Long.class,
                handeling,
                gebruiker);
    }

    private static int tel(String tekst, String deel) {
        int n = 0;
        for (int i = tekst.indexOf(deel); i >= 0; i = tekst.indexOf(deel, i + 1)) {
            n++;
        }
        return n;
    }
}
