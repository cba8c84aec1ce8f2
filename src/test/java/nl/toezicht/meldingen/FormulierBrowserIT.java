package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public forms as a citizen and a care provider use them in a real browser (issue 11, items 10-12 and
 * the form details): nothing acknowledged is lost or stored twice, every error comes at once in the order
 * of the form, and attachments survive a round with errors.
 */
@IntegratieTest
class FormulierBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @Autowired
    JdbcClient jdbc;

    @Test
    void backAndSubmitAgainStoresOneNotification() {
        String omschrijving = "Terug en nog eens versturen " + UUID.randomUUID();
        chromium.ga("/melden/burger");
        vulBurgerformulier(chromium.browser(), omschrijving);
        verstuur();
        String referentie = referentie();

        chromium.browser().navigate().back();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("omschrijving")));
        if (chromium.browser()
                .findElement(By.id("omschrijving"))
                .getAttribute("value")
                .isEmpty()) {
            // the browser did not keep what was typed: the citizen types the same again
            vulBurgerformulier(chromium.browser(), omschrijving);
        }
        verstuur();

        assertThat(referentie()).isEqualTo(referentie);
        assertThat(aantalMet(omschrijving)).isEqualTo(1);
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedOnItsFieldAndNothingTypedIsLost() throws IOException {
        String omschrijving = "Veel te grote bijlage " + UUID.randomUUID();
        Path groot = grotePdf(30);
        try {
            chromium.ga("/melden/burger");
            vulBurgerformulier(chromium.browser(), omschrijving);
            chromium.browser()
                    .findElement(By.id("bijlagen"))
                    .sendKeys(groot.toAbsolutePath().toString());
            verstuur();

            WebElement samenvatting = chromium.wacht()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
            assertThat(samenvatting
                            .findElement(By.cssSelector("a[href='#bijlagen']"))
                            .getText())
                    .contains(groot.getFileName().toString(), "20 MB");
            assertThat(chromium.browser().findElement(By.id("bijlagen-fout")).getText())
                    .contains("20 MB");
            assertThat(chromium.browser().getPageSource()).doesNotContain("\"status\"");
            assertThat(chromium.browser().getCurrentUrl()).endsWith("/melden/burger");
            assertThat(chromium.browser().findElement(By.id("omschrijving")).getAttribute("value"))
                    .isEqualTo(omschrijving);
            assertThat(chromium.browser().findElement(By.id("zorgaanbieder")).getAttribute("value"))
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
            chromium.ga("/melden/burger");
            // sector forgotten, a date in the future, misconduct without its kind, a wrong BSN and e-mail
            chromium.browser().findElement(By.id("soort")).click();
            chromium.browser().findElement(By.id("zorgaanbieder")).sendKeys("Verpleeghuis De Linde, Utrecht");
            zetDatum("datumGebeurtenis", "2099-01-01");
            chromium.browser().findElement(By.id("omschrijving")).sendKeys(omschrijving);
            chromium.browser().findElement(By.id("seksueelGrensoverschrijdend")).click();
            chromium.browser().findElement(By.id("patientBsn")).sendKeys("123456789");
            chromium.browser().findElement(By.id("email")).sendKeys("geen-adres");
            chromium.browser()
                    .findElement(By.id("bijlagen"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            verstuur();

            WebElement samenvatting = chromium.wacht()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")));
            List<String> links = samenvatting.findElements(By.tagName("a")).stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", ""))
                    .toList();
            assertThat(links).containsExactly("sector", "datumGebeurtenis", "sggSoort", "patientBsn", "email");
            assertThat(chromium.browser().findElement(By.id("bewaard")).getText())
                    .contains(pdf.getFileName().toString());

            // every problem put right in one go, without choosing the file again
            new Select(chromium.browser().findElement(By.id("sector"))).selectByValue("VERZORGING_EN_VERPLEGING");
            zetDatum("datumGebeurtenis", "2026-01-05");
            new Select(chromium.browser().findElement(By.id("sggSoort"))).selectByIndex(1);
            chromium.browser().findElement(By.id("patientBsn")).clear();
            chromium.browser().findElement(By.id("email")).clear();
            chromium.browser().findElement(By.id("email")).sendKeys("els@example.nl");
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
        chromium.ga("/melden/burger");
        WebElement soort = chromium.browser().findElement(By.id("sggSoort"));
        assertThat(soort.isDisplayed()).isFalse();
        chromium.browser().findElement(By.id("seksueelGrensoverschrijdend")).click();
        assertThat(soort.isDisplayed()).isTrue();
        assertThat(chromium.browser()
                        .findElement(By.cssSelector("label[for=sggSoort]"))
                        .getText())
                .doesNotContain("optioneel");
    }

    @Test
    void aCareProviderIsConfirmedInItsOwnWordsAndTheStatusLinkFitsOnAPhone() {
        chromium.browser().manage().window().setSize(new Dimension(390, 844));
        String omschrijving = "Calamiteit met val " + UUID.randomUUID();
        chromium.ga("/melden/zorgaanbieder");
        chromium.browser().findElement(By.id("kvkNummer")).sendKeys("12345678");
        chromium.browser().findElement(By.id("soort")).click();
        new Select(chromium.browser().findElement(By.id("sector"))).selectByValue("VERZORGING_EN_VERPLEGING");
        zetDatum("datumGebeurtenis", "2026-01-05");
        chromium.browser().findElement(By.id("omschrijving")).sendKeys(omschrijving);
        chromium.browser().findElement(By.id("contactNaam")).sendKeys("J. Jansen");
        chromium.browser().findElement(By.id("contactEmail")).sendKeys("kwaliteit@example.nl");
        verstuur();
        referentie();

        String tekst = chromium.browser().findElement(By.tagName("main")).getText();
        assertThat(tekst).contains("De melding is ontvangen").doesNotContain("Uw melding is ontvangen");
        Number breedte = (Number) chromium.browser().executeScript("return document.documentElement.scrollWidth");
        Number venster = (Number) chromium.browser().executeScript("return document.documentElement.clientWidth");
        assertThat(breedte.intValue()).isLessThanOrEqualTo(venster.intValue());
        Number rechts = (Number) chromium.browser()
                .executeScript("return document.getElementById('statuslink').getBoundingClientRect().right");
        assertThat(rechts.intValue()).isLessThanOrEqualTo(venster.intValue());
    }

    /** A PDF of about this many megabytes in a temporary file (the caller deletes it). */
    static Path grotePdf(int megabytes) throws IOException {
        Path pdf = Files.createTempFile("scan", ".pdf");
        Files.write(pdf, Meldingfixtures.eenPdf());
        try (var uit = Files.newOutputStream(pdf, java.nio.file.StandardOpenOption.APPEND)) {
            uit.write(new byte[megabytes * 1024 * 1024]);
        }
        return pdf;
    }

    /** Fills in what the citizen's form requires; also used by {@link FormulierZonderScriptBrowserIT}. */
    static void vulBurgerformulier(ChromeDriver browser, String omschrijving) {
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
        chromium.browser().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, iso);
    }

    private String referentie() {
        return chromium.wacht()
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("referentie")))
                .getText();
    }

    private long aantalMet(String omschrijving) {
        return jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                .param(omschrijving)
                .query(Long.class)
                .single();
    }

    private void verstuur() {
        verstuur(chromium.browser());
    }

    static void verstuur(ChromeDriver browser) {
        browser.findElement(By.cssSelector("#formulier button[type=submit]")).click();
    }
}
