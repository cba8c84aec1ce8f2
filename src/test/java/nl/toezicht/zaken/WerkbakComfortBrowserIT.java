package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work queue's comfort in a real browser (issue 13 item 7): an inspector sorts by a column's header, saves
 * the view as a filter, finds it under Mijn filters, applies it and deletes it; the export links carry the view.
 * Screenshots go to {@code target/screenshots/werkbak-*.png}.
 */
@IntegratieTest
class WerkbakComfortBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
    }

    @Test
    void anInspectorSortsByAColumnSavesTheViewAppliesItAndDeletesIt() throws IOException {
        java.time.Instant nu = klok.instant();
        fixtures.eenKlacht()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(nu.plusSeconds(60))
                .opentZaak();
        fixtures.eenKlacht()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(nu.plusSeconds(120))
                .opentZaak();

        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/werkbak?weergave=GGZ");
        var browser = chromium.browser();

        // the header of the received column sorts newest first, then oldest first
        klik(By.id("sorteer-ontvangen"));
        assertThat(browser.getCurrentUrl()).contains("sortering=NIEUWSTE");
        assertThat(browser.findElement(By.id("sorteer-ontvangen")).getText()).endsWith("▼");
        assertThat(browser.findElement(By.xpath("//th[@aria-sort='descending']"))
                        .getText())
                .startsWith("Ontvangen");
        chromium.schermafdruk("werkbak-gesorteerd");

        // saved without a name: the message beside the field; then with one
        klik(By.cssSelector("#filter-bewaren button[type=submit]"));
        assertThat(browser.findElement(By.id("filter-naam-fout")).getText()).isEqualTo("Geef het filter een naam.");
        browser.findElement(By.id("filter-naam")).sendKeys("GGZ nieuwste eerst");
        klik(By.cssSelector("#filter-bewaren button[type=submit]"));
        assertThat(chromium.hoofd()).contains("Filter ‘GGZ nieuwste eerst’ is bewaard.");
        WebElement mijnFilters = browser.findElement(By.id("mijn-filters"));
        assertThat(mijnFilters.getText()).contains("GGZ nieuwste eerst");
        // the export links carry the view shown
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("/api/v1/zaken/export", "afdeling=GGZ", "sortering=NIEUWSTE", "formaat=csv");
        chromium.schermafdruk("werkbak-filter-bewaard");

        // elsewhere in the work queue, the saved filter brings the view back
        chromium.ga("/werkbak?weergave=mijn");
        klik(By.linkText("GGZ nieuwste eerst"));
        assertThat(browser.getCurrentUrl()).contains("weergave=GGZ", "sortering=NIEUWSTE");

        // and it is deleted
        klik(By.cssSelector("#mijn-filters li button[type=submit]"));
        assertThat(chromium.hoofd()).contains("Filter ‘GGZ nieuwste eerst’ is verwijderd.");
        assertThat(browser.findElements(By.linkText("GGZ nieuwste eerst"))).isEmpty();
    }

    private void klik(By wat) {
        WebElement oud = chromium.browser().findElement(By.tagName("main"));
        chromium.browser().findElement(wat).click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(oud));
    }
}
