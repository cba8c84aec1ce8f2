package nl.toezicht.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.toezicht.Api;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search from the staff header in a real browser (issue 13.1): the inspector types words of a description in the
 * header's box, sees the kinds as tabs with their counts and the facets, opens a notification's result, then finds
 * a case by its reference typed loosely and opens it. Screenshots: {@code target/screenshots/zoeken-*.png}.
 */
@IntegratieTest
class ZoekenBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock klok;

    Zoekfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zoekfixtures(jdbc, transacties, events, klok);
    }

    private void zoekInDeKop(String tekst) {
        WebElement vak = chromium.browser().findElement(By.id("kop-q"));
        vak.clear();
        vak.sendKeys(tekst, Keys.ENTER);
        chromium.wacht().until(ExpectedConditions.urlContains("/zoeken"));
        chromium.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("zoeken-totaal")));
    }

    @Test
    void anInspectorSearchesFromTheHeaderAndOpensAResult() throws Exception {
        String woord = Zoekfixtures.uniekWoord();
        Zoekfixtures.Gemeld eerste =
                fixtures.meld(Zorgsector.GGZ, "Twee cliënten vielen bij valpartijen in de huiskamer " + woord);
        fixtures.meld(Zorgsector.GGZ, "Een valpartij op de trap " + woord);
        fixtures.meld(Zorgsector.JEUGD, "Valpartij in de jeugdzorg " + woord);
        Api.op(port)
                .als("inspecteur.ggz")
                .postJson(
                        "/api/v1/zaken/" + eerste.zaak() + "/notities",
                        "{\"tekst\":\"Gebeld over de valpartij, " + woord + "\"}");

        chromium.inloggen("inspecteur.ggz");
        zoekInDeKop("valpartij client " + woord);
        // stemming and accents: "valpartij client" finds "cliënten ... valpartijen", and only that one
        assertThat(chromium.hoofd())
                .contains("Zaken (0)")
                .contains("Meldingen (1)")
                .contains("1 gevonden");
        chromium.schermafdruk("zoeken-woorden");

        zoekInDeKop("valpartij " + woord);
        // the case by its note, shown first; the notifications on their tab
        assertThat(chromium.hoofd()).contains("Zaken (1)").contains(fixtures.referentie(eerste.zaak()));
        chromium.browser().findElement(By.linkText("Meldingen (2)")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("soort=MELDING"));
        String meldingen = chromium.hoofd();
        // the other department's notification is neither listed nor counted in a facet
        assertThat(meldingen).contains("2 gevonden").contains("GGZ (2)").doesNotContain("Jeugd");
        chromium.schermafdruk("zoeken-meldingen");
        chromium.browser().findElement(By.linkText(eerste.referentie())).click();
        chromium.wacht()
                .until(ExpectedConditions.urlContains(
                        "/meldingen/" + eerste.melding().waarde()));
        assertThat(chromium.hoofd()).contains(eerste.referentie());

        String zaak = fixtures.referentie(eerste.zaak());
        String nummer = zaak.substring(zaak.lastIndexOf('-') + 1).replaceFirst("^0+", "");
        zoekInDeKop("z" + nummer);
        assertThat(chromium.hoofd()).contains("1 gevonden");
        chromium.schermafdruk("zoeken-kenmerk");
        chromium.browser().findElement(By.linkText(zaak)).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/zaken/" + eerste.zaak()));
        assertThat(chromium.hoofd()).contains(zaak).contains("Verwant werk");
        chromium.schermafdruk("zoeken-zaak");
    }
}
