package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alerts in two real browsers (issue 13.5): intake assigns a case on its page, the inspector sees the count in
 * the header, opens the alert and lands on the case; the e-mail arrives at the in-test SMTP server with the link
 * and nothing of the case. Screenshots go to {@code target/screenshots/berichten-*.png}.
 */
@IntegratieTest
class BerichtenBrowserIT {

    static final String INSPECTEUR = "inspecteur.ggz";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver intake;
    ChromeDriver inspecteur;

    @BeforeEach
    void start() {
        intake = Browser.start();
        inspecteur = Browser.start();
        inspecteur.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void stop() {
        for (ChromeDriver browser : new ChromeDriver[] {intake, inspecteur}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anInspectorGetsAnAlertWhenACaseIsAssignedAndTheMailArrives() throws Exception {
        String adres = "browser." + UUID.randomUUID().toString().substring(0, 8) + "@inspectie.example";
        Toegangtestdata.emailadres(jdbc, INSPECTEUR, adres);
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", Autorisatiematrix.meldingJson());
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID zaak =
                Wachten.opZaakVan(jdbc, UUID.fromString(gemeld.json().get("id").asString()));
        String referentie = jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak)
                .query(String.class)
                .single();

        log(inspecteur, INSPECTEUR);
        log(intake, "intake");
        intake.get(url("/zaken/" + zaak));
        new Select(intake.findElement(By.id("inspecteur"))).selectByValue(INSPECTEUR);
        intake.findElement(By.xpath("//button[normalize-space()='Toewijzen']")).click();
        wacht(intake).until(ExpectedConditions.urlContains("/zaken/" + zaak));

        // the inspector's next page shows the count; the list names the case; opening goes to it
        Wachten.tot(
                () -> {
                    inspecteur.get(url("/mijn-werk"));
                    return inspecteur
                                    .findElements(By.cssSelector("#berichten-bel .teller"))
                                    .size()
                            == 1;
                },
                "the count in the header");
        assertThat(inspecteur.findElement(By.id("berichten-bel")).getAttribute("aria-label"))
                .matches("Berichten: [1-9][0-9]* ongelezen");
        foto(inspecteur, "kop");
        inspecteur.findElement(By.id("berichten-bel")).click();
        wacht(inspecteur).until(ExpectedConditions.urlContains("/berichten"));
        By alert = By.xpath("//ul[@id='berichten']//button[contains(., '" + referentie + "')]");
        assertThat(inspecteur.findElement(alert).getText()).isEqualTo("Zaak " + referentie + " is aan u toegewezen.");
        foto(inspecteur, "lijst");
        inspecteur.findElement(alert).click();
        wacht(inspecteur).until(ExpectedConditions.urlContains("/zaken/" + zaak));
        assertThat(inspecteur.findElement(By.tagName("main")).getText()).contains(referentie);

        // the mail arrives (the outbox job runs every 10 seconds)
        Wachten.tot(() -> aan(adres) != null, Duration.ofSeconds(60), "the alert's mail");
        MimeMessage mail = aan(adres);
        assertThat(mail.getSubject()).contains(referentie);
        assertThat(mail.getContent().toString()).contains("/zaken/" + zaak).doesNotContain("Matrixtest", "nachtdienst");
    }

    private static MimeMessage aan(String adres) {
        return Testpost.ontvangen().stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(adres);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElse(null);
    }

    private void log(ChromeDriver browser, String gebruikersnaam) {
        browser.get(url("/inloggen"));
        browser.findElement(By.id("username")).sendKeys(gebruikersnaam);
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    private static WebDriverWait wacht(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    private static void foto(ChromeDriver browser, String naam) throws IOException {
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve("berichten-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
