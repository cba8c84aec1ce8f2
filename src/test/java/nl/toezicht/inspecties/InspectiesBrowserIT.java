package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the framework owner imports a framework, adds a norm to the draft, publishes it, starts
 * version 2 and compares; an inspector plans an unannounced visit from a case against that version.
 * Screenshots in {@code target/screenshots/inspecties-*.png}.
 */
@IntegratieTest
class InspectiesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void start() {
        browser = chromium.browser();
        wacht = chromium.wacht();
    }

    private String url(String pad) {
        return chromium.url(pad);
    }

    private void inloggen(String wie) {
        chromium.inloggen(wie);
    }

    private void schermafdruk(String naam) throws IOException {
        chromium.schermafdruk("inspecties-" + naam);
    }

    private UUID zaakVan(UUID melding) {
        return jdbc.sql("select zaak_id from zaken.zaak_melding_telgegevens where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** Chromium's network emulation: offline, or back to normal. */
    private static Map<String, Object> netwerk(boolean offline) {
        return Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void theOwnerPublishesAFrameworkAndAnInspectorPlansAnUnannouncedVisitFromACase() throws IOException {
        // the framework owner
        String code = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Path bestand = Files.createTempFile("kader", ".json");
        Files.writeString(bestand, KaderdocumentTest.goed().replace("\"test-kader\"", "\"" + code + "\""));
        inloggen("kadereigenaar");
        browser.get(url("/inspecties/kaders"));
        browser.findElement(By.id("document")).sendKeys(bestand.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("publiceren")));
        assertThat(browser.findElement(By.id("kaderstatus")).getText()).isEqualTo("Concept");

        browser.findElement(By.id("nieuw-code")).sendKeys("2.2");
        browser.findElement(By.id("nieuw-titel")).sendKeys("Inwerken");
        browser.findElement(By.id("nieuw-tekst")).sendKeys("Nieuwe medewerkers worden ingewerkt.");
        new Select(browser.findElement(By.id("nieuw-thema"))).selectByValue("2");
        browser.findElement(By.id("norm-toevoegen-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("norm-2.2")));
        browser.findElement(By.id("publiceren")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("nieuwe-versie")));
        assertThat(browser.findElement(By.id("kaderstatus")).getText()).isEqualTo("Gepubliceerd");
        assertThat(browser.findElements(By.id("norm-toevoegen"))).isEmpty();
        schermafdruk("kader");
        String versie1 =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        browser.findElement(By.id("nieuwe-versie")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("publiceren")));
        // version 2: one norm's text sharpened
        browser.findElement(By.cssSelector("#norm-1\\.1 summary")).click();
        WebElement tekst = browser.findElement(By.id("tekst-1.1"));
        tekst.clear();
        tekst.sendKeys("De risico's zijn per cliënt bekend en besproken.");
        browser.findElement(By.cssSelector("#norm-1\\.1 form button")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".melding-goed")));
        browser.findElement(By.id("vergelijk-1")).click();
        wacht.until(ExpectedConditions.urlContains("/verschil"));
        assertThat(main())
                .contains("Van versie 1 naar versie 2", "Gewijzigd (1)", "normtekst", "per cliënt bekend en besproken")
                .doesNotContain("Toegevoegd", "Verwijderd");
        schermafdruk("verschil");

        // an inspector of the case's department
        Api.Antwoord aanbieder =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        String kvk = aanbieder.json().get("kvkNummer").asString();
        String naam = aanbieder.json().get("naam").asString();
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                        {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "%s",
                         "datumGebeurtenis": "2026-02-10", "omschrijving": "Browsertest: separatie zonder toezicht.",
                         "patient": {"naam": "B. Browser", "bsn": "111222333"}}
                        """.formatted(kvk));
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        Wachten.tot(() -> zaakVan(melding) != null, Duration.ofSeconds(20), "the case of the notification");
        UUID zaak = zaakVan(melding);

        inloggen("inspecteur.ggz");
        browser.get(url("/zaken/" + zaak));
        browser.findElement(By.id("activiteit-plannen")).click();
        wacht.until(ExpectedConditions.urlContains("/inspecties/activiteiten/nieuw"));
        if (browser.findElements(By.id("plannen")).isEmpty()) {
            // the notification was not linked to the provider: choose it from the register
            browser.findElement(By.id("zoek")).sendKeys(naam);
            browser.findElement(By.cssSelector("form.filter button")).click();
            wacht.until(ExpectedConditions.presenceOfElementLocated(By.linkText(naam)))
                    .click();
            wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("plannen")));
        }
        assertThat(main()).contains("Zaak Z-", naam);
        new Select(browser.findElement(By.id("soort"))).selectByValue("BEZOEK");
        browser.findElement(By.id("aankondiging-ONAANGEKONDIGD")).click();
        browser.findElement(By.cssSelector("#locaties input[type=checkbox]")).click();
        new Select(browser.findElement(By.id("kaderversie"))).selectByValue(versie1);
        WebElement datum = browser.findElement(By.id("begindatum"));
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                datum,
                planning.vandaag().plusDays(14).toString());
        schermafdruk("plannen");
        browser.findElement(By.id("plan-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("activiteitstatus")));
        assertThat(browser.findElement(By.id("activiteitstatus")).getText()).isEqualTo("Gepland");
        assertThat(browser.findElement(By.id("aankondiging")).getText()).isEqualTo("onaangekondigd");
        assertThat(browser.findElement(By.id("aanleiding-zaak")).getText()).startsWith("Z-");
        assertThat(main()).contains("Testkader — versie 1");
        assertThat(browser.findElement(By.id("team")).getText()).isEqualTo("Gert Visser (leider)");
        schermafdruk("activiteit");
        String activiteit = browser.getCurrentUrl();

        // on site, on a tablet: start, judge a norm as you type; the connection drops during the first save
        browser.findElement(By.id("stap-STARTEN")).click();
        wacht.until(ExpectedConditions.textToBe(By.id("activiteitstatus"), "In uitvoering"));
        UUID activiteitId = UUID.fromString(activiteit.substring(activiteit.lastIndexOf('/') + 1));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1280));
        browser.findElement(By.id("naar-veldwerk")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("bewaar-1.1")));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", netwerk(true));
        browser.findElement(By.id("score-1.1-VOLDOET_GROTENDEELS")).click();
        browser.findElement(By.id("onderbouwing-1.1")).sendKeys("Risicoprofielen actueel; één profiel ontbrak.");
        wacht.until(ExpectedConditions.textToBe(
                By.id("status-1.1"), "Nog niet opgeslagen: geen verbinding. We proberen het opnieuw."));
        assertThat(browser.findElement(By.id("opslagstatus")).getText()).isEqualTo("Nog niet opgeslagen: 1.1");
        schermafdruk("veldwerk-niet-opgeslagen");
        assertThat(jdbc.sql("select count(*) from inspecties.bevinding where activiteit = ?")
                        .param(activiteitId)
                        .query(Integer.class)
                        .single())
                .as("nothing reached the server while offline")
                .isZero();
        // the connection is back: the same save is retried and arrives once
        browser.executeCdpCommand("Network.emulateNetworkConditions", netwerk(false));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("status-1.1"), "Opgeslagen"));
        assertThat(browser.findElement(By.id("opslagstatus")).getText()).isEqualTo("Alles is opgeslagen.");
        assertThat(jdbc.sql("select score || '|' || onderbouwing || '|' || aantal_opslagen from inspecties.bevinding"
                                + " where activiteit = ? and norm_code = '1.1'")
                        .param(activiteitId)
                        .query(String.class)
                        .single())
                .isEqualTo("VOLDOET_GROTENDEELS|Risicoprofielen actueel; één profiel ontbrak.|1");
        // a photo with the finding, through intake's byte inspection
        java.nio.file.Path foto = java.nio.file.Files.createTempFile("kamer", ".png");
        java.nio.file.Files.write(foto, InspectiesIT.foto());
        browser.findElement(By.id("bestand-1.1")).sendKeys(foto.toString());
        browser.findElement(By.id("voegtoe-1.1")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("bijlagen-1.1")));
        assertThat(browser.findElement(By.id("bijlagen-1.1")).getText())
                .contains(foto.getFileName().toString());
        java.nio.file.Files.delete(foto);
        assertThat(browser.findElement(By.id("score-1.1-VOLDOET_GROTENDEELS")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("onderbouwing-1.1")).getAttribute("value"))
                .contains("één profiel ontbrak");
        schermafdruk("veldwerk");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.get(activiteit);

        browser.findElement(By.linkText("Naar de planning")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("planning")));
        assertThat(main()).contains(naam, "Bezoek op locatie", "(onaangekondigd)", "Gert Visser");
        schermafdruk("planning");
    }
}
