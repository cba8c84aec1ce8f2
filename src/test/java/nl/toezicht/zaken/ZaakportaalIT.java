package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider portal's sending in (issue 13 item 9): the provider sends its investigation report on the page
 * of its own calamity; the case moves to assessment (the 8-week clock stops, the assessment's starts), the
 * report is a document of the case's dossier, the case's inspector gets an alert, a retry stores nothing twice;
 * a wrong or too large file and a case that waits for nothing are refused in Dutch with nothing stored;
 * another provider's notification does not exist; nothing internal (notes, staff documents) reaches the portal.
 */
@IntegratieTest
class ZaakportaalIT {

    static final String INSPECTEUR = "inspecteur.ggz";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID melding;
    UUID zaak;
    Sessie aanbieder;

    @BeforeEach
    void eenCalamiteitDieWachtOpHetOnderzoek() {
        melding = meld("90000001");
        zaak = zaakVan(melding);
        Api ggz = Api.op(port).als(INSPECTEUR);
        Api.Antwoord toegewezen = ggz.send(HttpRequest.newBuilder(ggz.uri("/api/v1/zaken/" + zaak + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"" + INSPECTEUR + "\"}")));
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
        for (String stap : new String[] {"START_TRIAGE", "VRAAG_ONDERZOEK_AAN"}) {
            Api.Antwoord genomen = Api.op(port)
                    .als("intake")
                    .postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", "{\"transitie\":\"" + stap + "\"}");
            assertThat(genomen.status()).as(genomen.toString()).isEqualTo(201);
        }
        aanbieder = Sessie.op(port).inloggen("zorgaanbieder");
    }

    @Test
    void theProvidersReportMovesTheCaseOnAlertsTheInspectorAndARetryStoresNothingTwice() {
        Api.Antwoord pagina = aanbieder.get("/mijn-meldingen/" + melding + "/inzenden");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst())
                .contains("De inspectie verwacht uw onderzoeksrapport")
                .contains("uiterlijk");
        String sleutel = aanbieder.verborgen("sleutel");

        Api.Antwoord ingestuurd = stuur(sleutel, "Onderzoeksrapport calamiteit", "rapport.pdf", "application/pdf", PDF);
        assertThat(ingestuurd.status()).as(ingestuurd.toString()).isEqualTo(302);
        Api.Antwoord bevestigd = aanbieder.get(ingestuurd.header("Location"));
        assertThat(bevestigd.tekst())
                .contains("Ontvangen: ")
                .contains("Onderzoeksrapport calamiteit")
                .doesNotContain("Er is een probleem");
        assertThat(aanbieder.get("/mijn-meldingen/" + melding + "/inzenden").tekst())
                .as("the acknowledgement is said once")
                .doesNotContain("Ontvangen: ");
        // the same form sent again (a double click, a reload): the one sending
        Api.Antwoord nogmaals = stuur(sleutel, "Onderzoeksrapport calamiteit", "rapport.pdf", "application/pdf", PDF);
        assertThat(nogmaals.status()).isEqualTo(302);

        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isEqualTo(1);
        assertThat(tel("select count(*) from documenten.document where dossier_id = ?"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from zaken.zaak where id = ?")
                        .param(zaak)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_BEOORDELING");
        assertThat(jdbc.sql("select termijn_soort from zaken.zaak where id = ?")
                        .param(zaak)
                        .query(String.class)
                        .single())
                .isEqualTo("BEOORDELING");
        assertThat(jdbc.sql("select status from termijnen.klok where object_id = ? and soort = ?")
                        .param(zaak)
                        .param("ONDERZOEKSRAPPORT_ZORGAANBIEDER")
                        .query(String.class)
                        .single())
                .isEqualTo("GESTOPT");
        assertThat(jdbc.sql("select door from zaken.statuswijziging where zaak = ?"
                                + " and transitie = 'ONTVANG_ONDERZOEK'")
                        .param(zaak)
                        .query(String.class)
                        .list())
                .containsExactly("zorgaanbieder");

        String referentie = jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak)
                .query(String.class)
                .single();
        Wachten.tot(
                () -> jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and kenmerk = ?"
                                        + " and soort = 'ANTWOORD_ZORGAANBIEDER'")
                                .param(INSPECTEUR)
                                .param(referentie)
                                .query(Integer.class)
                                .single()
                        == 1,
                Duration.ofSeconds(20),
                "the inspector's alert");
        assertThat(Sessie.op(port).als(INSPECTEUR).get("/berichten").tekst())
                .contains("De zorgaanbieder heeft geantwoord bij zaak " + referentie);
        // the inspector finds the report in the case's dossier
        assertThat(Sessie.op(port).als(INSPECTEUR).get("/zaken/" + zaak).tekst())
                .contains("Onderzoeksrapport calamiteit");

        // read access by the provider is in the access log, with the document
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = 'zorgaanbieder'"
                                + " and handeling = 'AANMAKEN' and objecten_json @> ?::jsonb")
                        .param("[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // and once assessed, the page says nothing is asked any more
        assertThat(aanbieder.get("/mijn-meldingen/" + melding + "/inzenden").tekst())
                .contains("De inspectie vraagt op dit moment niets van u bij deze melding.")
                .contains("rapport.pdf")
                .doesNotContain("name=\"bestand\"");
        Api.Antwoord teLaat = stuur(UUID.randomUUID().toString(), "Nog een", "r.pdf", "application/pdf", PDF);
        assertThat(teLaat.status()).isEqualTo(200);
        assertThat(teLaat.tekst()).contains("De inspectie vraagt op dit moment niets van u bij melding");
        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isEqualTo(1);
    }

    @Test
    void aWrongOrTooLargeFileOrAHostileTitleIsRefusedInDutchAndNothingIsStored() {
        aanbieder.get("/mijn-meldingen/" + melding + "/inzenden");
        String sleutel = aanbieder.verborgen("sleutel");
        // an executable named .pdf: judged by its content
        Api.Antwoord exe = stuur(
                sleutel,
                "Rapport",
                "rapport.pdf",
                "application/pdf",
                "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe.status()).isEqualTo(200);
        assertThat(exe.tekst())
                .contains("geen PDF, JPEG, PNG of Word-document")
                .contains("id=\"inzending-bestand-fout\"");
        assertThat(exe.tekst()).contains("value=\"Rapport\"");

        byte[] groot = Arrays.copyOf(PDF, 21 * 1024 * 1024);
        Api.Antwoord teGroot = stuur(sleutel, "Rapport", "groot.pdf", "application/pdf", groot);
        assertThat(teGroot.status()).isEqualTo(200);
        assertThat(teGroot.tekst()).contains("hoogstens 20 MB");

        Api.Antwoord titel = stuur(sleutel, "Rapport\n<script>alert(1)</script>", "r.pdf", "application/pdf", PDF);
        assertThat(titel.status()).isEqualTo(200);
        assertThat(titel.tekst()).contains("zonder stuurtekens").doesNotContain("<script>alert");

        Api.Antwoord zonderSleutel = stuur("", "Rapport", "rapport.pdf", "application/pdf", PDF);
        assertThat(zonderSleutel.tekst()).contains("Dit formulier is verlopen");

        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isZero();
        assertThat(tel("select count(*) from documenten.document where dossier_id = ?"))
                .isZero();
        assertThat(jdbc.sql("select status from zaken.zaak where id = ?")
                        .param(zaak)
                        .query(String.class)
                        .single())
                .isEqualTo("WACHT_OP_ONDERZOEK_ZORGAANBIEDER");
    }

    @Test
    void anotherProvidersNotificationIsNotFoundAndNothingInternalReachesThePortal() {
        UUID andere = meld("90000002");
        zaakVan(andere);
        assertThat(aanbieder.get("/mijn-meldingen/" + andere + "/inzenden").status())
                .isEqualTo(404);
        aanbieder.get("/mijn-meldingen/" + melding + "/inzenden");
        Api.Antwoord vreemd = aanbieder.post(
                "/mijn-meldingen/" + andere + "/inzenden",
                formulier(aanbieder.verborgen("sleutel"), "Rapport", "r.pdf", "application/pdf", PDF)
                        .contentType(),
                formulier(aanbieder.verborgen("sleutel"), "Rapport", "r.pdf", "application/pdf", PDF)
                        .bytes());
        assertThat(vreemd.status()).isIn(403, 404);

        // the inspectorate's own note and document on the case
        Api ggz = Api.op(port).als(INSPECTEUR);
        assertThat(ggz.postJson("/api/v1/zaken/" + zaak + "/notities", "{\"tekst\":\"INTERN-NOTITIE-geheim\"}")
                        .status())
                .isEqualTo(201);
        Sessie staf = Sessie.op(port).inloggen(INSPECTEUR);
        staf.get("/zaken/" + zaak);
        Multipart document = new Multipart()
                .tekst("_csrf", staf.csrf())
                .tekst("titel", "INTERN-DOCUMENT-geheim")
                .bestand("bestand", "intern.pdf", "application/pdf", PDF);
        assertThat(staf.post("/documenten/ZAAK/" + zaak, document.contentType(), document.bytes())
                        .status())
                .isEqualTo(302);
        aanbieder.get("/mijn-meldingen/" + melding + "/inzenden");
        stuur(aanbieder.verborgen("sleutel"), "Ons rapport", "rapport.pdf", "application/pdf", PDF);

        for (String pad : new String[] {
            "/mijn-meldingen", "/mijn-meldingen/" + melding, "/mijn-meldingen/" + melding + "/inzenden"
        }) {
            String tekst = aanbieder.get(pad).tekst();
            assertThat(tekst).as(pad).doesNotContain("INTERN-NOTITIE").doesNotContain("INTERN-DOCUMENT");
        }
        assertThat(aanbieder.get("/mijn-meldingen/" + melding + "/inzenden").tekst())
                .contains("Ons rapport");
        // the portal's own sendings: the staff document is in the dossier, not among them
        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isEqualTo(1);
        assertThat(tel("select count(*) from documenten.document where dossier_id = ?"))
                .isEqualTo(2);
    }

    @Test
    void overTheApiAKeyedRetryAnswersTheFirstSendingAndBadInputIsAProblemInDutch() {
        Api api = Api.op(port).als("zorgaanbieder");
        Api.Antwoord overzicht = api.get("/api/v1/mijn-meldingen/" + melding + "/inzendingen");
        assertThat(overzicht.status()).as(overzicht.toString()).isEqualTo(200);
        assertThat(overzicht.json().get("verzoek").get("soort").asString())
                .isEqualTo("ONDERZOEKSRAPPORT_ZORGAANBIEDER");

        Multipart zonderSleutel =
                new Multipart().tekst("titel", "Rapport").bestand("bestand", "r.pdf", "application/pdf", PDF);
        Api.Antwoord geenSleutel = api.post(
                "/api/v1/mijn-meldingen/" + melding + "/inzendingen",
                zonderSleutel.contentType(),
                zonderSleutel.bytes());
        assertThat(geenSleutel.status()).isEqualTo(422);
        assertThat(geenSleutel.header("Content-Type")).startsWith("application/problem+json");
        assertThat(geenSleutel.tekst()).contains("Idempotency-Key");

        String sleutel = UUID.randomUUID().toString();
        Api metSleutel = Api.op(port).als("zorgaanbieder").met("Idempotency-Key", sleutel);
        Multipart verkeerd = new Multipart()
                .tekst("titel", "Rapport")
                .bestand("bestand", "r.pdf", "application/pdf", "GIF89a nope".getBytes(StandardCharsets.US_ASCII));
        Api.Antwoord type = metSleutel.post(
                "/api/v1/mijn-meldingen/" + melding + "/inzendingen", verkeerd.contentType(), verkeerd.bytes());
        assertThat(type.status()).as(type.toString()).isEqualTo(422);
        assertThat(type.json().get("errors").get(0).get("field").asString()).isEqualTo("bestand");
        assertThat(type.tekst()).contains("geen PDF, JPEG, PNG of Word-document");
        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isZero();

        Multipart goed =
                new Multipart().tekst("titel", "Rapport via API").bestand("bestand", "r.pdf", "application/pdf", PDF);
        Api.Antwoord eerste =
                metSleutel.post("/api/v1/mijn-meldingen/" + melding + "/inzendingen", goed.contentType(), goed.bytes());
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        Api.Antwoord tweede =
                metSleutel.post("/api/v1/mijn-meldingen/" + melding + "/inzendingen", goed.contentType(), goed.bytes());
        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.json().get("id").asString())
                .isEqualTo(eerste.json().get("id").asString());
        assertThat(tel("select count(*) from zaken.inzending where zaak = ?")).isEqualTo(1);
        assertThat(tel("select count(*) from documenten.document where dossier_id = ?"))
                .isEqualTo(1);
        // nothing asked any more: no request in the answer (null fields are left out)
        var verzoek = api.get("/api/v1/mijn-meldingen/" + melding + "/inzendingen")
                .json()
                .get("verzoek");
        assertThat(verzoek == null || verzoek.isNull()).isTrue();

        UUID andere = meld("90000002");
        zaakVan(andere);
        assertThat(api.get("/api/v1/mijn-meldingen/" + andere + "/inzendingen").status())
                .isEqualTo(404);
    }

    private Api.Antwoord stuur(String sleutel, String titel, String naam, String type, byte[] inhoud) {
        Multipart m = formulier(sleutel, titel, naam, type, inhoud);
        return aanbieder.post("/mijn-meldingen/" + melding + "/inzenden", m.contentType(), m.bytes());
    }

    private Multipart formulier(String sleutel, String titel, String naam, String type, byte[] inhoud) {
        return new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", sleutel)
                .tekst("titel", titel)
                .bestand("bestand", naam, type, inhoud);
    }

    private long tel(String sql) {
        return jdbc.sql(sql).param(zaak).query(Long.class).single();
    }

    private UUID meld(String kvk) {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "%s",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Cliënt gevallen in de badkamer.",
                 "melder": {"naam": "Karin Kwaliteit", "email": "karin@example.nl", "telefoon": "0612345678"}}
                """.formatted(kvk));
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        return UUID.fromString(gemeld.json().get("id").asString());
    }

    private UUID zaakVan(UUID melding) {
        Wachten.tot(
                () -> jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                                .param(melding)
                                .query(Integer.class)
                                .single()
                        == 1,
                Duration.ofSeconds(20),
                "a case for " + melding);
        return jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .single();
    }
}
