package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingen;
import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingenMet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class MeldenWebIT {

    private static final Pattern REFERENTIE = Pattern.compile("M-\\d{4}-\\d{6}");
    private static final Pattern STATUSLINK =
            Pattern.compile("href=\"(http://localhost:\\d+/status/[A-Za-z0-9_-]{43})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStartPageOffersBothFormsAndStaffLogin() {
        Sessie browser = Sessie.op(port);
        Api.Antwoord start = browser.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.tekst())
                .contains("href=\"/melden/burger\"", "href=\"/melden/zorgaanbieder\"", "href=\"/inloggen\"")
                .contains("Wat wilt u doen?");
        assertThat(browser.get("/melden/burger?lang=en").tekst()).contains("Report to the national hotline for care");
    }

    @Test
    void aCitizenFilesANotificationAndFollowsItsStatusBehindThePrivateLink() {
        Sessie browser = Sessie.op(port);
        Api.Antwoord formulier = browser.get("/melden/burger");
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.tekst()).contains("<label for=\"omschrijving\"", "enctype=\"multipart/form-data\"");
        String omschrijving = "Burgerformulier " + UUID.randomUUID();

        Api.Antwoord verstuurd = browser.post("/melden/burger", burgermelding(browser, omschrijving));

        assertThat(verstuurd.status()).isEqualTo(302);
        assertThat(verstuurd.header("Location")).endsWith("/melden/ontvangen");
        Api.Antwoord bevestiging = browser.get("/melden/ontvangen");
        assertThat(bevestiging.status()).isEqualTo(200);
        Matcher referentie = REFERENTIE.matcher(bevestiging.tekst());
        assertThat(referentie.find()).isTrue();
        Matcher link = STATUSLINK.matcher(bevestiging.tekst());
        assertThat(link.find()).isTrue();

        var rij = jdbc.sql(
                        "select referentie, bron, kanaal, soort, melder_email from meldingen.melding where omschrijving = ?")
                .param(omschrijving)
                .query()
                .singleRow();
        assertThat(rij.get("referentie")).isEqualTo(referentie.group());
        assertThat(rij.get("bron")).isEqualTo("BURGER");
        assertThat(rij.get("kanaal")).isEqualTo("WEBFORMULIER");
        assertThat(rij.get("melder_email")).isEqualTo("els@example.nl");

        Api.Antwoord status = Sessie.op(port).get(link.group(1).replaceAll("http://localhost:\\d+", ""));
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.tekst())
                .contains(referentie.group(), "Ontvangen")
                .doesNotContain(omschrijving, "Els de Graaf", "els@example.nl", "Verpleeghuis De Linde");
        assertThat(browser.get("/melden/ontvangen").status())
                .as("the confirmation shows once; a reload goes back to the start")
                .isEqualTo(302);
    }

    @Test
    void aDoubleSubmitOfTheSameFormStoresOneNotification() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        String omschrijving = "Dubbel " + UUID.randomUUID();
        Map<String, String> velden = burgermelding(browser, omschrijving);

        Api.Antwoord eerste = browser.post("/melden/burger", velden);
        Api.Antwoord tweede = browser.post("/melden/burger", velden);

        assertThat(eerste.status()).isEqualTo(302);
        assertThat(tweede.status()).isEqualTo(302);
        assertThat(browser.get("/melden/ontvangen").tekst()).containsPattern(REFERENTIE);
        assertThat(aantalMeldingenMet(jdbc, omschrijving)).isEqualTo(1);
    }

    @Test
    void refusedInputShowsErrorsAtTheTopAndBesideTheFieldsAndKeepsWhatWasTyped() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        long voor = aantalMeldingen(jdbc);
        Map<String, String> velden = burgermelding(browser, "");
        velden.put("email", "geen-adres");
        velden.put("zorgaanbieder", "<script>alert('x')</script> Huisartsenpraktijk");
        velden.put("datumGebeurtenis", "2999-01-01");

        Api.Antwoord antwoord = browser.post("/melden/burger", velden);

        assertThat(antwoord.status()).isEqualTo(200);
        String pagina = antwoord.tekst();
        assertThat(pagina).contains("class=\"foutsamenvatting\"", "href=\"#omschrijving\"", "href=\"#email\"");
        assertThat(pagina).contains("id=\"omschrijving-fout\"", "Beschrijf wat er is gebeurd.");
        assertThat(pagina).contains("Vul een geldig e-mailadres in");
        assertThat(pagina).contains("value=\"geen-adres\"");
        assertThat(pagina)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Huisartsenpraktijk")
                .doesNotContain("<script>alert");
        assertThat(pagina)
                .contains("aria-invalid=\"true\"", "aria-describedby=\"omschrijving-fout omschrijving-hint\"")
                .containsPattern("<input[^>]*id=\"naam\"(?![^>]*aria-describedby)[^>]*>");
        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);

        velden.put("datumGebeurtenis", "gisteren");
        Api.Antwoord geenDatum = browser.post("/melden/burger", velden);
        assertThat(geenDatum.tekst())
                .contains("id=\"datumGebeurtenis-fout\"", "Vul een geldige datum in", "value=\"gisteren\"");
        velden.put("datumGebeurtenis", "2999-01-01");

        // the domain rule (no future date) shows beside its field as well
        velden.put("omschrijving", "Nu wel ingevuld");
        velden.put("email", "els@example.nl");
        Api.Antwoord toekomst = browser.post("/melden/burger", velden);
        assertThat(toekomst.status()).isEqualTo(200);
        assertThat(toekomst.tekst())
                .contains("id=\"datumGebeurtenis-fout\"", "niet in de toekomst", "href=\"#datumGebeurtenis\"");
        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void theCitizenFormOffersOnlyComplaintsAndOtherKinds() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        Map<String, String> velden = burgermelding(browser, "Calamiteit via burgerformulier");
        velden.put("soort", "CALAMITEIT");
        long voor = aantalMeldingen(jdbc);

        Api.Antwoord antwoord = browser.post("/melden/burger", velden);

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.tekst()).contains("id=\"soort-fout\"");
        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void withoutTheCsrfTokenAFormPostIsRefused() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        String omschrijving = "Zonder token " + UUID.randomUUID();
        Map<String, String> velden = burgermelding(browser, omschrijving);
        velden.put("_csrf", "vals");

        Api.Antwoord antwoord = browser.post("/melden/burger", velden);

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(aantalMeldingenMet(jdbc, omschrijving)).isZero();
    }

    @Test
    void aCareProviderFilesAMandatoryCalamityNotification() {
        Sessie browser = Sessie.op(port);
        assertThat(browser.get("/melden/zorgaanbieder").status()).isEqualTo(200);
        String omschrijving = "Calamiteit " + UUID.randomUUID();
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("formulierSleutel", browser.verborgen("formulierSleutel"));
        velden.put("kvkNummer", "87654321");
        velden.put("soort", "CALAMITEIT");
        velden.put("sector", "GGZ");
        velden.put("locatie", "Kliniek Oost, Arnhem");
        velden.put("datumGebeurtenis", "2026-02-01");
        velden.put("datumVastgesteld", "2026-02-05");
        velden.put("omschrijving", omschrijving);
        velden.put("patientOverleden", "true");
        velden.put("_patientOverleden", "on");
        velden.put("patientNaam", "P. Pietersen");
        velden.put("patientGeboortedatum", "1980-05-05");
        velden.put("contactNaam", "Karin Kwaliteit");
        velden.put("contactEmail", "kwaliteit@kliniek.example");

        Api.Antwoord verstuurd = browser.post("/melden/zorgaanbieder", velden);

        assertThat(verstuurd.status()).isEqualTo(302);
        assertThat(browser.get("/melden/ontvangen").tekst())
                .containsPattern(REFERENTIE)
                .containsPattern(STATUSLINK);
        var rij = jdbc.sql("select bron, kanaal, soort, sector, melder_kvk_nummer, zorgaanbieder_omschrijving, "
                        + "datum_vastgesteld, patient_overleden, patient_naam, patient_naam_versleuteld, "
                        + "patient_pseudoniem, melder_naam from meldingen.melding "
                        + "where omschrijving = ?")
                .param(omschrijving)
                .query()
                .singleRow();
        assertThat(rij)
                .containsEntry("bron", "ZORGAANBIEDER")
                .containsEntry("kanaal", "WEBFORMULIER")
                .containsEntry("soort", "CALAMITEIT")
                .containsEntry("sector", "GGZ")
                .containsEntry("melder_kvk_nummer", "87654321")
                .containsEntry("zorgaanbieder_omschrijving", "Kliniek Oost, Arnhem")
                .containsEntry("patient_overleden", true)
                // the name only encrypted (docs/toegang.md), the pseudonym beside it
                .containsEntry("patient_naam", null)
                .containsEntry("melder_naam", "Karin Kwaliteit");
        assertThat(rij.get("datum_vastgesteld")).hasToString("2026-02-05");
        assertThat((String) rij.get("patient_naam_versleuteld"))
                .startsWith("test-1:")
                .doesNotContain("Pietersen");
        assertThat((String) rij.get("patient_pseudoniem")).matches("[0-9a-f]{64}");
    }

    @Test
    void theProviderFormRequiresAKvkNumberOfEightDigits() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/zorgaanbieder");
        Api.Antwoord antwoord = browser.post(
                "/melden/zorgaanbieder",
                Map.of("formulierSleutel", browser.verborgen("formulierSleutel"), "kvkNummer", "1234"));
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.tekst())
                .contains("href=\"#kvkNummer\"", "Vul een KvK-nummer van 8 cijfers in.", "value=\"1234\"")
                .contains("href=\"#contactEmail\"", "href=\"#datumGebeurtenis\"");
    }

    @Test
    void aCitizenSendsAttachmentsWithTheFormAndAFileThatIsNotWhatItsNameSaysIsRefused() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        String omschrijving = "Met bijlage " + UUID.randomUUID();
        long voor = aantalMeldingen(jdbc);

        Api.Antwoord vermomd = postMultipart(
                browser,
                "/melden/burger",
                burgermelding(browser, omschrijving),
                new Multipart()
                        .bestand("bijlagen", "foto.png", "image/png", Meldingfixtures.eenPng())
                        .bestand("bijlagen", "rapport.pdf", "application/pdf", Meldingfixtures.eenProgramma()));
        assertThat(vermomd.status()).isEqualTo(200);
        assertThat(vermomd.tekst())
                .contains("id=\"bijlagen-fout\"", "href=\"#bijlagen\"", "geen PDF, JPEG, PNG of Word-document")
                .contains(omschrijving);
        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);

        Api.Antwoord goed = postMultipart(
                browser,
                "/melden/burger",
                burgermelding(browser, omschrijving),
                new Multipart()
                        .bestand("bijlagen", "foto.png", "image/png", Meldingfixtures.eenPng())
                        .bestand("bijlagen", "", "application/octet-stream", new byte[0]));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "select b.mediatype from meldingen.bijlage b join meldingen.melding m on m.id = b.melding_id "
                                        + "where m.omschrijving = ?")
                        .param(omschrijving)
                        .query(String.class)
                        .list())
                .containsExactly("image/png");
    }

    @Test
    void anOversizedAttachmentOnTheFormIsRefusedWithAClearPage() {
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        String omschrijving = "Te groot " + UUID.randomUUID();
        byte[] groot = new byte[21 * 1024 * 1024];
        System.arraycopy(Meldingfixtures.eenPdf(), 0, groot, 0, 8);

        Api.Antwoord antwoord = postMultipart(
                browser,
                "/melden/burger",
                burgermelding(browser, omschrijving),
                new Multipart().bestand("bijlagen", "groot.pdf", "application/pdf", groot));

        assertThat(antwoord.status()).isEqualTo(413);
        assertThat(antwoord.tekst()).contains("maximaal 20 MB");
        assertThat(aantalMeldingenMet(jdbc, omschrijving)).isZero();
    }

    @Test
    void aRefusedNotificationUsesUpNoReferenceNumber() {
        long voor = laatsteNummer();
        Sessie browser = Sessie.op(port);
        browser.get("/melden/burger");
        Map<String, String> velden = burgermelding(browser, "Datum in de toekomst " + UUID.randomUUID());
        velden.put("datumGebeurtenis", "2099-01-01");
        Api.Antwoord geweigerd = postMultipart(browser, "/melden/burger", velden, new Multipart());
        assertThat(geweigerd.tekst()).contains("href=\"#datumGebeurtenis\"");
        Api.Antwoord api = Api.op(port)
                .postJson(
                        "/api/v1/meldingen",
                        Meldingfixtures.eenKlachtVanEenBurger()
                                .met("datumGebeurtenis", "2099-01-01")
                                .tekst());
        assertThat(api.status()).isEqualTo(422);

        assertThat(laatsteNummer()).isEqualTo(voor);
    }

    private long laatsteNummer() {
        return jdbc.sql("select case when is_called then last_value else last_value - 1 end "
                        + "from meldingen.melding_nummer_seq")
                .query(Long.class)
                .single();
    }

    @Test
    void anUnknownStatusLinkIsNotFound() {
        Api.Antwoord antwoord = Sessie.op(port).get("/status/onbekend-token-" + UUID.randomUUID());
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.tekst()).contains("Deze pagina bestaat niet.");
    }

    /** Posts a multipart form (with files) with the CSRF token of the last page as its first part. */
    private static Api.Antwoord postMultipart(
            Sessie browser, String pad, Map<String, String> velden, Multipart bestanden) {
        Multipart formulier = new Multipart();
        formulier.tekst("_csrf", browser.csrf());
        velden.forEach(formulier::tekst);
        formulier.voegToe(bestanden);
        return browser.post(pad, formulier.contentType(), formulier.bytes());
    }

    private static Map<String, String> burgermelding(Sessie browser, String omschrijving) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("formulierSleutel", browser.verborgen("formulierSleutel"));
        velden.put("sector", "VERZORGING_EN_VERPLEGING");
        velden.put("soort", "KLACHT_OF_SIGNAAL");
        velden.put("zorgaanbieder", "Verpleeghuis De Linde, Utrecht");
        velden.put("datumGebeurtenis", "2026-03-02");
        velden.put("omschrijving", omschrijving);
        velden.put("naam", "Els de Graaf");
        velden.put("email", "els@example.nl");
        velden.put("telefoon", "0612345678");
        return velden;
    }
}
