package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.toezicht.Api;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An inspector suspends a case's assessment while waiting for information, resumes it, and extends a
 * provider's investigation report on the case page in a real browser; the clock's history and the timeline
 * show who, when and why. Screenshots go to {@code target/screenshots/zaak-termijn-*.png}.
 */
@IntegratieTest
class ZaakklokBrowserIT {

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
    Zaakfixtures fixtures;
    Api inspecteur;

    @BeforeEach
    void start() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
        inspecteur = Api.op(port).als("inspecteur.ggz");
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    private void stap(ZaakId id, String transitie) {
        assertThat(inspecteur
                        .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"" + transitie + "\"}")
                        .status())
                .isEqualTo(201);
    }

    private void schermafdruk(String naam) throws IOException {
        // the clock's history is below the case's data: show it
        browser.executeScript("document.querySelector('table.klokgeschiedenis').scrollIntoView({block: 'center'})");
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("zaak-termijn-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void inloggen() {
        browser.manage().deleteAllCookies();
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys("inspecteur.ggz");
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-werk"));
    }

    private String hoofd() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void anInspectorSuspendsResumesAndExtendsACaseDeadlineOnTheCasePage() throws IOException {
        klok.zet("2026-03-02T10:00");
        ZaakId beoordeling = fixtures.eenKlacht().opentZaak();
        ZaakId rapport = fixtures.eenCalamiteit().opentZaak();
        klok.zet("2026-03-03T10:00");
        stap(beoordeling, "START_TRIAGE");
        stap(beoordeling, "NEEM_IN_BEOORDELING");
        stap(rapport, "START_TRIAGE");
        stap(rapport, "VRAAG_ONDERZOEK_AAN");
        klok.zet("2026-03-10T11:00");

        inloggen();

        // an assessment: 20 working days from 3 March is 31 March; it can stand still, not be extended
        browser.get(url("/zaken/" + beoordeling));
        assertThat(hoofd()).contains("Beoordeling", "31-03-2026");
        assertThat(browser.findElements(By.id("termijn-verlengen"))).isEmpty();
        WebElement opschorten = browser.findElement(By.id("termijn-opschorten"));
        opschorten.findElement(By.tagName("button")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Kies de reden van de opschorting.");

        opschorten = browser.findElement(By.id("termijn-opschorten"));
        new Select(opschorten.findElement(By.id("grond")))
                .selectByVisibleText("Wacht op informatie van de zorgaanbieder");
        opschorten.findElement(By.id("toelichting-opschorten")).sendKeys("Medicatieoverzicht opgevraagd");
        opschorten.findElement(By.tagName("button")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("termijn-hervatten")));
        String pagina = hoofd();
        assertThat(pagina)
                .contains("De wijziging is opgeslagen.")
                .contains("Opgeschort sinds 10-03-2026: Wacht op informatie van de zorgaanbieder")
                .contains("Termijn opgeschort", "Medicatieoverzicht opgevraagd");
        WebElement geschiedenis = browser.findElement(By.cssSelector("table.klokgeschiedenis"));
        assertThat(geschiedenis.getText())
                .contains("Gestart", "Opgeschort", "inspecteur.ggz", "10-03-2026 11:0", "Wacht op informatie");
        assertThat(browser.findElements(By.id("termijn-opschorten"))).isEmpty();
        schermafdruk("opgeschort");

        // resumed a week later (Tuesday 17 March): 11, 12, 13, 16 March stood still, four working days, and the
        // deadline moves past Good Friday (a working day, decision 0010) and Easter Monday (a holiday)
        klok.zet("2026-03-17T09:30");
        // a week on the application's clock ends the session of the day before: log in again
        inloggen();
        browser.get(url("/zaken/" + beoordeling));
        geschiedenis = browser.findElement(By.cssSelector("table.klokgeschiedenis"));
        browser.findElement(By.id("termijn-hervatten"))
                .findElement(By.tagName("button"))
                .click();
        wacht.until(ExpectedConditions.stalenessOf(geschiedenis));
        pagina = hoofd();
        schermafdruk("hervat");
        assertThat(browser.findElements(By.id("termijn-opschorten"))).as(pagina).isNotEmpty();
        assertThat(pagina).contains("07-04-2026", "Termijn hervat").doesNotContain("Opgeschort sinds");
        assertThat(browser.findElement(By.cssSelector("table.klokgeschiedenis")).getText())
                .contains("Hervat", "31-03-2026 → 07-04-2026");

        // the provider's report: 8 weeks after receipt (27 April), extended once by the inspector
        browser.get(url("/zaken/" + rapport));
        assertThat(hoofd()).contains("Onderzoeksrapport zorgaanbieder", "27-04-2026");
        assertThat(browser.findElements(By.id("termijn-opschorten"))).isEmpty();
        WebElement verlengen = browser.findElement(By.id("termijn-verlengen"));
        verlengen.findElement(By.id("lengte")).sendKeys("2");
        verlengen.findElement(By.tagName("button")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Geef de reden van de verlenging.");
        assertThat(browser.findElement(By.cssSelector("#termijn-verlengen .met-fout"))
                        .getText())
                .contains("Geef de reden van de verlenging.");

        verlengen = browser.findElement(By.id("termijn-verlengen"));
        assertThat(verlengen.getText()).contains("In weken; ten hoogste 8.");
        verlengen.findElement(By.id("lengte")).sendKeys("2");
        verlengen.findElement(By.id("reden")).sendKeys("Zorgaanbieder wacht op extern advies");
        verlengen.findElement(By.tagName("button")).click();
        wacht.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "De wijziging is opgeslagen."));
        pagina = hoofd();
        assertThat(pagina).contains("11-05-2026", "Termijn verlengd", "Zorgaanbieder wacht op extern advies");
        assertThat(browser.findElement(By.cssSelector("table.klokgeschiedenis")).getText())
                .contains("Verlengd", "Uitstel op verzoek (2 weken)", "27-04-2026 → 11-05-2026");
        schermafdruk("verlengd");
    }
}
