package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role logs in from the login page, as a new user would, and lands on the page of its own work, never
 * on a refusal (issue 11, defect 16). Then the logo takes it back there. Screenshots at 1366×900 go to
 * {@code target/screenshots/start-<account>.png}.
 */
@IntegratieTest
class StartpaginasBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void start() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
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

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "intake, /meldingen?ongekoppeld=true, Meldingen",
        "inspecteur, /mijn-werk, Mijn werk",
        "jurist, /werkbak, Werkbak",
        "analist, /cijfers, Cijfers",
        "privacy, /privacy/doorbrekingen, Doorbrekingen",
        "beheerder, /beheer, Beheer",
        "zorgaanbieder, /mijn-meldingen, Mijn meldingen"
    })
    void eachRoleLandsOnItsOwnStartPage(String account, String startpagina, String kop) throws IOException {
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(startpagina));
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).doesNotContain("Er ging iets mis", "geen toegang");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(kop);
        // no heading stands over nothing (the analyst's figures had chart headings without a chart)
        assertThat((java.util.List<?>) browser.executeScript("""
                        return [...document.querySelectorAll('main h2')].filter(h => {
                          const n = h.nextElementSibling;
                          return !n || (n.innerText.trim() === '' && !n.querySelector('svg, table, form, input, select'));
                        }).map(h => h.innerText);"""))
                .as("headings without content")
                .isEmpty();
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("start-" + account + ".png"), browser.getScreenshotAs(OutputType.BYTES));

        // the logo leads back to the start page, not to the citizens' front page
        browser.get(url("/account"));
        browser.findElement(By.cssSelector("a.logo")).click();
        wacht.until(ExpectedConditions.urlToBe(url(startpagina)));

        // an old bookmark of the work queue takes a role without cases to its own page as well
        browser.get(url("/werkbak"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");
    }
}
