package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezicht.Api;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the jurist prepares a fine whose amount follows from the fine policy (a refused first try
 * keeps what was typed), the administrator reads the policy's versions and the mandate table, the provider opens
 * the portal's list of measures. Screenshots in {@code target/screenshots/boetebeleid-*.png}.
 */
@IntegratieTest
class BoetebeleidBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Handhaving handhaving;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @Test
    void aFineFromThePolicyWithTheRefusedFormKeepingWhatWasTyped() throws Exception {
        ChromeDriver browser = chromium.browser();
        Api.Antwoord aanbieder = Api.op(port)
                .als("intake")
                .postJson("/api/v1/zorgaanbieders", nl.toezicht.Autorisatiematrix.zorgaanbiederJson());
        String id = aanbieder.json().get("id").asString();

        chromium.inloggen("jurist");
        chromium.ga("/handhaving/nieuw?zorgaanbieder=" + id);
        new Select(browser.findElement(By.id("soort"))).selectByValue("BESTUURLIJKE_BOETE");
        new Select(browser.findElement(By.id("afdeling"))).selectByValue("GGZ");
        new Select(browser.findElement(By.id("aanleiding"))).selectByValue("SIGNAAL");
        browser.findElement(By.id("wet")).sendKeys("Wkkgz");
        browser.findElement(By.id("artikel")).sendKeys("art. 11");
        browser.findElement(By.id("omschrijving")).sendKeys("Calamiteit niet gemeld binnen de wettelijke termijn.");
        new Select(browser.findElement(By.id("boetecategorie"))).selectByValue("3");
        browser.findElement(By.cssSelector("input[name=matigingen][value=EERSTE_OVERTREDING]"))
                .click();
        chromium.schermafdruk("boetebeleid-nieuwe-boete");
        // no report date: refused, the form comes back as typed
        browser.findElement(By.id("opstellen")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.id("wet")).getAttribute("value")).isEqualTo("Wkkgz");
        assertThat(new Select(browser.findElement(By.id("boetecategorie")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("input[name=matigingen][value=EERSTE_OVERTREDING]"))
                        .isSelected())
                .isTrue();
        chromium.schermafdruk("boetebeleid-geweigerd");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("rapportdatum")),
                handhaving.vandaag().minusDays(3).toString());
        org.openqa.selenium.WebElement knop = browser.findElement(By.id("opstellen"));
        knop.click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(knop));
        chromium.schermafdruk("boetebeleid-na-opstellen");
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("boeteberekening")));
        // € 12,500 less 10%
        assertThat(browser.findElement(By.id("boeteberekening")).getText())
                .contains("categorie 3")
                .contains("11.250,00");
        chromium.schermafdruk("boetebeleid-boete");
    }

    @Test
    void theAdministratorReadsThePolicyAndTheMandateAndTheProviderItsMeasures() throws Exception {
        ChromeDriver browser = chromium.browser();
        chromium.inloggen("beheerder");
        chromium.ga("/handhaving");
        browser.findElement(By.id("boetebeleid")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versie-1")));
        assertThat(browser.findElement(By.id("categorieen")).getAttribute("value"))
                .contains("3; Melding niet of te laat gedaan; 12500.00");
        chromium.schermafdruk("boetebeleid-versies");
        chromium.ga("/handhaving/mandaten");
        assertThat(browser.findElement(By.id("mandaat-JURIST-BESTUURLIJKE_BOETE"))
                        .getText())
                .contains("100.000,00");
        chromium.schermafdruk("boetebeleid-mandaten");

        Chromium aanbieder = chromium.tweede();
        aanbieder.inloggen("zorgaanbieder");
        aanbieder.ga("/mijn-meldingen");
        aanbieder.browser().findElement(By.id("naar-mijn-maatregelen")).click();
        aanbieder.wacht().until(ExpectedConditions.titleContains("Maatregelen"));
        aanbieder.schermafdruk("boetebeleid-portaal");
    }
}
