package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser, the legal officer's page of the annual-accounts process (issue 15): the year's figures, a
 * deposit file read in through the file field, a dry run that says what would happen, and the first phase started
 * with its progress polled until done. Other tests' providers may be in the register at the end of the year too, so
 * the counts are read from the page and compared before and after. Screenshots in {@code
 * target/screenshots/jaarrekeningen-*.png}.
 */
@IntegratieTest
class JaarrekeningBrowserIT {

    /** A reporting year after every other test's providers (JaarrekeningIT counts all providers up to 1975). */
    static final int JAAR = 1981;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    nl.toezicht.Testklok klok;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    private int ontbrekend(ChromeDriver browser) {
        return Integer.parseInt(
                browser.findElement(By.id("ontbrekend")).getText().replace(".", ""));
    }

    @Test
    void theLegalOfficerReadsDepositsTriesADryRunAndStartsTheIntentions() throws Exception {
        List<Registertestdata.Bulkopgeslagen> eigen = new Registertestdata(lader, transacties, klok)
                .zorgaanbieders(3, Instant.parse("1981-03-01T10:00:00Z"), "Browserjaarzorg");
        ChromeDriver browser = chromium.browser();
        chromium.inloggen("jurist");
        chromium.ga("/handhaving/jaarrekeningen?jaar=" + JAAR);
        int voor = ontbrekend(browser);
        assertThat(voor).isGreaterThanOrEqualTo(3);
        chromium.schermafdruk("jaarrekeningen-jaar");

        // one of the three deposited: read in through the page's file field
        Path bestand = Files.createTempFile("deponeringen", ".csv");
        Files.writeString(
                bestand,
                "kvk_nummer;naam;verslagjaar;datum_deponering\n" + eigen.get(0).kvkNummer() + ";Browserjaarzorg 1;"
                        + JAAR + ";1982-05-31\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        WebElement inlezen = browser.findElement(By.cssSelector("form[enctype] button[type=submit]"));
        inlezen.click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(inlezen));
        assertThat(browser.findElement(By.cssSelector(".melding-gelukt")).getText())
                .as("the deposit file's report")
                .isNotBlank();
        assertThat(ontbrekend(browser)).isEqualTo(voor - 1);
        chromium.schermafdruk("jaarrekeningen-ingelezen");

        // a dry run says how many providers the phase would take and changes nothing
        WebElement droog = browser.findElement(By.id("droog-VOORNEMENS"));
        droog.click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(droog));
        assertThat(browser.findElement(By.id("voorbeeld")).getText())
                .contains("zou " + (voor - 1) + " zorgaanbieders raken")
                .contains("Er is niets gewijzigd");
        assertThat(browser.findElement(By.id("rondes")).getText()).contains("Nog geen rondes");
        chromium.schermafdruk("jaarrekeningen-droog");

        // the intentions for real: the runs' table polls until the run is done, with a letter per provider
        WebElement start = browser.findElement(By.id("start-VOORNEMENS"));
        start.click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(start));
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("rondes"), "Klaar"));
        String rondes = browser.findElement(By.id("rondes")).getText();
        assertThat(rondes).contains("Voornemens").contains((voor - 1) + " / " + (voor - 1));
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("rondes")));
        chromium.schermafdruk("jaarrekeningen-klaar");
        chromium.ga("/handhaving/jaarrekeningen?jaar=" + JAAR);
        assertThat(chromium.hoofd()).contains("Voornemen");
        Files.deleteIfExists(bestand);
    }
}
