package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk actions in a real browser (issue 13 item 7): the intake desk ticks three cases in the work queue, chooses to
 * assign them to an inspector, sees how many cases and what will happen before anything changes, confirms, and reads
 * per case what was done. Screenshots go to {@code target/screenshots/werkbak-bulk-*.png}.
 */
@IntegratieTest
class WerkbakBulkBrowserIT {

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
    void intakeTicksThreeCasesConfirmsAndAssignsThemToAnInspector() throws IOException {
        // received later than what other tests made, so that the newest-first view shows them on its first page
        java.time.Instant later = klok.instant().plus(Duration.ofDays(3));
        List<ZaakId> zaken = List.of(
                fixtures.eenKlacht().inSector(Zorgsector.GGZ).ontvangenOp(later).opentZaak(),
                fixtures.eenKlacht()
                        .inSector(Zorgsector.GGZ)
                        .ontvangenOp(later.plusSeconds(60))
                        .opentZaak(),
                fixtures.eenKlacht()
                        .inSector(Zorgsector.GGZ)
                        .ontvangenOp(later.plusSeconds(120))
                        .opentZaak());

        chromium.inloggen("intake");
        chromium.ga("/werkbak?weergave=GGZ&sortering=NIEUWSTE");
        var browser = chromium.browser();

        // "all on this page" ticks every row (script), and unticks them again
        WebElement alles = browser.findElement(By.id("bulk-alles"));
        alles.click();
        for (ZaakId zaak : zaken) {
            assertThat(browser.findElement(By.id("kies-" + zaak)).isSelected()).isTrue();
        }
        alles.click();
        assertThat(browser.findElement(By.id("kies-" + zaken.get(0))).isSelected())
                .isFalse();

        for (ZaakId zaak : zaken) {
            WebElement vakje = browser.findElement(By.id("kies-" + zaak));
            assertThat(vakje.getAttribute("aria-label")).startsWith("Zaak Z-");
            vakje.click();
        }
        new Select(browser.findElement(By.id("bulk-actie"))).selectByValue("TOEWIJZEN");
        Select inspecteurs = new Select(browser.findElement(By.id("bulk-inspecteur")));
        inspecteurs.selectByValue("inspecteur.ggz");
        String naam = inspecteurs.getFirstSelectedOption().getText();
        chromium.schermafdruk("werkbak-bulk-gekozen");
        klik(By.id("bulk-verder"));

        // the confirmation says how many and what, and nothing has changed yet
        assertThat(browser.findElement(By.id("bulk-samenvatting")).getText())
                .isEqualTo("U gaat 3 zaken bewerken: Toewijzen aan een inspecteur (" + naam + ").");
        for (ZaakId zaak : zaken) {
            assertThat(inspecteur(zaak)).isNull();
        }
        chromium.schermafdruk("werkbak-bulk-bevestigen");
        klik(By.id("bulk-bevestig"));

        assertThat(browser.findElement(By.id("bulk-verslag")).getText())
                .isEqualTo("Toewijzen aan een inspecteur: 3 uitgevoerd, 0 eerder al uitgevoerd, 0 geweigerd.");
        assertThat(browser.findElements(By.cssSelector("#bulk-uitkomsten tr[data-afloop=UITGEVOERD]")))
                .hasSize(3);
        chromium.schermafdruk("werkbak-bulk-verslag");
        for (ZaakId zaak : zaken) {
            assertThat(inspecteur(zaak)).isEqualTo("inspecteur.ggz");
            assertThat(jdbc.sql("select count(*) from zaken.statuswijziging where zaak = ? and transitie = 'TOEWIJZEN'")
                            .param(zaak.waarde())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private String inspecteur(ZaakId zaak) {
        return jdbc.sql("select inspecteur from zaken.zaak where id = ?")
                .param(zaak.waarde())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void klik(By wat) {
        WebElement oud = chromium.browser().findElement(By.tagName("main"));
        chromium.browser().findElement(wat).click();
        chromium.wacht().until(ExpectedConditions.stalenessOf(oud));
    }
}
