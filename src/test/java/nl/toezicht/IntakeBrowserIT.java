package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first whole slice in a real browser: a citizen files a notification through the public form, an
 * inspector finds its case from the work queue and moves it on, and the citizen's status link follows.
 */
@IntegratieTest
class IntakeBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizensNotificationIsFoundInTheWorkQueueAndMovedOn() {
        String omschrijving =
                "Mijn moeder kreeg op de afdeling de verkeerde medicatie (browsertest " + UUID.randomUUID() + ").";

        // a citizen first forgets the required fields and is told so, beside the fields and in a summary
        browser.get(url("/melden/burger"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        verstuur();
        WebElement samenvatting =
                wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
        assertThat(samenvatting.getText()).contains("Er is een probleem");
        assertThat(samenvatting.findElements(By.cssSelector("a[href='#sector']")))
                .isNotEmpty();
        assertThat(browser.switchTo().activeElement()).isEqualTo(samenvatting);

        // then fills the form with the keyboard-reachable controls and sends it
        new Select(browser.findElement(By.id("sector"))).selectByValue("GGZ");
        browser.findElement(By.id("soort")).click();
        browser.findElement(By.id("zorgaanbieder")).sendKeys("GGZ-kliniek De Horst, Utrecht");
        browser.findElement(By.id("omschrijving")).sendKeys(omschrijving);
        verstuur();

        String referentie = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("referentie")))
                .getText();
        assertThat(referentie).matches("M-\\d{4}-\\d{6}");
        String statuslink = browser.findElement(By.id("statuslink")).getAttribute("href");
        // the link is built from the configured base address (toezicht.web.basis-url, never the request's
        // Host); this test's server listens on another port
        assertThat(statuslink).startsWith("http://localhost:8080/status/");
        String statuspagina = url(java.net.URI.create(statuslink).getPath());
        browser.get(statuspagina);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(referentie, "Ontvangen");

        // an inspector of the GGZ department logs in and finds the case by the reference the citizen quotes
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys("inspecteur.ggz");
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-werk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");
        browser.findElement(By.linkText("Werkbak")).click();
        wacht.until(ExpectedConditions.urlContains("/werkbak"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Werkbak");

        openZaakVanuitWerkbak(referentie);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(omschrijving, "Ontvangen");

        // and moves it on: triage starts, the timeline shows it, the action is no longer offered
        browser.findElement(By.xpath("//form[.//input[@name='transitie' and @value='START_TRIAGE']]//button"))
                .click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.className("tijdlijn"), "Triage gestart"));
        assertThat(browser.findElements(By.xpath("//input[@name='transitie' and @value='START_TRIAGE']")))
                .isEmpty();
        assertThat(browser.findElements(By.xpath("//input[@name='transitie' and @value='VRAAG_ONDERZOEK_AAN']")))
                .isNotEmpty();

        // the citizen's private status link follows the case, and still shows nothing else
        browser.get(statuspagina);
        String status = browser.findElement(By.tagName("main")).getText();
        assertThat(status).contains(referentie, "In behandeling").doesNotContain(omschrijving);
    }

    /** The case is opened after intake commits (an event); the search may need a moment to find it. */
    private void openZaakVanuitWerkbak(String referentie) {
        long tot = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            WebElement kenmerk = browser.findElement(By.id("kenmerk"));
            kenmerk.clear();
            kenmerk.sendKeys(referentie);
            kenmerk.submit();
            if (browser.getCurrentUrl().contains("/zaken/")) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("case for %s opened in time", referentie)
                    .isLessThan(tot);
            browser.get(url("/werkbak"));
        }
    }

    private void verstuur() {
        browser.findElement(By.cssSelector("#formulier button[type=submit]")).click();
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
