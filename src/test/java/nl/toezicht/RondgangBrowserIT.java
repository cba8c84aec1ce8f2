package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The second walk of issue 11 in a real browser: the inspector's work queue (sectors, total, order, a bad
 * address, a phone and a wide screen), break-the-glass, the privacy officer's pages, the administrator's
 * pages and account, and intake linking a notification. Screenshots go to {@code target/screenshots/rondgang-*}.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RondgangBrowserIT {

    private static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Clock klok;

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    @Autowired
    TransactionOperations transacties;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeAll
    void start() throws IOException {
        browser = Browser.start();
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCHERMAFDRUKKEN);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void afgemeld() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void niemand() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theInspectorsWorkQueueOffersTheirSectorsCountsSortsAndFitsEveryScreen() throws IOException {
        meld("GGZ");
        meld("GGZ");
        inloggen("inspecteur");
        browser.get(url("/werkbak?weergave=GGZ"));

        List<String> sectoren = new ArrayList<>();
        new Select(browser.findElement(By.id("sector")))
                .getOptions()
                .forEach(o -> sectoren.add(o.getAttribute("value")));
        assertThat(sectoren)
                .as("only the departments this inspector sees")
                .containsExactly("", "JEUGD", "GGZ", "MEDISCH_SPECIALISTISCHE_ZORG");
        assertThat(browser.findElement(By.id("werkbak-totaal")).getText()).matches("[0-9.]+ zaken?");

        new Select(browser.findElement(By.id("sortering"))).selectByValue("NIEUWSTE");
        browser.findElement(By.cssSelector("form.filters button[type=submit]:not(.secundair)"))
                .click();
        wacht.until(ExpectedConditions.urlContains("sortering=NIEUWSTE"));
        List<Timestamp> ontvangen = new ArrayList<>();
        for (WebElement kenmerk : browser.findElements(By.cssSelector("table.werkbak tbody td a[href^='/zaken/']"))) {
            ontvangen.add(jdbc.sql("select ontvangen_op from zaken.zaak where referentie = ?")
                    .param(kenmerk.getText())
                    .query(Timestamp.class)
                    .single());
        }
        assertThat(ontvangen).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo((a, b) -> b.compareTo(a));
        schermafdruk("rondgang-werkbak-1366");
        // a case reference stays on one line, on a small laptop too (the final walk saw "Z-2026-" over "010879")
        for (int breedte : new int[] {1366, 1024}) {
            browser.manage().window().setSize(new Dimension(breedte, 900));
            assertThat((List<?>) browser.executeScript(
                            "return [...document.querySelectorAll('table.werkbak tbody td a[href^=\"/zaken/\"]')]"
                                    + ".filter(a => a.getClientRects().length > 1 || a.offsetHeight > 30)"
                                    + ".map(a => a.textContent)"))
                    .as("references broken over two lines at %d px", breedte)
                    .isEmpty();
        }

        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("main")).getSize().getWidth())
                .as("staff pages use a wide screen")
                .isGreaterThan(1500);
        schermafdruk("rondgang-werkbak-1920");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the work queue does not scroll sideways on a phone")
                .isTrue();
        schermafdruk("rondgang-werkbak-telefoon", By.id("werkbak-totaal"));

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/werkbak?sector=XYZ"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dit adres klopt niet");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("‘XYZ’", "‘sector’")
                .doesNotContain("Probeer het later opnieuw");
    }

    @Test
    void anInspectorOutsideTheDepartmentIsToldSoAndAfterBreakingTheGlassSeesItIsTemporaryAndLogged()
            throws IOException {
        UUID zaak = Wachten.opZaakVan(jdbc, meld("PREVENTIE"));
        inloggen("inspecteur");
        browser.get(url("/zaken/" + zaak));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zaak niet gevonden");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");

        browser.findElement(By.id("reden")).sendKeys("Spoedvraag van de officier van justitie over deze zaak");
        browser.findElement(By.cssSelector("#doorbreken button[type=submit]")).click();
        WebElement banier = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("doorbroken")));
        assertThat(banier.getText())
                .contains("buiten uw eigen afdeling", "tijdelijk", "vastgelegd", "privacyfunctionaris");
        schermafdruk("rondgang-doorbroken");
    }

    @Test
    void thePrivacyOfficerReadsReferencesReviewsBreakingTheGlassAndGetsAReadableAnswer() throws IOException {
        UUID melding = meld("GGZ");
        String referentie = jdbc.sql("select referentie from meldingen.melding where id = ?")
                .param(melding)
                .query(String.class)
                .single();
        String reden = "Navraag voor de jurist " + UUID.randomUUID();
        als("inspecteur.ggz");
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.melding(melding, null));
        toegangslog.leg(Handeling.DOORBREKEN, true, reden, List.of(Logobject.melding(melding, null)));
        SecurityContextHolder.clearContext();

        inloggen("privacy");
        browser.get(url("/privacy/toegangslog?zoeken=1&objectType=MELDING&objectId=" + melding));
        String log = browser.findElement(By.cssSelector("table.toegangslog")).getText();
        assertThat(log).contains(referentie).doesNotContain(melding.toString());
        schermafdruk("rondgang-toegangslog-1366", By.id("resultaten-kop"));
        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.navigate().refresh();
        schermafdruk("rondgang-toegangslog-1920", By.id("resultaten-kop"));
        browser.manage().window().setSize(new Dimension(1366, 900));

        browser.get(url("/privacy/doorbrekingen"));
        WebElement doorbreking = browser.findElement(By.xpath("//li[.//dd[contains(., '" + reden + "')]]"));
        String nummer = doorbreking.getAttribute("id").substring("doorbreking-".length());
        doorbreking
                .findElement(By.id("oordeel-" + nummer + "-NIET_GERECHTVAARDIGD"))
                .click();
        doorbreking.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("foutsamenvatting")))
                        .getText())
                .contains("Vul in wat er is gedaan");
        doorbreking = browser.findElement(By.id("doorbreking-" + nummer));
        doorbreking
                .findElement(By.id("oordeel-" + nummer + "-NIET_GERECHTVAARDIGD"))
                .click();
        doorbreking.findElement(By.id("toelichting-" + nummer)).sendKeys("Gesprek met de medewerker gevoerd.");
        doorbreking.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.className("melding-goed")));
        assertThat(browser.findElement(By.id("doorbreking-" + nummer)).getText())
                .contains("Niet gerechtvaardigd", "Gesprek met de medewerker gevoerd.", "privacy")
                .doesNotContain("Beoordeling vastleggen");
        schermafdruk("rondgang-doorbrekingen");

        browser.get(url("/privacy/keten"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement hash = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.hash")));
        WebElement paneel = browser.findElement(By.className("melding-goed"));
        assertThat(hash.getLocation().getX() + hash.getSize().getWidth())
                .as("the hash stays inside its panel")
                .isLessThanOrEqualTo(
                        paneel.getLocation().getX() + paneel.getSize().getWidth());
        schermafdruk("rondgang-keten");

        browser.get(url("/privacy/inzage"));
        browser.findElement(By.id("patient")).sendKeys("111222333");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement meldingen = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[h3[starts-with(., 'Meldingen')]]//table")));
        assertThat(meldingen.findElement(By.tagName("thead")).getText())
                .contains("Kenmerk", "Ontvangen op", "Sector")
                .doesNotContain("referentie", "ontvangenOp");
        assertThat(meldingen.getText()).contains(referentie, "Calamiteit").doesNotContain("CALAMITEIT");
        schermafdruk("rondgang-inzage", By.id("inzage-kop"));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/privacy/doorbrekingen"));
        schermafdruk("rondgang-doorbrekingen-telefoon");
    }

    @Test
    void theAdministratorFindsEveryPageFromTheMenuAndRevokesAKeyOnlyAfterConfirming() throws IOException {
        inloggen("beheerder");
        browser.findElement(By.linkText("Beheer")).click();
        wacht.until(ExpectedConditions.urlMatches(".*/beheer$"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Accounts", "API-sleutels", "Rechten", "Historie importeren", "Zorgaanbieders importeren");
        schermafdruk("rondgang-beheer");
        browser.findElement(By.linkText("Historie importeren")).click();
        wacht.until(ExpectedConditions.urlContains("/beheer/historie"));

        String icoon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        Api.Antwoord favicon = Api.op(port).get(icoon.replaceFirst("^https?://[^/]+", ""));
        assertThat(favicon.status()).isEqualTo(200);
        assertThat(favicon.header("Content-Type")).startsWith("image/svg+xml");

        browser.get(url("/account"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Beheerder", "Alle afdelingen")
                .doesNotContain("BEHEERDER");

        new Registertestdata(zorgaanbiederlader, transacties, klok).demoZorgaanbieder();
        String omschrijving = "Rondgang " + UUID.randomUUID();
        browser.get(url("/beheer/api-sleutels"));
        browser.findElement(By.id("kvkNummer")).sendKeys("90000001");
        browser.findElement(By.id("omschrijving")).sendKeys(omschrijving);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("nieuwe-sleutel")));
        browser.findElement(By.xpath("//tr[td[contains(., '" + omschrijving + "')]]//a"))
                .click();
        wacht.until(ExpectedConditions.urlContains("/intrekken"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("API-sleutel intrekken?");
        assertThat(ingetrokken(omschrijving)).as("asking revokes nothing").isFalse();
        schermafdruk("rondgang-sleutel-intrekken");
        browser.findElement(By.cssSelector("main form button.gevaar")).click();
        wacht.until(ExpectedConditions.urlContains("ingetrokken"));
        assertThat(ingetrokken(omschrijving)).isTrue();

        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(url("/beheer/api-sleutels"));
        schermafdruk("rondgang-sleutels-1920");
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String pagina : new String[] {"beheer", "beheer/api-sleutels", "beheer/accounts", "account"}) {
            browser.get(url("/" + pagina));
            schermafdruk("rondgang-telefoon-" + pagina.replace('/', '-'), By.tagName("table"));
            assertThat((Boolean)
                            browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("/" + pagina + " does not scroll sideways on a phone")
                    .isTrue();
        }
        browser.manage().window().setSize(new Dimension(1366, 900));

        browser.manage().deleteAllCookies();
        inloggen("inspecteur");
        browser.get(url("/account"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Inspecteur", "Jeugd", "GGZ", "Medisch Specialistische Zorg")
                .doesNotContain("INSPECTEUR");
    }

    @Test
    void intakeTellsProvidersApartByAgbSectorAndAddressWhenLinking() throws IOException {
        String naam = "Rondgangzorg " + UUID.randomUUID().toString().substring(0, 8);
        String kvk = "7"
                + String.format(
                        "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        Api.Antwoord zorgaanbieder =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", """
                        {"naam": "%s", "kvkNummer": "%s", "agbCode": "06012345", "sectoren": ["GGZ"],
                         "locaties": [{"naam": "Hoofdlocatie", "adres": "Oudegracht 12", "postcode": "3511 AB",
                                       "plaats": "Utrecht", "gemeente": "Utrecht"}]}
                        """.formatted(naam, kvk));
        assertThat(zorgaanbieder.status()).as(zorgaanbieder.toString()).isEqualTo(201);
        UUID melding = meld("GGZ");

        inloggen("intake");
        browser.get(url("/meldingen/" + melding + "?zoek=" + naam.replace(" ", "+")));
        WebElement kandidaat = wacht.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//fieldset[legend[contains(., '" + naam + "')]]")));
        assertThat(kandidaat.getText()).contains(kvk, "06012345", "GGZ", "Oudegracht 12, 3511 AB Utrecht");
        schermafdruk("rondgang-koppelen");
    }

    private boolean ingetrokken(String omschrijving) {
        return jdbc.sql("select ingetrokken is not null from toegang.api_sleutel where omschrijving = ?")
                .param(omschrijving)
                .query(Boolean.class)
                .single();
    }

    private UUID meld(String sector) {
        // a KvK number no provider has: the notification stays unlinked for intake to link
        String kvk = "6"
                + String.format(
                        "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", Autorisatiematrix.meldingJson(sector, kvk));
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        Wachten.opZaakVan(jdbc, melding);
        return melding;
    }

    private void als(String gebruiker) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(gebruiker, "x", "ROLE_X"));
    }

    private void inloggen(String gebruiker) {
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    /** The part a user scrolls to, then the screenshot. */
    private void schermafdruk(String naam, By waar) throws IOException {
        browser.findElements(waar).stream()
                .findFirst()
                .ifPresent(e -> browser.executeScript("arguments[0].scrollIntoView(true)", e));
        schermafdruk(naam);
    }

    private void schermafdruk(String naam) throws IOException {
        Files.write(SCHERMAFDRUKKEN.resolve(naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
