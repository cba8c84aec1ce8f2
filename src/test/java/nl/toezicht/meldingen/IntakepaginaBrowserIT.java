package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.zaken.Werkbak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake desk's pages in a real browser (issue 11, items 13-15 and 20, and the timeline): long unbroken
 * text wraps, linking and merging take the numbers people have (KvK number, reference), notification and
 * case link to each other, a linked notification says to whom and moves on, and the timeline names people
 * and events.
 */
@IntegratieTest
class IntakepaginaBrowserIT {

    private static final String UUID_PATROON = ".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*";

    @LocalServerPort
    int port;

    @Autowired
    Testklok klok;

    @Autowired
    Medewerkers medewerkers;

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Register register;

    @Autowired
    Werkbak werkbak;

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
    void theIntakeDeskLinksByKvkNumberMergesByReferenceAndFollowsTheLinks() {
        String naam = "Zorggroep De Linde " + UUID.randomUUID().toString().substring(0, 8);
        Registertestdata.Opgeslagen aanbieder = new Registertestdata(zorgaanbiederlader, transacties, klok)
                .zorgaanbieder(naam, Zorgsector.VERZORGING_EN_VERPLEGING);
        String kvk = register.vind(aanbieder.zorgaanbieder()).orElseThrow().kvkNummer();
        // one long unbroken string, as people paste links and codes
        String lang = "https://voorbeeld.nl/" + "x".repeat(600);
        Map<String, String> eerste = meld(Meldingfixtures.eenKlachtVanEenBurger()
                .met("omschrijving", "Zie " + lang)
                .met("patient", Map.of("naam", "P. Patiënt", "bsn", "111222333")));
        Map<String, String> tweede = meld(Meldingfixtures.eenKlachtVanEenBurger());

        login("intake");
        browser.get(url("/meldingen/" + eerste.get("id")));
        // the description and the 64-character pseudonym wrap: nothing is pushed off-screen
        assertThat(browser.findElement(By.id("pseudoniem")).getText()).hasSize(64);
        assertPastInHetVenster();

        // linking by the KvK number the desk has, not the register's internal id
        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.id("zorgaanbiederId")).sendKeys(kvk);
        browser.findElement(By.xpath("//input[@id='zorgaanbiederId']/ancestor::form//button"))
                .click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), naam));
        assertThat(tekst()).contains("In behandeling");

        // again through the search, now with the location: it shows by name and address, not as an id
        browser.findElement(By.id("zoek")).sendKeys(kvk);
        browser.findElement(By.id("zoek")).submit();
        org.openqa.selenium.support.ui.Select locatie =
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("locatie-0")));
        locatie.selectByIndex(1);
        browser.findElement(By.xpath("//select[@id='locatie-0']/ancestor::form//button"))
                .click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("locatie"), "Lindelaan 1"));
        assertThat(browser.findElement(By.id("locatie")).getText()).doesNotMatch(UUID_PATROON);

        // the list says to whom it is linked, and that it moved on
        browser.get(url("/meldingen?ongekoppeld=false"));
        WebElement rij = browser.findElement(By.xpath("//tr[.//a[text()='" + eerste.get("referentie") + "']]"));
        assertThat(rij.getText()).contains("Gekoppeld aan " + naam, "In behandeling");

        // from the notification to its case, and back
        browser.get(url("/meldingen/" + eerste.get("id")));
        browser.findElement(By.id("naar-zaak")).click();
        wacht.until(ExpectedConditions.urlContains("/zaken/"));
        String zaakUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.linkText(eerste.get("referentie"))).getAttribute("href"))
                .endsWith("/meldingen/" + eerste.get("id"));
        assertPastInHetVenster();

        // the timeline names events and people, and shows the linking
        String intakeNaam = medewerkers.vind("intake").orElseThrow().naam();
        String tijdlijn = browser.findElement(By.className("tijdlijn")).getText();
        assertThat(tijdlijn)
                .contains("Zaak geopend", "Gekoppeld aan een zorgaanbieder", naam, "door " + intakeNaam)
                .doesNotContain("door intake", "door systeem");

        // merging by the reference people quote
        WebElement melding = browser.findElement(By.id("meldingId"));
        melding.sendKeys(tweede.get("referentie"));
        melding.submit();
        wacht.until(ExpectedConditions.urlToBe(zaakUrl));
        assertThat(browser.findElements(By.className("foutsamenvatting"))).isEmpty();
        assertThat(tekst()).contains(tweede.get("referentie"));
    }

    private Map<String, String> meld(Meldingfixtures.Json melding) {
        var antwoord =
                Api.op(port).postJson("/api/v1/meldingen", melding.tekst()).json();
        String id = antwoord.get("id").asString();
        String referentie = antwoord.get("referentie").asString();
        // its case is opened after intake commits
        long tot = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (werkbak.zaakMetKenmerk(referentie).isEmpty()) {
            assertThat(System.nanoTime()).as("case opened in time").isLessThan(tot);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Map.of("id", id, "referentie", referentie);
    }

    private void assertPastInHetVenster() {
        Number breedte = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number venster = (Number) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(breedte.intValue()).as("page width").isLessThanOrEqualTo(venster.intValue());
    }

    private void login(String gebruiker) {
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    private String tekst() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
