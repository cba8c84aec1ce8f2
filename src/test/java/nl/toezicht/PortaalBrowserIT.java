package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider portal says what the inspectorate expects and by when (issue 11, defect 17): a calamity the
 * demo provider reported waits for its investigation report, and the provider's user reads that, with the
 * case's deadline, on the notification's page, in Dutch and in English. Screenshot:
 * {@code target/screenshots/portaal-verwachting.png}.
 */
@IntegratieTest
class PortaalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void start() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    @Test
    void theProviderReadsThatTheInvestigationReportIsExpectedAndByWhen() throws IOException {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "90000001",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Cliënt gevallen in de badkamer.",
                 "melder": {"naam": "Karin Kwaliteit", "email": "karin@example.nl", "telefoon": "0612345678"}}
                """);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String referentie = gemeld.json().get("referentie").asString();
        UUID zaak = Wachten.opZaakVan(jdbc, melding);
        Api intake = Api.op(port).als("intake");
        for (String stap : new String[] {"START_TRIAGE", "VRAAG_ONDERZOEK_AAN"}) {
            Api.Antwoord genomen =
                    intake.postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", "{\"transitie\":\"" + stap + "\"}");
            assertThat(genomen.status()).as(genomen.toString()).isEqualTo(201);
        }
        LocalDate uiterlijk = jdbc.sql("select termijn_datum from zaken.zaak where id = ?")
                .param(zaak)
                .query(LocalDate.class)
                .single();

        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys("zorgaanbieder");
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-meldingen"));
        browser.findElement(By.linkText(referentie)).click();
        wacht.until(ExpectedConditions.urlContains("/mijn-meldingen/" + melding));

        String verwachting = browser.findElement(By.id("verwachting")).getText();
        assertThat(verwachting)
                .contains("De inspectie verwacht uw onderzoeksrapport")
                .contains("uiterlijk "
                        + uiterlijk.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))));
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("portaal-verwachting.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(url("/mijn-meldingen/" + melding + "?lang=en"));
        assertThat(browser.findElement(By.id("verwachting")).getText())
                .contains("The inspectorate expects your investigation report")
                .contains("by " + uiterlijk.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        browser.get(url("/mijn-meldingen/" + melding + "?lang=nl"));
    }
}
