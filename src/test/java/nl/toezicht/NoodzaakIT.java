package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.toegang.Patientgegevens;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Need-to-know (issue 4): department scope, field-level shielding, the provider portal, break-the-glass, the
 * BSN, encryption at rest, and the access-log entry each of these leaves.
 */
@IntegratieTest
class NoodzaakIT {

    static final String BSN = "111222333";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Patientgegevens patientgegevens;

    record Regel(String handeling, boolean toegestaan, String gebruiker, String doel, String objecten) {}

    /** The access-log entries that name this object, oldest first. */
    private List<Regel> log(UUID object) {
        return jdbc.sql("select handeling, toegestaan, gebruiker, doel, objecten from logboek.toegangslog "
                        + "where objecten_json @> ?::jsonb order by volgnummer")
                .param("[{\"id\": \"" + object + "\"}]")
                .query((rs, i) ->
                        new Regel(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private UUID meld(String sector, String kvk) {
        Api.Antwoord antwoord = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "%s", "kvkNummer": "%s",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Cliënt gevallen.", "patientOverleden": true,
                 "patient": {"naam": "Henk Noodzaak", "geboortedatum": "1950-01-01", "bsn": "%s"},
                 "melder": {"naam": "Karin Kwaliteit", "email": "karin@example.nl", "telefoon": "0612345678"}}
                """.formatted(sector, kvk, BSN));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return UUID.fromString(antwoord.json().get("id").asString());
    }

    private UUID zaakVan(UUID melding) {
        return Wachten.opZaakVan(jdbc, melding);
    }

    @Test
    void theBsnIsStoredEncryptedBesideItsPseudonymAndAnAnonymousReporterIsLogged() {
        UUID melding = meld("GGZ", "87654321");

        Map<String, Object> rij = jdbc.sql("select * from meldingen.melding where id = ?")
                .param(melding)
                .query()
                .singleRow();
        String pseudoniem = patientgegevens.pseudoniem(BSN);
        assertThat(rij.get("patient_pseudoniem")).isEqualTo(pseudoniem);
        assertThat(rij.get("patient_naam")).isNull();
        assertThat(rij.get("patient_geboortedatum")).isNull();
        assertThat(rij.values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains(BSN) || v.contains("Noodzaak") || v.contains("1950-01-01"));
        assertThat(patientgegevens.ontsleutel((String) rij.get("patient_bsn_versleuteld")))
                .isEqualTo(BSN);

        List<Regel> log = log(melding);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).handeling()).isEqualTo("AANMAKEN");
        assertThat(log.get(0).gebruiker()).isEqualTo("anoniem");
        assertThat(log.get(0).objecten()).contains(pseudoniem).doesNotContain(BSN);
    }

    @Test
    void aBsnThatFailsTheElevenProofIsRefusedInDutchOnItsFieldAndNothingIsStored() {
        long voor = jdbc.sql("select count(*) from meldingen.melding")
                .query(Long.class)
                .single();
        Api.Antwoord antwoord = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ", "omschrijving": "Klacht.",
                 "patient": {"bsn": "111222334"}}
                """);
        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        JsonNode fout = antwoord.json().get("errors").get(0);
        assertThat(fout.get("field").asString()).isEqualTo("patient.bsn");
        assertThat(fout.get("message").asString())
                .contains("burgerservicenummer")
                .contains("elfproef");
        assertThat(jdbc.sql("select count(*) from meldingen.melding")
                        .query(Long.class)
                        .single())
                .isEqualTo(voor);

        Sessie burger = Sessie.op(port);
        burger.get("/melden/burger");
        Api.Antwoord pagina = burger.post(
                "/melden/burger",
                Map.of(
                        "formulierSleutel", burger.verborgen("formulierSleutel"),
                        "sector", "GGZ",
                        "soort", "KLACHT_OF_SIGNAAL",
                        "zorgaanbieder", "Kliniek",
                        "omschrijving", "Klacht over de zorg.",
                        "patientBsn", "111222334"));
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst()).contains("id=\"patientBsn-fout\"").contains("elfproef");
    }

    @Test
    void staffOfOtherDepartmentsFindNothingAndTheRefusalIsLogged() {
        UUID melding = meld("GGZ", "87654321");
        UUID zaak = zaakVan(melding);
        Api jeugd = Api.op(port).als("inspecteur.jeugd");

        assertThat(jeugd.get("/api/v1/meldingen/" + melding).status()).isEqualTo(404);
        assertThat(jeugd.get("/api/v1/zaken/" + zaak).status()).isEqualTo(404);
        assertThat(jeugd.get("/api/v1/meldingen/" + melding + "/bijlagen/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(log(zaak))
                .filteredOn(r -> r.gebruiker().equals("inspecteur.jeugd"))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INZIEN", false));
        assertThat(log(melding))
                .filteredOn(r -> r.gebruiker().equals("inspecteur.jeugd"))
                .allMatch(r -> !r.toegestaan());

        // the privacy officer reviews the log, not cases
        assertThat(Api.op(port).als("privacy").get("/api/v1/zaken/" + zaak).status())
                .isEqualTo(403);
        assertThat(Api.op(port).als("privacy").get("/api/v1/meldingen").status())
                .isEqualTo(403);
    }

    @Test
    void anAnalystSeesThePseudonymButNeitherPatientNorReporterNorAttachments() {
        UUID melding = meld("GGZ", "87654321");

        JsonNode analist =
                Api.op(port).als("analist").get("/api/v1/meldingen/" + melding).json();
        assertThat(analist.get("afgeschermd").asBoolean()).isTrue();
        assertThat(analist.has("patient")).isFalse();
        assertThat(analist.has("melder")).isFalse();
        assertThat(analist.get("patientPseudoniem").asString()).isEqualTo(patientgegevens.pseudoniem(BSN));
        assertThat(analist.toString())
                .doesNotContain("Noodzaak")
                .doesNotContain(BSN)
                .doesNotContain("karin");
        // the pseudonym is the search key: it links the notifications about this patient
        String pseudoniem = patientgegevens.pseudoniem(BSN);
        JsonNode gevonden = Api.op(port)
                .als("analist")
                .get("/api/v1/meldingen?pseudoniem=" + pseudoniem + "&grootte=100")
                .json();
        assertThat(gevonden.get("items").findValuesAsString("id")).contains(melding.toString());
        assertThat(gevonden.get("items").findValuesAsString("patientPseudoniem"))
                .containsOnly(pseudoniem);
        Api.Antwoord onzin = Api.op(port).als("analist").get("/api/v1/meldingen?pseudoniem=" + BSN);
        assertThat(onzin.status()).isEqualTo(422);
        assertThat(onzin.json().get("errors").get(0).get("field").asString()).isEqualTo("pseudoniem");
        String pagina =
                Sessie.op(port).als("analist").get("/meldingen/" + melding).tekst();
        assertThat(pagina)
                .contains("id=\"afgeschermd\"")
                .doesNotContain("Noodzaak")
                .doesNotContain(BSN);

        JsonNode intake =
                Api.op(port).als("intake").get("/api/v1/meldingen/" + melding).json();
        assertThat(intake.get("patient").get("naam").asString()).isEqualTo("Henk Noodzaak");
        assertThat(intake.get("patient").get("bsn").asString()).isEqualTo(BSN);
        assertThat(intake.get("melder").get("email").asString()).isEqualTo("karin@example.nl");
        assertThat(log(melding))
                .filteredOn(r -> r.handeling().equals("INZIEN") && r.toegestaan())
                .extracting(Regel::gebruiker)
                .containsExactly("analist", "analist", "intake");
    }

    /**
     * Issue 11, decision 0024: free text routinely names people (the patient, relatives, staff), so who sees
     * pseudonyms only sees none of it: no description, no timeline notes, no attachment file names. The
     * structured fields the analyst counts with stay.
     */
    @Test
    void anAnalystSeesNoFreeTextThatMayNameThePatientButStillItsStructuredFields() {
        Multipart multipart = new Multipart()
                .json("melding", """
                        {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
                         "zorgaanbiederOmschrijving": "Kliniek Oost", "datumGebeurtenis": "2026-03-02",
                         "omschrijving": "Mevrouw Wilhelmina Vrijtekst viel uit bed.", "themas": ["Valincidenten"]}
                        """)
                .bestand(
                        "bijlagen",
                        "verslag Vrijtekst.pdf",
                        "application/pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        Api.Antwoord gemeld = Api.op(port).post("/api/v1/meldingen", multipart.contentType(), multipart.bytes());
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        UUID zaak = zaakVan(melding);
        Api.Antwoord stap = Api.op(port)
                .als("intake")
                .postJson(
                        "/api/v1/zaken/" + zaak + "/statuswijzigingen",
                        "{\"transitie\":\"START_TRIAGE\",\"toelichting\":\"Gebeld met de dochter van mevrouw Vrijtekst\"}");
        assertThat(stap.status()).as(stap.toString()).isIn(200, 201);

        for (String rol : List.of("analist", "beheerder")) {
            JsonNode detail =
                    Api.op(port).als(rol).get("/api/v1/meldingen/" + melding).json();
            assertThat(detail.get("afgeschermd").asBoolean()).isTrue();
            assertThat(detail.has("omschrijving")).as(rol).isFalse();
            assertThat(detail.get("bijlagen")).hasSize(1);
            assertThat(detail.get("bijlagen").get(0).has("bestandsnaam"))
                    .as(rol)
                    .isFalse();
            assertThat(detail.get("soort").asString()).isEqualTo("KLACHT_OF_SIGNAAL");
            assertThat(detail.get("themas").get(0).asString()).isEqualTo("Valincidenten");
            assertThat(detail.get("zorgaanbiederOmschrijving").asString()).isEqualTo("Kliniek Oost");
            JsonNode zaakDetail =
                    Api.op(port).als(rol).get("/api/v1/zaken/" + zaak).json();
            assertThat(zaakDetail.get("tijdlijn").findValues("transitie")).hasSizeGreaterThanOrEqualTo(2);
            Sessie sessie = Sessie.op(port).als(rol);
            String meldingpagina = sessie.get("/meldingen/" + melding).tekst();
            String zaakpagina = sessie.get("/zaken/" + zaak).tekst();
            assertThat(meldingpagina).contains("id=\"tekst-afgeschermd\"");
            assertThat(zaakpagina).contains("Triage gestart");
            for (String gezien : List.of(detail.toString(), zaakDetail.toString(), meldingpagina, zaakpagina)) {
                assertThat(gezien).as(rol).doesNotContain("Vrijtekst");
            }
        }

        JsonNode inspecteur = Api.op(port)
                .als("inspecteur")
                .get("/api/v1/meldingen/" + melding)
                .json();
        assertThat(inspecteur.get("omschrijving").asString()).contains("Vrijtekst");
        assertThat(inspecteur.get("bijlagen").get(0).get("bestandsnaam").asString())
                .isEqualTo("verslag Vrijtekst.pdf");
        assertThat(Sessie.op(port).als("inspecteur").get("/zaken/" + zaak).tekst())
                .contains("Gebeld met de dochter van mevrouw Vrijtekst");
    }

    @Test
    void aCareProviderSeesOnlyItsOwnNotificationsAndTheirStatus() {
        UUID eigen = meld("VERZORGING_EN_VERPLEGING", "90000001");
        UUID ander = meld("VERZORGING_EN_VERPLEGING", "87654321");
        Api zorgaanbieder = Api.op(port).als("zorgaanbieder");

        String lijst = zorgaanbieder.get("/api/v1/mijn-meldingen").tekst();
        assertThat(lijst).contains(eigen.toString()).doesNotContain(ander.toString());
        JsonNode een = zorgaanbieder.get("/api/v1/mijn-meldingen/" + eigen).json();
        assertThat(een.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(een.get("doorOnsGemeld").asBoolean()).isTrue();
        assertThat(een.has("omschrijving")).isFalse();
        assertThat(zorgaanbieder.get("/api/v1/mijn-meldingen/" + ander).status())
                .isEqualTo(404);
        assertThat(zorgaanbieder.get("/api/v1/meldingen/" + eigen).status()).isEqualTo(403);
        assertThat(log(ander))
                .filteredOn(r -> r.gebruiker().equals("zorgaanbieder"))
                .extracting(Regel::toegestaan)
                .containsExactly(false);

        Sessie portaal = Sessie.op(port).als("zorgaanbieder");
        String pagina = portaal.get("/mijn-meldingen").tekst();
        assertThat(pagina).contains("Mijn meldingen").doesNotContain("Henk Noodzaak");
        assertThat(portaal.get("/mijn-meldingen/" + eigen).tekst()).contains("id=\"status\"");
        assertThat(portaal.get("/mijn-meldingen/" + ander).status()).isEqualTo(404);
        assertThat(Api.op(port).als("intake").get("/api/v1/mijn-meldingen").status())
                .isEqualTo(403);
    }

    @Test
    void anInspectorBreaksTheGlassWithAReasonForALimitedTime() {
        UUID melding = meld("GGZ", "87654321");
        UUID zaak = zaakVan(melding);
        Sessie jeugd = Sessie.op(port).als("inspecteur.jeugd");

        Api.Antwoord geweigerd = jeugd.get("/zaken/" + zaak);
        assertThat(geweigerd.status()).isEqualTo(404);
        assertThat(geweigerd.tekst()).contains("id=\"doorbreken\"");
        // the same page for a case that does not exist: the form says nothing about existence
        assertThat(jeugd.get("/zaken/" + UUID.randomUUID()).tekst()).contains("id=\"doorbreken\"");

        Api.Antwoord teKort = jeugd.post(
                "/zaken/doorbreken", Map.of("kenmerk", zaak.toString(), "reden", "even kijken".substring(0, 5)));
        assertThat(teKort.status()).isEqualTo(422);
        assertThat(teKort.tekst()).contains("minimaal 10 tekens");

        String reden = "Spoedvraag van de officier van justitie over deze instelling";
        Api.Antwoord doorbroken = jeugd.post("/zaken/doorbreken", Map.of("kenmerk", zaak.toString(), "reden", reden));
        assertThat(doorbroken.status()).isEqualTo(302);
        assertThat(doorbroken.header("Location")).endsWith("/zaken/" + zaak);
        assertThat(jeugd.get("/zaken/" + zaak).status()).isEqualTo(200);
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get("/api/v1/meldingen/" + melding)
                        .status())
                .isEqualTo(200);
        // reading only: changing the case stays refused
        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", "{\"transitie\":\"START_TRIAGE\"}")
                        .status())
                .isEqualTo(404);

        List<Regel> doorbreken = log(zaak).stream()
                .filter(r -> r.handeling().equals("DOORBREKEN"))
                .toList();
        assertThat(doorbreken).hasSize(1);
        assertThat(doorbreken.get(0).doel()).isEqualTo(reden);
        assertThat(doorbreken.get(0).gebruiker()).isEqualTo("inspecteur.jeugd");
        assertThat(doorbreken.get(0).objecten()).contains(melding.toString());

        Toegangtestdata.doorbrekingenVan(jdbc, "inspecteur.jeugd", Duration.ofHours(9));
        assertThat(jeugd.get("/zaken/" + zaak).status()).isEqualTo(404);

        // only inspectors and legal staff break the glass
        Sessie analist = Sessie.op(port).als("analist");
        analist.get("/inloggen");
        assertThat(analist.post("/zaken/doorbreken", Map.of("kenmerk", zaak.toString(), "reden", reden))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReferenceOutsideOnesDepartmentsIsNotFoundButTheGlassCanBeBrokenFromTheWorkQueue() {
        UUID zaak = zaakVan(meld("GGZ", "87654321"));
        String referentie = jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak)
                .query(String.class)
                .single();
        Sessie jeugd = Sessie.op(port).als("inspecteur.jeugd");

        Api.Antwoord gezocht = jeugd.get("/werkbak/zoeken?kenmerk=" + referentie);
        assertThat(gezocht.header("Location")).endsWith("/werkbak");
        String werkbak = jeugd.get("/werkbak").tekst();
        assertThat(werkbak).contains(referentie).contains("id=\"doorbreken\"");

        Api.Antwoord doorbroken = jeugd.post(
                "/zaken/doorbreken",
                Map.of("kenmerk", referentie, "reden", "Collega met ziekteverlof, melder belt terug"));
        assertThat(doorbroken.header("Location")).endsWith("/zaken/" + zaak);
        assertThat(jeugd.get("/werkbak/zoeken?kenmerk=" + referentie).header("Location"))
                .endsWith("/zaken/" + zaak);
        String pagina = jeugd.get("/zaken/" + zaak).tekst();
        // read only: no steps offered on a case opened by breaking the glass
        assertThat(pagina).doesNotContain("/statuswijzigingen");
    }

    @Test
    void eachActionOnANotificationOrCaseLeavesItsEntryInTheAccessLog() {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ", "omschrijving": "Klacht.",
                 "patient": {"bsn": "%s"}}
                """.formatted(BSN));
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String pseudoniem = patientgegevens.pseudoniem(BSN);
        UUID zaak = zaakVan(melding);
        UUID tweede = meld("GGZ", "87654321");
        zaakVan(tweede);
        String statusPad = gemeld.json().get("statusUrl").asString().replaceAll("^http://[^/]+", "");
        Api intake = Api.op(port).als("intake");
        UUID zorgaanbieder =
                UUID.fromString(intake.postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson())
                        .json()
                        .get("id")
                        .asString());

        Api.op(port).get(statusPad);
        intake.get("/api/v1/meldingen/" + melding);
        intake.get("/api/v1/meldingen?sector=GGZ&grootte=100");
        intake.postJson(
                "/api/v1/meldingen/" + melding + "/zorgaanbieder", "{\"zorgaanbiederId\":\"" + zorgaanbieder + "\"}");
        intake.get("/api/v1/zaken/" + zaak);
        intake.postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", "{\"transitie\":\"START_TRIAGE\"}");
        intake.postJson("/api/v1/zaken/" + zaak + "/meldingen", "{\"meldingId\":\"" + tweede + "\"}");

        List<Regel> log = log(melding);
        assertThat(log)
                .extracting(Regel::handeling, Regel::gebruiker)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("AANMAKEN", "anoniem"),
                        org.assertj.core.groups.Tuple.tuple("INZIEN", "anoniem"),
                        org.assertj.core.groups.Tuple.tuple("INZIEN", "intake"),
                        org.assertj.core.groups.Tuple.tuple("ZOEKEN", "intake"),
                        org.assertj.core.groups.Tuple.tuple("WIJZIGEN", "intake"),
                        org.assertj.core.groups.Tuple.tuple("INZIEN", "intake"));
        assertThat(log).allMatch(r -> r.objecten().contains(pseudoniem) && r.toegestaan());
        assertThat(log(zaak))
                .extracting(Regel::handeling)
                .containsSubsequence("AANMAKEN", "INZIEN", "WIJZIGEN", "SAMENVOEGEN");
        assertThat(log(tweede)).extracting(Regel::handeling).contains("SAMENVOEGEN");
    }

    @Test
    void theRightOfAccessExportHoldsThePatientsNotificationsDecrypted() {
        UUID melding = meld("GGZ", "87654321");
        String referentie = jdbc.sql("select referentie from meldingen.melding where id = ?")
                .param(melding)
                .query(String.class)
                .single();

        Sessie privacy = Sessie.op(port).als("privacy");
        privacy.get("/privacy/inzage");
        Api.Antwoord export =
                privacy.post("/privacy/inzage/export", Map.of("pseudoniem", patientgegevens.pseudoniem(BSN)));
        assertThat(export.status()).isEqualTo(200);
        JsonNode meldingen = null;
        for (JsonNode bron : export.json().get("gegevens")) {
            if (bron.get("bron").asString().equals("Meldingen")) {
                meldingen = bron;
            }
        }
        assertThat(meldingen).as(export.tekst()).isNotNull();
        String tekst = meldingen.toString();
        assertThat(tekst)
                .contains(referentie)
                .contains("Henk Noodzaak")
                .contains("1950-01-01")
                .contains(BSN);
        // the reporter's contact details are the reporter's, not the patient's
        assertThat(tekst).doesNotContain("karin@example.nl");
    }
}
