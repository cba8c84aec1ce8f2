package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.toezicht.Api;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the jurist prepares an instruction (aanwijzing) for a provider found in the register, signs
 * and sends the intention and the decision, records compliance and lifts it; the decision letter is read back
 * from its PDF, and an inspector of the department sees the measure but no actions. Screenshots in
 * {@code target/screenshots/handhaving-*.png}, the letter's first page in {@code target/brieven/}.
 */
@IntegratieTest
class HandhavingBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @Test
    void anInstructionFromIntentionToLiftedWithItsLetterReadBackFromPdf() throws Exception {
        ChromeDriver browser = chromium.browser();
        Api.Antwoord aanbieder = Api.op(port)
                .als("intake")
                .postJson("/api/v1/zorgaanbieders", nl.toezicht.Autorisatiematrix.zorgaanbiederJson());
        String naam = aanbieder.json().get("naam").asString();
        String kvk = aanbieder.json().get("kvkNummer").asString();

        chromium.inloggen("jurist");
        chromium.ga("/handhaving");
        browser.findElement(By.id("nieuwe-maatregel")).click();
        browser.findElement(By.id("zoek")).sendKeys(kvk);
        browser.findElement(By.id("zoeken")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.linkText(naam + " (" + kvk + ")")));
        browser.findElement(By.linkText(naam + " (" + kvk + ")")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("maatregel-opstellen")));
        new Select(browser.findElement(By.id("soort"))).selectByValue("AANWIJZING");
        new Select(browser.findElement(By.id("afdeling"))).selectByValue("GGZ");
        new Select(browser.findElement(By.id("aanleiding"))).selectByValue("ZAAK");
        browser.findElement(By.id("aanleidingKenmerk")).sendKeys("Z-2026-000123");
        browser.findElement(By.id("wet")).sendKeys("Wkkgz");
        browser.findElement(By.id("artikel")).sendKeys("art. 27 lid 1");
        browser.findElement(By.id("omschrijving"))
                .sendKeys("Op de afdeling ontbreekt een actueel medicatieoverzicht per cliënt.");
        chromium.schermafdruk("handhaving-nieuw");
        browser.findElement(By.id("opstellen")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("maatregelstatus")));
        assertThat(browser.findElement(By.id("maatregelstatus")).getText()).isEqualTo("In voorbereiding");
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        // the intention: two weeks for the view of the party
        browser.findElement(By.id("aan-VOORNEMEN_VERZENDEN")).sendKeys("bestuur@zorg.example");
        browser.findElement(By.id("stap-VOORNEMEN_VERZENDEN")).click();
        chromium.wacht().until(ExpectedConditions.textToBe(By.id("maatregelstatus"), "Voornemen verzonden"));
        assertThat(browser.findElement(By.id("klok-ZIENSWIJZE")).getText()).contains("loopt");

        // the decision: comply within six weeks
        browser.findElement(By.id("aan-BESLUIT_VERZENDEN")).sendKeys("bestuur@zorg.example");
        browser.findElement(By.id("termijn-BESLUIT_VERZENDEN")).sendKeys("6");
        browser.findElement(By.id("stap-BESLUIT_VERZENDEN")).click();
        chromium.wacht().until(ExpectedConditions.textToBe(By.id("maatregelstatus"), "Opgelegd"));
        assertThat(browser.findElement(By.id("klok-NALEVINGSTERMIJN")).getText())
                .contains("loopt");
        assertThat(browser.findElement(By.id("klok-BEZWAARTERMIJN")).getText()).contains("loopt");
        assertThat(browser.findElement(By.id("klok-ZIENSWIJZE")).getText()).contains("gestopt");
        chromium.schermafdruk("handhaving-opgelegd");
        String pdf = browser.findElement(By.id("pdf-BESLUIT_VERZENDEN")).getAttribute("href");

        browser.findElement(By.id("stap-NALEVING_VASTSTELLEN")).click();
        chromium.wacht().until(ExpectedConditions.textToBe(By.id("maatregelstatus"), "Nageleefd"));
        browser.findElement(By.id("stap-OPHEFFEN")).click();
        chromium.wacht().until(ExpectedConditions.textToBe(By.id("maatregelstatus"), "Opgeheven of beëindigd"));
        assertThat(browser.findElement(By.id("verloop")).getText())
                .contains(
                        "Opstellen",
                        "Voornemen ondertekenen en verzenden",
                        "Besluit ondertekenen en verzenden",
                        "Naleving vaststellen",
                        "Opheffen of beëindigen",
                        "Julia Vermeulen");
        // lifted: nothing more to do with the instruction itself, but its decision stands and can still be
        // objected to while the six weeks run (Awb 6:7)
        assertThat(browser.findElements(By.cssSelector("#acties [id^='stap-']")))
                .extracting(e -> e.getAttribute("id"))
                .containsExactly("stap-BEZWAAR_ONTVANGEN");
        chromium.schermafdruk("handhaving-opgeheven");

        // the decision letter as sent, read back from its PDF
        Api.Antwoord brief = Sessie.op(port).als("jurist").get(pdf.substring(pdf.indexOf("/documenten/")));
        assertThat(brief.status()).as(brief.toString()).isEqualTo(200);
        String tekst = Handhavingtestdata.pdftotext(brief.bytes());
        assertThat(tekst)
                .contains(
                        "Besluit aanwijzing",
                        naam,
                        "De inspectie geeft " + naam + " een aanwijzing",
                        "medicatieoverzicht per cliënt",
                        "Wkkgz art. 27 lid 1",
                        "Bezwaar",
                        "Julia Vermeulen");
        beeld(brief.bytes(), "handhaving-besluit-aanwijzing");

        // an inspector of the department reads it, without actions; the list per provider shows it
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/handhaving/" + id);
        assertThat(chromium.hoofd()).contains("Aanwijzing", "Opgeheven of beëindigd");
        assertThat(browser.findElements(By.id("acties"))).isEmpty();
        browser.findElement(By.linkText("Maatregelen van " + naam)).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("maatregelen")));
        assertThat(browser.findElement(By.id("maatregelen")).getText()).contains("Aanwijzing", "Opgeheven");
        chromium.schermafdruk("handhaving-lijst");
    }

    /** Page 1 of the letter as a PNG in target/brieven, to look at (pdftoppm). */
    private static void beeld(byte[] pdf, String naam) throws IOException, InterruptedException {
        Path map = Path.of("target", "brieven");
        Files.createDirectories(map);
        Path bestand = map.resolve(naam + ".pdf");
        Files.write(bestand, pdf);
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        bestand.toString(),
                        map.resolve(naam).toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
    }
}
