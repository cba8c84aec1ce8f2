package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.toezicht.Api;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An inspector's path through a case in a real browser (issue 13 items 2 and 4): a note, a task for a colleague,
 * who sees it on Mijn werk and completes it, a closing asked for, approved by that second inspector (not by
 * the first), and a reopening with a reason. Screenshots go to {@code target/screenshots/zaakwerk-*.png}.
 */
@IntegratieTest
class ZaakwerkBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Testklok klok;

    ChromeDriver browser;
    WebDriverWait wacht;
    Zaakfixtures fixtures;

    @BeforeEach
    void start() {
        fixtures = Zaakfixtures.uit(context);
        browser = chromium.browser();
        wacht = chromium.wacht();
    }

    /** Logs in and waits for the start page, Mijn werk. */
    private void inloggen(String gebruikersnaam) {
        chromium.inloggen(gebruikersnaam);
        wacht.until(ExpectedConditions.urlContains("/mijn-werk"));
    }

    /** Submits a form of the case page and waits for the page it comes back to. */
    private void verstuur(WebElement formulier) {
        WebElement oud = browser.findElement(By.tagName("main"));
        formulier.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.stalenessOf(oud));
    }

    private void schermafdruk(String naam, String element) throws IOException {
        if (element != null) {
            ((JavascriptExecutor) browser)
                    .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", element);
        }
        chromium.schermafdruk("zaakwerk-" + naam);
    }

    @Test
    void noteTaskForAColleagueDoneOnTheirStartPageClosingWithFourEyesAndReopening() throws IOException {
        klok.zet("2026-10-05T09:00");
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"START_TRIAGE\"}")
                        .status())
                .isEqualTo(201);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));

        // Gert Visser (inspecteur.ggz) writes a note and gives Ingrid de Vries a task
        inloggen("inspecteur.ggz");
        chromium.ga("/zaken/" + id);
        String referentie = browser.findElement(By.tagName("h1")).getText().replace("Zaak ", "");
        verstuur(browser.findElement(By.id("notitie")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Schrijf een notitie.");
        browser.findElement(By.id("notitie-tekst")).sendKeys("Locatiemanager gebeld: rapport volgt deze week.");
        verstuur(browser.findElement(By.id("notitie")));
        assertThat(browser.findElement(By.id("notities")).isDisplayed()).isTrue();
        assertThat(chromium.hoofd()).contains("Locatiemanager gebeld: rapport volgt deze week.", "Notitie toegevoegd");

        WebElement taak = browser.findElement(By.id("taak"));
        taak.findElement(By.id("taak-omschrijving")).sendKeys("Verbeterplan van de locatie beoordelen");
        new Select(taak.findElement(By.id("taak-toegewezenAan"))).selectByVisibleText("Ingrid de Vries");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('taak-uiterlijk').value = '2026-10-07'");
        verstuur(taak);
        WebElement taken = browser.findElement(By.cssSelector("table.taken"));
        assertThat(taken.getText())
                .contains("Verbeterplan van de locatie beoordelen", "Ingrid de Vries", "07-10-2026", "Open");
        schermafdruk("notitie-en-taak", "zaakwerk");

        // two days later the task is overdue; Ingrid sees it on her start page and completes it
        klok.zet("2026-10-08T09:00");
        inloggen("inspecteur");
        WebElement mijnTaken = browser.findElement(By.id("mijn-taken"));
        assertThat(mijnTaken.getText())
                .contains("Verbeterplan van de locatie beoordelen", referentie, "07-10-2026", "Te laat", "Gert Visser");
        schermafdruk("mijn-werk", null);
        mijnTaken.findElement(By.linkText(referentie)).click();
        wacht.until(ExpectedConditions.urlContains("/zaken/" + id));
        WebElement rij = browser.findElement(By.cssSelector("table.taken tr.taak"));
        WebElement oud = browser.findElement(By.tagName("main"));
        rij.findElement(By.xpath(".//button[normalize-space()='Afronden']")).click();
        wacht.until(ExpectedConditions.stalenessOf(oud));
        assertThat(browser.findElement(By.cssSelector("table.taken")).getText())
                .contains("Afgerond", "Ingrid de Vries, 08-10-2026");
        assertThat(chromium.hoofd()).contains("Taak afgerond");

        // Gert asks to close; he cannot approve it himself
        inloggen("inspecteur.ggz");
        assertThat(browser.findElement(By.id("mijn-taken")).getText()).doesNotContain("Verbeterplan");
        chromium.ga("/zaken/" + id);
        WebElement sluiten = browser.findElement(By.id("sluiten"));
        new Select(sluiten.findElement(By.id("sluiten-sluitreden"))).selectByVisibleText("Geen vervolg nodig");
        sluiten.findElement(By.id("sluiten-toelichting")).sendKeys("Verbeterplan is voldoende");
        verstuur(sluiten);
        assertThat(browser.findElement(By.id("ter-beoordeling")).getText())
                .contains("Sluiten aangevraagd door Gert Visser", "Een tweede inspecteur beoordeelt het sluiten.");
        assertThat(browser.findElements(By.id("goedkeuren"))).isEmpty();
        schermafdruk("ter-beoordeling", "ter-beoordeling");

        // Ingrid finds it on her start page and approves it
        inloggen("inspecteur");
        WebElement beoordelen = browser.findElement(By.id("mijn-ter-beoordeling"));
        assertThat(beoordelen.getText()).contains(referentie, "Geen vervolg nodig", "Gert Visser");
        beoordelen.findElement(By.linkText(referentie)).click();
        wacht.until(ExpectedConditions.urlContains("/zaken/" + id));
        assertThat(browser.findElements(By.id("heropenen"))).isEmpty();
        verstuur(browser.findElement(By.id("goedkeuren")));
        String pagina = chromium.hoofd();
        assertThat(pagina).contains("Gesloten", "Geen vervolg nodig", "Sluiten goedgekeurd, zaak gesloten");

        // and reopens it with a reason: assessed anew, with a new assessment deadline
        verstuur(browser.findElement(By.id("heropenen")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Geef een reden.");
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting a")).getAttribute("href"))
                .endsWith("#heropenen-reden");
        browser.findElement(By.id("heropenen-reden")).sendKeys("Nieuwe melding over dezelfde locatie");
        verstuur(browser.findElement(By.id("heropenen")));
        pagina = chromium.hoofd();
        // 20 working days from Thursday 8 October 2026
        assertThat(pagina)
                .contains("In beoordeling", "Zaak heropend", "Nieuwe melding over dezelfde locatie", "05-11-2026");
        assertThat(browser.findElement(By.tagName("ol")).getText()).isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        schermafdruk("heropend", null);
    }
}
