package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's form in a browser that runs no script, so nothing checks the file before sending: an
 * attachment over 20 MB within the 25 MB request limit is refused by the server on its field, and the form
 * comes back with everything typed (decision 0055). Screenshot: {@code target/screenshots/formulier-zonder-script.png}.
 */
@IntegratieTest
class FormulierZonderScriptBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop().zonderScript();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttachmentOf22MbComesBackOnItsFieldWithWhatWasTyped() throws IOException {
        String omschrijving = "Grote scan zonder script " + UUID.randomUUID();
        Path groot = FormulierBrowserIT.grotePdf(22);
        try {
            chromium.ga("/melden/burger");
            // no script ran: the field a tick reveals stands open (toezicht.js would hide it), and nothing checks
            // the file's size before sending
            assertThat(chromium.browser().findElement(By.id("sggSoort")).isDisplayed())
                    .isTrue();
            FormulierBrowserIT.vulBurgerformulier(chromium.browser(), omschrijving);
            chromium.browser().findElement(By.id("email")).sendKeys("els@example.nl");
            chromium.browser()
                    .findElement(By.id("bijlagen"))
                    .sendKeys(groot.toAbsolutePath().toString());
            FormulierBrowserIT.verstuur(chromium.browser());

            assertThat(chromium.browser()
                            .findElement(By.cssSelector(".foutsamenvatting a[href='#bijlagen']"))
                            .getText())
                    .contains(groot.getFileName().toString(), "groter dan 20 MB");
            assertThat(chromium.browser().findElement(By.id("bijlagen-fout")).getText())
                    .contains("20 MB");
            assertThat(chromium.browser().getCurrentUrl()).endsWith("/melden/burger");
            assertThat(chromium.browser().findElement(By.id("omschrijving")).getDomProperty("value"))
                    .isEqualTo(omschrijving);
            assertThat(chromium.browser().findElement(By.id("zorgaanbieder")).getDomProperty("value"))
                    .isEqualTo("Verpleeghuis De Linde, Utrecht");
            assertThat(chromium.browser().findElement(By.id("email")).getDomProperty("value"))
                    .isEqualTo("els@example.nl");
            chromium.schermafdruk("formulier-zonder-script");
            assertThat(jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                            .param(omschrijving)
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            Files.deleteIfExists(groot);
        }
    }
}
