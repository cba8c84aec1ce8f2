package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

        chromium.inloggen("zorgaanbieder");
        chromium.wacht().until(ExpectedConditions.urlContains("/mijn-meldingen"));
        // every column of the list says what it holds (the last one had no visible heading)
        assertThat(chromium.browser().findElements(By.cssSelector("main table thead th")))
                .isNotEmpty()
                .allSatisfy(kop -> assertThat(kop.getText()).isNotBlank());
        chromium.browser().findElement(By.linkText(referentie)).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/mijn-meldingen/" + melding));
        // the provider reported it with its own KvK number: said beside the other data, not loose below
        assertThat(chromium.browser().findElement(By.id("herkomst")).getText()).isEqualTo("Door u gemeld");

        String verwachting =
                chromium.browser().findElement(By.id("verwachting")).getText();
        assertThat(verwachting)
                .contains("De inspectie verwacht uw onderzoeksrapport")
                .contains("uiterlijk "
                        + uiterlijk.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))));
        chromium.schermafdruk("portaal-verwachting");

        chromium.ga("/mijn-meldingen/" + melding + "?lang=en");
        assertThat(chromium.browser().findElement(By.id("verwachting")).getText())
                .contains("The inspectorate expects your investigation report")
                .contains("by " + uiterlijk.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        chromium.ga("/mijn-meldingen/" + melding + "?lang=nl");
    }
}
