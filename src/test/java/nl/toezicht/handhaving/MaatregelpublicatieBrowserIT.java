package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Pdf;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Bestandskeuring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an instruction is decided; the jurist sees its publication waiting; the waiting period passes
 * (test clock) and the job runs; a citizen without login finds it on the public search and the provider's page
 * and reads its PDF; the objection is upheld on the measure's page and the decision is gone from the public
 * pages. Screenshots in {@code target/screenshots/maatregelpublicatie-*.png}, the public PDF in
 * {@code target/pdf/}.
 */
@IntegratieTest
class MaatregelpublicatieBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Testklok klok;

    @Autowired
    Maatregelpublicatie publicatie;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @Test
    void decidedWaitedPublishedReadAndWithdrawnAfterTheObjection() throws Exception {
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        UUID aanbieder = MaatregelpublicatieIT.zorgaanbieder(port, uniek);
        String naam = "Handhavingzorg " + uniek;
        klok.zet("2026-11-02T10:00");
        UUID id = MaatregelpublicatieIT.besloten(
                port, aanbieder, "Op de afdeling ontbreekt een actueel medicatieoverzicht per cliënt.");

        ChromeDriver jurist = chromium.browser();
        chromium.inloggen("jurist");
        chromium.ga("/handhaving/" + id);
        assertThat(jurist.findElement(By.id("publicatie-stand")).getText()).isEqualTo("Wacht op de publicatiedatum");
        assertThat(jurist.findElement(By.id("publicatie-vanaf")).getText()).contains("16");
        jurist.executeScript("document.getElementById('publicatie').scrollIntoView()");
        chromium.schermafdruk("maatregelpublicatie-wacht");

        // the waiting period passes; the morning's job publishes
        klok.zet("2026-11-16T06:05");
        assertThat(publicatie.publiceerRijpe()).contains(id);
        // two weeks on the test clock: the session has expired, the jurist logs in again
        chromium.inloggen("jurist");
        chromium.ga("/handhaving/" + id);
        assertThat(jurist.findElement(By.id("publicatie-stand")).getText()).isEqualTo("Openbaar");
        jurist.executeScript("document.getElementById('publicatie').scrollIntoView()");
        chromium.schermafdruk("maatregelpublicatie-openbaar-medewerker");

        // a citizen, without login: the search by place and kind, then the provider's page and the PDF
        Chromium burger = chromium.tweede();
        ChromeDriver b = burger.browser();
        burger.ga("/openbaar/maatregelen");
        b.findElement(By.id("plaats")).sendKeys("Plaats" + uniek);
        new org.openqa.selenium.support.ui.Select(b.findElement(By.id("soort"))).selectByValue("AANWIJZING");
        b.findElement(By.id("zoek-knop")).click();
        burger.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("resultaten")));
        assertThat(b.findElement(By.id("aantal")).getText()).isEqualTo("1 besluit gevonden");
        assertThat(b.findElement(By.id("resultaten")).getText())
                .contains(naam, "Plaats" + uniek, "Aanwijzing", "Wkkgz art. 27 lid 1");
        burger.schermafdruk("maatregelpublicatie-zoeken");
        b.findElement(By.linkText(naam)).click();
        burger.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("maatregelen")));
        String href = b.findElement(By.cssSelector("#maatregelen a.pdf")).getAttribute("href");
        String sha =
                b.findElement(By.cssSelector("#maatregelen code.controlesom")).getText();
        burger.schermafdruk("maatregelpublicatie-zorgaanbieder");

        Api.Antwoord pdf = Api.op(port).get(href.substring(href.indexOf("/openbaar/")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Bestandskeuring.sha256(pdf.bytes())).isEqualTo(sha);
        assertThat(Pdf.tekst(pdf.bytes()))
                .contains("Openbare versie", "Besluit aanwijzing", naam, "medicatieoverzicht per cliënt")
                .doesNotContain("Julia Vermeulen");
        Pdf.beelden(pdf.bytes(), "maatregelpublicatie-besluit");

        // the objection comes in and is upheld on the measure's page: the decision is set aside
        klok.zet("2026-11-20T10:00");
        chromium.inloggen("jurist");
        chromium.ga("/handhaving/" + id);
        jurist.executeScript("document.getElementById('ontvangen-BEZWAAR_ONTVANGEN').value = '2026-11-20'");
        jurist.findElement(By.id("stap-BEZWAAR_ONTVANGEN")).click();
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("stap-BEZWAAR_GEGROND")));
        jurist.findElement(By.id("stap-BEZWAAR_GEGROND")).click();
        chromium.wacht().until(ExpectedConditions.textToBe(By.id("publicatie-stand"), "Ingetrokken"));
        assertThat(jurist.findElement(By.id("publicatie-verloop")).getText())
                .contains("Gepland", "Gepubliceerd", "Ingetrokken", "herroepen");
        jurist.executeScript("document.getElementById('publicatie').scrollIntoView()");
        chromium.schermafdruk("maatregelpublicatie-ingetrokken");

        // gone from the public pages
        burger.ga("/openbaar/maatregelen?plaats=Plaats" + uniek);
        assertThat(b.findElement(By.id("aantal")).getText()).isEqualTo("Geen gepubliceerde besluiten gevonden.");
        burger.ga("/openbaar/maatregelen/zorgaanbieders/" + aanbieder);
        assertThat(b.findElement(By.id("geen")).isDisplayed()).isTrue();
        assertThat(Api.op(port).get(href.substring(href.indexOf("/openbaar/"))).status())
                .isEqualTo(404);
        burger.schermafdruk("maatregelpublicatie-weg");
    }
}
