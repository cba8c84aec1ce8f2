package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.meldingen.Meldingfixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An inspector uploads a document to a closed case, makes its closing letter (previewed, free text edited)
 * and sees both in the case's dossier, in a real browser. Screenshots: {@code target/screenshots/dossier-*.png}.
 */
@IntegratieTest
class ZaakdossierBrowserIT {

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

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anInspectorUploadsADocumentMakesTheClosingLetterAndSeesBothOnTheCase() throws IOException {
        ZaakId id = new Zaakfixtures(jdbc, transacties, events, klok)
                .eenCalamiteit()
                .opentZaak();
        Api inspecteur = Api.op(port).als("inspecteur.ggz");
        assertThat(inspecteur
                        .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"START_TRIAGE\"}")
                        .status())
                .isEqualTo(201);
        // closing takes four eyes: one inspector asks, a second approves
        assertThat(inspecteur
                        .postJson("/api/v1/zaken/" + id + "/sluitverzoek", "{\"sluitreden\":\"GEEN_VERVOLG\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("inspecteur")
                        .postJson("/api/v1/zaken/" + id + "/sluitverzoek/goedkeuring", "{}")
                        .status())
                .isEqualTo(200);
        Path verslag = Files.createTempFile("verslag", ".pdf");
        Files.write(verslag, Meldingfixtures.eenPdf());

        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys("inspecteur.ggz");
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-werk"));

        browser.get(url("/zaken/" + id));
        WebElement dossier = browser.findElement(By.id("documenten"));
        assertThat(dossier.getText())
                .contains("Documenten en brieven", "Bij deze zaak zijn nog geen documenten of brieven.");
        browser.findElement(By.id("document-titel")).sendKeys("Verslag gesprek met de melder");
        browser.findElement(By.id("document-bestand")).sendKeys(verslag.toString());
        browser.findElement(By.cssSelector("form.document-toevoegen button[type=submit]"))
                .click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Document „Verslag gesprek met de melder” is toegevoegd."));
        schermafdruk("document");

        browser.findElement(By.linkText("Sluitbrief aan de melder")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.briefpagina")));
        browser.findElement(By.id("tekst")).sendKeys("Wij danken u voor uw melding.");
        browser.findElement(By.id("voorbeeld-bijwerken")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementValue(By.id("tekst"), "Wij danken u"));
        WebElement pagina = browser.findElement(By.cssSelector("img.briefpagina"));
        assertThat(pagina.getAttribute("alt")).isEqualTo("Pagina 1 van 1 van de brief");
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", pagina)).intValue())
                .as("the preview image loaded")
                .isGreaterThan(400);
        schermafdruk("brief");
        browser.findElement(By.id("brief-archiveren")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "„Sluitbrief aan de melder” is opgeslagen bij de zaak."));

        List<String> documenten = browser.findElements(By.cssSelector("#documenten tr.document")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(documenten).hasSize(2);
        assertThat(documenten.get(0)).contains("Verslag gesprek met de melder", "Gert Visser");
        assertThat(documenten.get(1)).contains("Sluitbrief aan de melder", "Brief", "sluitbrief-");
        browser.executeScript("document.getElementById('documenten').scrollIntoView()");
        schermafdruk("zaak");
        Files.deleteIfExists(verslag);
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    private void schermafdruk(String naam) throws IOException {
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("dossier-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
