package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

    @RegisterExtension
    final Chromium inspecteur = Chromium.opLaptop();

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

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

        inspecteur.inloggen(INSPECTEUR);
        Chromium intake = inspecteur.tweede();
        intake.inloggen("intake");
        intake.ga("/zaken/" + zaak);
        new Select(intake.browser().findElement(By.id("inspecteur"))).selectByValue(INSPECTEUR);
        intake.browser()
                .findElement(By.xpath("//button[normalize-space()='Toewijzen']"))
                .click();
        intake.wacht().until(ExpectedConditions.urlContains("/zaken/" + zaak));

        // the inspector's next page shows the count; the list names the case; opening goes to it
        Wachten.tot(
                () -> {
                    inspecteur.ga("/mijn-werk");
                    return inspecteur
                                    .browser()
                                    .findElements(By.cssSelector("#berichten-bel .teller"))
                                    .size()
                            == 1;
                },
                "the count in the header");
        assertThat(inspecteur.browser().findElement(By.id("berichten-bel")).getAttribute("aria-label"))
                .matches("Berichten: [1-9][0-9]* ongelezen");
        foto(inspecteur, "kop");
        inspecteur.browser().findElement(By.id("berichten-bel")).click();
        inspecteur.wacht().until(ExpectedConditions.urlContains("/berichten"));
        By alert = By.xpath("//ul[@id='berichten']//button[contains(., '" + referentie + "')]");
        assertThat(inspecteur.browser().findElement(alert).getText())
                .isEqualTo("Zaak " + referentie + " is aan u toegewezen.");
        foto(inspecteur, "lijst");
        inspecteur.browser().findElement(alert).click();
        inspecteur.wacht().until(ExpectedConditions.urlContains("/zaken/" + zaak));
        assertThat(inspecteur.hoofd()).contains(referentie);

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

    private static void foto(Chromium browser, String naam) throws IOException {
        browser.schermafdruk("berichten-" + naam);
    }
}
