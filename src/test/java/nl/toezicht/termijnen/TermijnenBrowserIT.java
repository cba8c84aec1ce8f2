package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Tijdzone;
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

/**
 * An inspector opens "Deze week verlopen" from the menu in a real browser, sees their own deadlines with text
 * labels, switches to their department's tab and follows a link to the object. A screenshot goes to
 * {@code target/screenshots/termijnen.png}. (Department NETWERKZORG, today's date.)
 */
@IntegratieTest
class TermijnenBrowserIT {

    private static final Handelende INSPECTEUR = new Handelende("inspecteur.netwerkzorg", "INSPECTEUR");

    @LocalServerPort
    int port;

    @Autowired
    Klokken klokken;

    @Autowired
    Testklok testklok;

    @Autowired
    Termijnen termijnen;

    ChromeDriver browser;
    WebDriverWait wacht;
    List<KlokStand> klokkenVanDezeTest;

    @BeforeEach
    void start() {
        LocalDate vandaag = termijnen.vandaag();
        klokkenVanDezeTest = List.of(
                klok("BESTUURLIJKE_BOETE", vandaag.minusWeeks(13), "inspecteur.netwerkzorg"),
                klok("MDR_ERNSTIG_INCIDENT", vandaag.minusDays(17), "inspecteur.netwerkzorg"),
                klok("MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING", vandaag.minusDays(9), null));
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (KlokStand k : klokkenVanDezeTest) {
            klokken.stop(k.id(), INSPECTEUR, testklok.instant().plusSeconds(60), null);
        }
    }

    private KlokStand klok(String soort, LocalDate dag0, String behandelaar) {
        return klokken.start(
                TestObjecten.nieuw(),
                soort,
                Startpunt.datum(dag0),
                null,
                new Verantwoordelijke("NETWERKZORG", behandelaar),
                INSPECTEUR,
                dag0.atTime(LocalTime.NOON).atZone(Tijdzone.NEDERLAND).toInstant());
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    @Test
    void anInspectorSeesTheWeeksDeadlinesAndFollowsOne() throws IOException {
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys("inspecteur.netwerkzorg");
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-werk"));
        // the inspector's start page already lists their own clocks due this week (issue 11, defect 16)
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Termijnen die deze week verlopen", "Beslissing bestuurlijke boete", "Te laat")
                .doesNotContain("Melding overlijden of onverwachte ernstige verslechtering (MDR)");
        Path start = Path.of("target", "screenshots");
        Files.createDirectories(start);
        Files.write(start.resolve("mijn-werk.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.linkText("Termijnen")).click();
        wacht.until(ExpectedConditions.urlContains("/termijnen"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Deze week verlopen");
        WebElement actief = browser.findElement(By.cssSelector(".tabs a[aria-current=page]"));
        assertThat(actief.getText()).isEqualTo("Mijn termijnen");
        String mijn = browser.findElement(By.tagName("main")).getText();
        assertThat(mijn)
                .contains("Beslissing bestuurlijke boete", "Awb art. 5:51 lid 1", "Vandaag")
                .contains("Melding ernstig incident (MDR)")
                .contains("Te laat")
                .doesNotContain("Melding overlijden of onverwachte ernstige verslechtering (MDR)");

        browser.findElement(By.linkText("Afdeling Netwerkzorg")).click();
        wacht.until(ExpectedConditions.urlContains("weergave=NETWERKZORG"));
        String afdeling = browser.findElement(By.tagName("main")).getText();
        assertThat(afdeling)
                .contains("Melding overlijden of onverwachte ernstige verslechtering (MDR)")
                .contains("Niet toegewezen");
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("termijnen.png"), browser.getScreenshotAs(OutputType.BYTES));

        String kenmerk = TestObjecten.kenmerk(klokkenVanDezeTest.get(0).object().id());
        browser.findElement(By.linkText(kenmerk)).click();
        wacht.until(ExpectedConditions.urlContains(
                "/testobjecten/" + klokkenVanDezeTest.get(0).object().id()));
    }
}
