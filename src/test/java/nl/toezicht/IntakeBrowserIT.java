package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first whole slice in a real browser: a citizen files a notification through the public form, an
 * inspector finds its case from the work queue and moves it on, and the citizen's status link follows.
 */
@IntegratieTest
class IntakeBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @LocalServerPort
    int port;

    @Test
    void aCitizensNotificationIsFoundInTheWorkQueueAndMovedOn() {
        String omschrijving =
                "Mijn moeder kreeg op de afdeling de verkeerde medicatie (browsertest " + UUID.randomUUID() + ").";

        // a citizen first forgets the required fields and is told so, beside the fields and in a summary
        chromium.ga("/melden/burger");
        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("nl");
        verstuur();
        WebElement samenvatting =
                chromium.wacht().until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
        assertThat(samenvatting.getText()).contains("Er is een probleem");
        assertThat(samenvatting.findElements(By.cssSelector("a[href='#sector']")))
                .isNotEmpty();
        assertThat(chromium.browser().switchTo().activeElement()).isEqualTo(samenvatting);

        // then fills the form with the keyboard-reachable controls and sends it
        new Select(chromium.browser().findElement(By.id("sector"))).selectByValue("GGZ");
        chromium.browser().findElement(By.id("soort")).click();
        chromium.browser().findElement(By.id("zorgaanbieder")).sendKeys("GGZ-kliniek De Horst, Utrecht");
        chromium.browser().findElement(By.id("omschrijving")).sendKeys(omschrijving);
        verstuur();

        String referentie = chromium.wacht()
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("referentie")))
                .getText();
        assertThat(referentie).matches("M-\\d{4}-\\d{6}");
        String statuslink = chromium.browser().findElement(By.id("statuslink")).getAttribute("href");
        // the link is built from the configured base address (toezicht.web.basis-url, never the request's
        // Host); this test's server listens on another port
        assertThat(statuslink).startsWith("http://localhost:8080/status/");
        String statuspagina = chromium.url(java.net.URI.create(statuslink).getPath());
        chromium.browser().get(statuspagina);
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).contains(referentie, "Ontvangen");

        // an inspector of the GGZ department logs in and finds the case by the reference the citizen quotes
        chromium.inloggen("inspecteur.ggz");
        chromium.wacht().until(ExpectedConditions.urlContains("/mijn-werk"));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");
        chromium.browser().findElement(By.linkText("Werkbak")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/werkbak"));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Werkbak");

        openZaakVanuitWerkbak(referentie);
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).contains(omschrijving, "Ontvangen");

        // and moves it on: triage starts, the timeline shows it, the action is no longer offered
        chromium.browser()
                .findElement(By.xpath("//form[.//input[@name='transitie' and @value='START_TRIAGE']]//button"))
                .click();
        chromium.wacht()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.className("tijdlijn"), "Triage gestart"));
        assertThat(chromium.browser().findElements(By.xpath("//input[@name='transitie' and @value='START_TRIAGE']")))
                .isEmpty();
        assertThat(chromium.browser()
                        .findElements(By.xpath("//input[@name='transitie' and @value='VRAAG_ONDERZOEK_AAN']")))
                .isNotEmpty();

        // the citizen's private status link follows the case, and still shows nothing else
        chromium.browser().get(statuspagina);
        String status = chromium.browser().findElement(By.tagName("main")).getText();
        assertThat(status).contains(referentie, "In behandeling").doesNotContain(omschrijving);
    }

    /** The case is opened after intake commits (an event); the search may need a moment to find it. */
    private void openZaakVanuitWerkbak(String referentie) {
        long tot = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            WebElement kenmerk = chromium.browser().findElement(By.id("kenmerk"));
            kenmerk.clear();
            kenmerk.sendKeys(referentie);
            kenmerk.submit();
            if (chromium.browser().getCurrentUrl().contains("/zaken/")) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("case for %s opened in time", referentie)
                    .isLessThan(tot);
            chromium.ga("/werkbak");
        }
    }

    private void verstuur() {
        chromium.browser()
                .findElement(By.cssSelector("#formulier button[type=submit]"))
                .click();
    }
}
