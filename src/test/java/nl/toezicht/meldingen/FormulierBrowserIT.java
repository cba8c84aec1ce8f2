package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public forms as a citizen and a care provider use them in a real browser (issue 11, items 10-12 and
 * the form details): nothing acknowledged is lost or stored twice, every error comes at once in the order
 * of the form, and attachments survive a round with errors.
 */
@IntegratieTest
class FormulierBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void backAndSubmitAgainStoresOneNotification() {
        String omschrijving = "Terug en nog eens versturen " + UUID.randomUUID();
        browser.get(url("/melden/burger"));
        vulBurgerformulier(omschrijving);
        verstuur();
        String referentie = referentie();

        browser.navigate().back();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("omschrijving")));
        if (browser.findElement(By.id("omschrijving")).getAttribute("value").isEmpty()) {
            // the browser did not keep what was typed: the citizen types the same again
            vulBurgerformulier(omschrijving);
        }
        verstuur();

        assertThat(referentie()).isEqualTo(referentie);
        assertThat(aantalMet(omschrijving)).isEqualTo(1);
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedOnItsFieldAndNothingTypedIsLost() throws IOException {
        String omschrijving = "Veel te grote bijlage " + UUID.randomUUID();
        Path groot = Files.createTempFile("scan", ".pdf");
        try {
            byte[] begin = Meldingfixtures.eenPdf();
            Files.write(groot, begin);
            try (var uit = Files.newOutputStream(groot, java.nio.file.StandardOpenOption.APPEND)) {
                uit.write(new byte[30 * 1024 * 1024]);
            }
            browser.get(url("/melden/burger"));
            vulBurgerformulier(omschrijving);
            browser.findElement(By.id("bijlagen"))
                    .sendKeys(groot.toAbsolutePath().toString());
            verstuur();

            WebElement samenvatting =
                    wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
            assertThat(samenvatting
                            .findElement(By.cssSelector("a[href='#bijlagen']"))
                            .getText())
                    .contains(groot.getFileName().toString(), "20 MB");
            assertThat(browser.findElement(By.id("bijlagen-fout")).getText()).contains("20 MB");
            assertThat(browser.getPageSource()).doesNotContain("\"status\"");
            assertThat(browser.getCurrentUrl()).endsWith("/melden/burger");
            assertThat(browser.findElement(By.id("omschrijving")).getAttribute("value"))
                    .isEqualTo(omschrijving);
            assertThat(browser.findElement(By.id("zorgaanbieder")).getAttribute("value"))
                    .isEqualTo("Verpleeghuis De Linde, Utrecht");
            assertThat(aantalMet(omschrijving)).isZero();
        } finally {
            Files.deleteIfExists(groot);
        }
    }

    @Test
    void everyErrorComesAtOnceInFormOrderAndAttachmentsAreKept() throws IOException {
        String omschrijving = "Alle fouten tegelijk " + UUID.randomUUID();
        Path pdf = Files.createTempFile("verslag", ".pdf");
        try {
            Files.write(pdf, Meldingfixtures.eenPdf());
            browser.get(url("/melden/burger"));
            // sector forgotten, a date in the future, misconduct without its kind, a wrong BSN and e-mail
            browser.findElement(By.id("soort")).click();
            browser.findElement(By.id("zorgaanbieder")).sendKeys("Verpleeghuis De Linde, Utrecht");
            zetDatum("datumGebeurtenis", "2099-01-01");
            browser.findElement(By.id("omschrijving")).sendKeys(omschrijving);
            browser.findElement(By.id("seksueelGrensoverschrijdend")).click();
            browser.findElement(By.id("patientBsn")).sendKeys("123456789");
            browser.findElement(By.id("email")).sendKeys("geen-adres");
            browser.findElement(By.id("bijlagen")).sendKeys(pdf.toAbsolutePath().toString());
            verstuur();

            WebElement samenvatting =
                    wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
            List<String> links = samenvatting.findElements(By.tagName("a")).stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", ""))
                    .toList();
            assertThat(links).containsExactly("sector", "datumGebeurtenis", "sggSoort", "patientBsn", "email");
            assertThat(browser.findElement(By.id("bewaard")).getText())
                    .contains(pdf.getFileName().toString());

            // every problem put right in one go, without choosing the file again
            new Select(browser.findElement(By.id("sector"))).selectByValue("VERZORGING_EN_VERPLEGING");
            zetDatum("datumGebeurtenis", "2026-01-05");
            new Select(browser.findElement(By.id("sggSoort"))).selectByIndex(1);
            browser.findElement(By.id("patientBsn")).clear();
            browser.findElement(By.id("email")).clear();
            browser.findElement(By.id("email")).sendKeys("els@example.nl");
            verstuur();
            referentie();

            assertThat(jdbc.sql("select b.bestandsnaam from meldingen.bijlage b "
                                    + "join meldingen.melding m on m.id = b.melding_id where m.omschrijving = ?")
                            .param(omschrijving)
                            .query(String.class)
                            .list())
                    .containsExactly(pdf.getFileName().toString());
            assertThat(jdbc.sql("select count(*) from meldingen.formulier_bijlage b " + "where b.bestandsnaam = ?")
                            .param(pdf.getFileName().toString())
                            .query(Long.class)
                            .single())
                    .as("kept files are forgotten once the notification is in")
                    .isZero();
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void theKindOfMisconductIsAskedOnlyWhenItIsRequiredAndNeverCalledOptional() {
        browser.get(url("/melden/burger"));
        WebElement soort = browser.findElement(By.id("sggSoort"));
        assertThat(soort.isDisplayed()).isFalse();
        browser.findElement(By.id("seksueelGrensoverschrijdend")).click();
        assertThat(soort.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("label[for=sggSoort]")).getText())
                .doesNotContain("optioneel");
    }

    @Test
    void aCareProviderIsConfirmedInItsOwnWordsAndTheStatusLinkFitsOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        String omschrijving = "Calamiteit met val " + UUID.randomUUID();
        browser.get(url("/melden/zorgaanbieder"));
        browser.findElement(By.id("kvkNummer")).sendKeys("12345678");
        browser.findElement(By.id("soort")).click();
        new Select(browser.findElement(By.id("sector"))).selectByValue("VERZORGING_EN_VERPLEGING");
        zetDatum("datumGebeurtenis", "2026-01-05");
        browser.findElement(By.id("omschrijving")).sendKeys(omschrijving);
        browser.findElement(By.id("contactNaam")).sendKeys("J. Jansen");
        browser.findElement(By.id("contactEmail")).sendKeys("kwaliteit@example.nl");
        verstuur();
        referentie();

        String tekst = browser.findElement(By.tagName("main")).getText();
        assertThat(tekst).contains("De melding is ontvangen").doesNotContain("Uw melding is ontvangen");
        Number breedte = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number venster = (Number) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(breedte.intValue()).isLessThanOrEqualTo(venster.intValue());
        Number rechts = (Number)
                browser.executeScript("return document.getElementById('statuslink').getBoundingClientRect().right");
        assertThat(rechts.intValue()).isLessThanOrEqualTo(venster.intValue());
    }

    private void vulBurgerformulier(String omschrijving) {
        new Select(browser.findElement(By.id("sector"))).selectByValue("VERZORGING_EN_VERPLEGING");
        browser.findElement(By.id("soort")).click();
        WebElement zorgaanbieder = browser.findElement(By.id("zorgaanbieder"));
        zorgaanbieder.clear();
        zorgaanbieder.sendKeys("Verpleeghuis De Linde, Utrecht");
        WebElement tekst = browser.findElement(By.id("omschrijving"));
        tekst.clear();
        tekst.sendKeys(omschrijving);
    }

    private void zetDatum(String id, String iso) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, iso);
    }

    private String referentie() {
        return wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("referentie")))
                .getText();
    }

    private long aantalMet(String omschrijving) {
        return jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                .param(omschrijving)
                .query(Long.class)
                .single();
    }

    private void verstuur() {
        browser.findElement(By.cssSelector("#formulier button[type=submit]")).click();
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
