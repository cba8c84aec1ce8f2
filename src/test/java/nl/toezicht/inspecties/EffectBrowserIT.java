package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser: the lead inspector records the intended effect of a planned visit, carries it out, and judges
 * the outcome (a missing explanation refused on its field first). Screenshots {@code target/screenshots/effect-*}.
 */
@IntegratieTest
class EffectBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Testklok klok;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @Test
    void intendedEffectAtTheStartAndItsOutcomeAtTheEnd() throws Exception {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        Rapportfixtures fixtures = new Rapportfixtures(port, jdbc, register, planning.vandaag());
        UUID id = fixtures.gepland(fixtures.demo());
        ChromeDriver browser = chromium.browser();
        WebDriverWait wacht = chromium.wacht();

        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id);
        browser.findElement(By.id("beoogd")).sendKeys("Incidenten worden binnen een week gemeld en besproken.");
        browser.findElement(By.id("effect-beoogd-bewaar")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("effect-beoogd")));
        chromium.schermafdruk("effect-beoogd");

        fixtures.stap(id, "STARTEN");
        fixtures.stap(id, "VELDWERK_AFRONDEN");
        chromium.ga("/inspecties/activiteiten/" + id);
        browser.findElement(By.id("uitkomst-DEELS_BEREIKT")).click();
        browser.findElement(By.id("effect-uitkomst-bewaar")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Dit veld is verplicht.");
        assertThat(browser.findElement(By.id("uitkomst-DEELS_BEREIKT")).isSelected())
                .isTrue();
        browser.findElement(By.id("toelichting")).sendKeys("Meldingen komen, maar vaak na twee weken.");
        browser.findElement(By.id("effect-uitkomst-bewaar")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("effect-uitkomst")));
        assertThat(browser.findElement(By.id("effect-uitkomst")).getText()).isEqualTo("Deels bereikt");
        chromium.schermafdruk("effect-beoordeeld");
    }
}
