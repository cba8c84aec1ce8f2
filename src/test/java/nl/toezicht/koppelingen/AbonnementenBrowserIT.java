package nl.toezicht.koppelingen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The administrator's subscriptions page in a real browser (issue 16): a refused form, a new subscription whose
 * secret and key are shown once, the delivery failing into the dead-letter list, the partner's endpoint
 * recovering and the dead letter offered again in place (htmx), delivered, and the subscription ended.
 * Screenshots go to {@code target/screenshots/abonnementen-*.png}.
 */
@IntegratieTest
class AbonnementenBrowserIT {

    @RegisterExtension
    final Chromium beheerder = Chromium.opLaptop();

    @Autowired
    Bezorging bezorging;

    @Autowired
    Testklok klok;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionOperations transacties;

    @Autowired
    JdbcClient jdbc;

    private HttpServer ontvanger;
    private final AtomicBoolean werkt = new AtomicBoolean(false);
    private final List<String> aangenomen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ontvangerStart() throws IOException {
        ontvanger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ontvanger.createContext("/hook", uitwisseling -> {
            byte[] inhoud = uitwisseling.getRequestBody().readAllBytes();
            if (werkt.get()) {
                aangenomen.add(new JsonFormat().deserialize(inhoud).getSubject());
                uitwisseling.sendResponseHeaders(204, -1);
            } else {
                uitwisseling.sendResponseHeaders(503, -1);
            }
            uitwisseling.close();
        });
        ontvanger.start();
    }

    @AfterEach
    void ontvangerStop() {
        ontvanger.stop(0);
    }

    @Test
    void theAdministratorSubscribesAPartnerSeesTheDeadLetterOffersItAgainAndEndsTheSubscription() throws Exception {
        String naam = "Dashboard " + UUID.randomUUID().toString().substring(0, 8);
        beheerder.inloggen("beheerder");
        beheerder.ga("/beheer");
        beheerder
                .browser()
                .findElement(By.linkText("Abonnementen van partners"))
                .click();
        beheerder.wacht().until(ExpectedConditions.urlContains("/beheer/abonnementen"));

        // an empty form comes back with its error, in Dutch, on the field
        beheerder
                .browser()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        assertThat(beheerder
                        .browser()
                        .findElement(By.cssSelector(".foutsamenvatting"))
                        .getText())
                .contains("Geef het abonnement een naam");
        foto("fout");

        // a national partner for received notifications: the secret and the key are shown this once
        beheerder.browser().findElement(By.id("naam")).sendKeys(naam);
        beheerder.browser().findElement(By.id("url")).clear();
        beheerder
                .browser()
                .findElement(By.id("url"))
                .sendKeys("http://127.0.0.1:" + ontvanger.getAddress().getPort() + "/hook");
        beheerder
                .browser()
                .findElement(By.cssSelector("input[name=typen][value='nl.toezicht.melding.ontvangen']"))
                .click();
        beheerder
                .browser()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        assertThat(beheerder.browser().findElement(By.id("nieuw-geheim")).getText())
                .startsWith("whsec_");
        assertThat(beheerder.browser().findElement(By.id("nieuwe-sleutel")).getText())
                .startsWith("tzp_");
        foto("nieuw");
        beheerder.browser().findElement(By.linkText("Abonnement bekijken")).click();
        beheerder.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("bezorging")));
        assertThat(beheerder.hoofd()).contains(naam, "Actief", "Er zijn geen niet bezorgde gebeurtenissen.");
        assertThat(beheerder.hoofd()).as("never again the secret").doesNotContain("whsec_");

        // the partner's endpoint is down: three attempts, then the dead-letter list
        String referentie = "MLD-B" + System.nanoTime() % 1_000_000;
        transacties.executeWithoutResult(s -> events.publishEvent(new MeldingOntvangen(
                MeldingId.nieuw(), referentie, Meldingsoort.CALAMITEIT, Zorgsector.GGZ, null, klok.instant(), null)));
        klok.verzet(Duration.ofMinutes(1));
        bezorging.ronde();
        klok.verzet(Duration.ofMinutes(1));
        bezorging.ronde();
        klok.verzet(Duration.ofMinutes(1));
        bezorging.ronde();
        beheerder.browser().navigate().refresh();
        assertThat(beheerder.browser().findElement(By.id("dode-letters")).getText())
                .contains(referentie, "HTTP 503");
        foto("dode-letter");

        // it recovers; the administrator offers the event again, the list answers in place
        werkt.set(true);
        String adres = beheerder.browser().getCurrentUrl();
        beheerder
                .browser()
                .findElement(By.xpath("//section[@id='dode-letters']//button[normalize-space()='Opnieuw aanbieden']"))
                .click();
        beheerder
                .wacht()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("dode-letters"), "1 gebeurtenis(sen) opnieuw aangeboden."));
        assertThat(beheerder.browser().getCurrentUrl()).as("no page load: htmx").isEqualTo(adres);
        assertThat(beheerder.browser().findElement(By.id("dode-letters")).getText())
                .contains("Opnieuw aangeboden op");
        foto("aangeboden");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    bezorging.ronde();
                    return aangenomen.contains(referentie);
                });
        beheerder.browser().navigate().refresh();
        assertThat(beheerder.hoofd()).contains("Er zijn geen niet bezorgde gebeurtenissen.");
        assertThat(beheerder.browser().findElement(By.id("bezorgd")).getText()).isEqualTo("1");

        // ended, after the question whether that is meant
        beheerder.browser().findElement(By.id("beeindigen")).click();
        beheerder.wacht().until(ExpectedConditions.alertIsPresent()).accept();
        beheerder.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("toestand"), "Beëindigd"));
        assertThat(beheerder.hoofd()).contains("Het abonnement is beëindigd.");
        foto("beeindigd");
        assertThat(jdbc.sql("select count(*) from koppelingen.abonnement where naam = ? and beeindigd is not null")
                        .param(naam)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private void foto(String naam) throws IOException {
        beheerder.schermafdruk("abonnementen-" + naam);
    }
}
