package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every role logs in from the login page, as a new user would, and lands on the page of its own work, never
 * on a refusal (issue 11, defect 16). Then the logo takes it back there. Screenshots at 1366×900 go to
 * {@code target/screenshots/start-<account>.png}.
 */
@IntegratieTest
class StartpaginasBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "intake, /meldingen?ongekoppeld=true, Meldingen",
        "inspecteur, /mijn-werk, Mijn werk",
        "jurist, /handhaving, Maatregelen",
        "analist, /cijfers, Cijfers",
        "privacy, /privacy/doorbrekingen, Doorbrekingen",
        "beheerder, /beheer, Beheer",
        "kadereigenaar, /inspecties/kaders, Toetsingskaders",
        "zorgaanbieder, /mijn-meldingen, Mijn meldingen"
    })
    void eachRoleLandsOnItsOwnStartPage(String account, String startpagina, String kop) throws IOException {
        chromium.inloggen(account);

        assertThat(chromium.browser().getCurrentUrl()).isEqualTo(chromium.url(startpagina));
        String main = chromium.browser().findElement(By.tagName("main")).getText();
        assertThat(main).doesNotContain("Er ging iets mis", "geen toegang");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo(kop);
        // no heading stands over nothing (the analyst's figures had chart headings without a chart)
        assertThat((java.util.List<?>) chromium.browser().executeScript("""
                        return [...document.querySelectorAll('main h2')].filter(h => {
                          const n = h.nextElementSibling;
                          return !n || (n.innerText.trim() === '' && !n.querySelector('svg, table, form, input, select'));
                        }).map(h => h.innerText);"""))
                .as("headings without content")
                .isEmpty();
        chromium.schermafdruk("start-" + account + "");

        // the logo leads back to the start page, not to the citizens' front page
        chromium.ga("/account");
        chromium.browser().findElement(By.cssSelector("a.logo")).click();
        chromium.wacht().until(ExpectedConditions.urlToBe(chromium.url(startpagina)));

        // an old bookmark of the work queue takes a role without cases to its own page as well
        chromium.ga("/werkbak");
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");
    }
}
