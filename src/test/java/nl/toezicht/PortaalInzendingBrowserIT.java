package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 items 9 and 10 in a real browser: the provider sends its investigation report in the portal, the
 * reporter adds information through the status link, and the case's inspector sees both (the alert, the
 * timeline, the dossier). Screenshots: {@code target/screenshots/portaal-inzenden*.png},
 * {@code aanvullen*.png}, {@code inspecteur-ziet-*.png}.
 */
@IntegratieTest
class PortaalInzendingBrowserIT {

    static final String INSPECTEUR = "inspecteur.ggz";

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProviderSendsItsReportAndTheInspectorFindsItOnTheCase() throws IOException {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "90000001",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Cliënt gevallen in de badkamer.",
                 "melder": {"naam": "Karin Kwaliteit", "email": "karin@example.nl", "telefoon": "0612345678"}}
                """);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String referentie = gemeld.json().get("referentie").asString();
        UUID zaak = Wachten.opZaakVan(jdbc, melding);
        wijsToe(zaak);
        for (String stap : new String[] {"START_TRIAGE", "VRAAG_ONDERZOEK_AAN"}) {
            Api.Antwoord genomen = Api.op(port)
                    .als("intake")
                    .postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", "{\"transitie\":\"" + stap + "\"}");
            assertThat(genomen.status()).as(genomen.toString()).isEqualTo(201);
        }

        chromium.inloggen("zorgaanbieder");
        chromium.browser().findElement(By.linkText(referentie)).click();
        chromium.browser().findElement(By.cssSelector("#portaal-inzenden a")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/inzenden"));
        assertThat(chromium.hoofd()).contains("De inspectie verwacht uw onderzoeksrapport");
        chromium.schermafdruk("portaal-inzenden");

        Path rapport = Files.createTempFile("onderzoeksrapport", ".pdf");
        Files.write(
                rapport, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        chromium.browser().findElement(By.id("inzending-titel")).sendKeys("Onderzoeksrapport calamiteit badkamer");
        chromium.browser().findElement(By.id("inzending-bestand")).sendKeys(rapport.toString());
        chromium.browser()
                .findElement(By.cssSelector("#inzending button[type=submit]"))
                .click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("ontvangen")));
        assertThat(chromium.browser().findElement(By.id("ontvangen")).getText())
                .contains("Onderzoeksrapport calamiteit badkamer");
        assertThat(chromium.browser().findElement(By.id("inzendingen")).getText())
                .contains(rapport.getFileName().toString());
        assertThat(chromium.hoofd()).contains("De inspectie vraagt op dit moment niets van u bij deze melding.");
        chromium.schermafdruk("portaal-inzenden-ontvangen");
        Files.delete(rapport);

        Wachten.tot(() -> alerts(zaak) == 1, "the inspector's alert");
        chromium.inloggen(INSPECTEUR);
        chromium.ga("/berichten");
        assertThat(chromium.hoofd()).contains("De zorgaanbieder heeft geantwoord bij zaak");
        chromium.ga("/zaken/" + zaak);
        assertThat(chromium.hoofd())
                .contains("Onderzoeksrapport calamiteit badkamer")
                .contains("Onderzoeksrapport ontvangen");
        toon("ol.tijdlijn li:last-child");
        chromium.schermafdruk("inspecteur-ziet-rapport");
    }

    @Test
    void theReporterAddsInformationThroughTheStatusLinkAndTheInspectorSeesIt() throws IOException {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Mijn moeder kreeg de verkeerde medicatie.",
                 "melder": {"naam": "Bea Burger", "email": "bea@example.nl"}}
                """);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String statusUrl = gemeld.json().get("statusUrl").asString();
        UUID zaak = Wachten.opZaakVan(jdbc, melding);
        wijsToe(zaak);

        chromium.ga(statusUrl.substring(statusUrl.indexOf("/status/")));
        chromium.browser().findElement(By.cssSelector("#aanvullen-link a")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/aanvullen"));
        chromium.schermafdruk("aanvullen");
        Path foto = Files.createTempFile("foto", ".png");
        Files.write(foto, new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            0x0d,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0,
            0x1f,
            0x15,
            (byte) 0xc4,
            (byte) 0x89
        });
        chromium.browser()
                .findElement(By.id("aanvulling-tekst"))
                .sendKeys("Het gebeurde de week erna opnieuw, bij de avondronde.");
        chromium.browser().findElement(By.id("aanvulling-bijlagen")).sendKeys(foto.toString());
        chromium.browser()
                .findElement(By.cssSelector("#aanvulling button[type=submit]"))
                .click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("ontvangen")));
        assertThat(chromium.hoofd())
                .contains("Bedankt, uw aanvulling is ontvangen")
                .contains("Wat u al toevoegde")
                .contains("1 bijlage");
        chromium.schermafdruk("aanvullen-ontvangen");
        Files.delete(foto);

        Wachten.tot(() -> alerts(zaak) == 1, "the inspector's alert");
        chromium.inloggen(INSPECTEUR);
        chromium.ga("/berichten");
        assertThat(chromium.hoofd()).contains("De melder heeft informatie toegevoegd bij zaak");
        chromium.ga("/zaken/" + zaak);
        assertThat(chromium.hoofd())
                .contains("Aanvulling van de melder ontvangen")
                .contains("Het gebeurde de week erna opnieuw, bij de avondronde.");
        toon("ol.tijdlijn li:last-child");
        chromium.schermafdruk("inspecteur-ziet-aanvulling");
    }

    /** Scrolls the element into the middle of the window, for the screenshot. */
    private void toon(String css) {
        chromium.browser()
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'})",
                        chromium.browser().findElement(By.cssSelector(css)));
    }

    private void wijsToe(UUID zaak) {
        Api ggz = Api.op(port).als(INSPECTEUR);
        Api.Antwoord toegewezen = ggz.send(HttpRequest.newBuilder(ggz.uri("/api/v1/zaken/" + zaak + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"" + INSPECTEUR + "\"}")));
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
    }

    private int alerts(UUID zaak) {
        return jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and pad = ?"
                        + " and soort in ('ANTWOORD_ZORGAANBIEDER', 'AANVULLING_MELDER')")
                .param(INSPECTEUR)
                .param("/zaken/" + zaak)
                .query(Integer.class)
                .single();
    }
}
