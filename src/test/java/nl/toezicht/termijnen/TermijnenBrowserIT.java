package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inspector opens "Deze week verlopen" from the menu in a real browser, sees their own deadlines with text
 * labels, switches to their department's tab and follows a link to the object. A screenshot goes to
 * {@code target/screenshots/termijnen.png}. (Department NETWERKZORG, today's date.)
 */
@IntegratieTest
class TermijnenBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    private static final Handelende INSPECTEUR = new Handelende("inspecteur.netwerkzorg", "INSPECTEUR");

    @Autowired
    Klokken klokken;

    @Autowired
    Testklok testklok;

    @Autowired
    Termijnen termijnen;

    List<KlokStand> klokkenVanDezeTest;

    @BeforeEach
    void start() {
        // a Wednesday: "this week" must hold both today's and the day after tomorrow's deadlines (on a Sunday the
        // ten-day MDR clock started nine days ago falls due next week, and the department view would miss it)
        testklok.zet("2025-07-16T10:00");
        LocalDate vandaag = termijnen.vandaag();
        klokkenVanDezeTest = List.of(
                klok("BESTUURLIJKE_BOETE", vandaag.minusWeeks(13), "inspecteur.netwerkzorg"),
                klok("MDR_ERNSTIG_INCIDENT", vandaag.minusDays(17), "inspecteur.netwerkzorg"),
                klok("MDR_OVERLIJDEN_OF_ERNSTIGE_VERSLECHTERING", vandaag.minusDays(9), null));
    }

    @AfterEach
    void stop() {
        if (chromium.browser() != null) {
            chromium.browser().quit();
        }
        for (KlokStand k : klokkenVanDezeTest) {
            klokken.stop(k.id(), INSPECTEUR, testklok.instant().plusSeconds(60), null);
        }
    }

    private KlokStand klok(String soort, LocalDate dag0, String behandelaar) {
        return klokken.start(
                TestObjecten.nieuw(),
                soort,
                Startpunt.datum(dag0),
                null,
                new Verantwoordelijke("NETWERKZORG", behandelaar),
                INSPECTEUR,
                dag0.atTime(LocalTime.NOON).atZone(Tijdzone.NEDERLAND).toInstant());
    }

    @Test
    void anInspectorSeesTheWeeksDeadlinesAndFollowsOne() throws IOException {
        chromium.inloggen("inspecteur.netwerkzorg");
        chromium.wacht().until(ExpectedConditions.urlContains("/mijn-werk"));
        // the inspector's start page already lists their own clocks due this week (issue 11, defect 16)
        assertThat(chromium.browser().findElement(By.tagName("main")).getText())
                .contains(
                        "Termijnen die deze week verlopen of al verlopen zijn",
                        "Beslissing bestuurlijke boete",
                        "Te laat")
                .doesNotContain("Melding overlijden of onverwachte ernstige verslechtering (MDR)");
        chromium.schermafdruk("mijn-werk");

        chromium.browser().findElement(By.linkText("Termijnen")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("/termijnen"));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Deze week verlopen");
        WebElement actief = chromium.browser().findElement(By.cssSelector(".tabs a[aria-current=page]"));
        assertThat(actief.getText()).isEqualTo("Mijn termijnen");
        String mijn = chromium.browser().findElement(By.tagName("main")).getText();
        assertThat(mijn)
                .contains("Beslissing bestuurlijke boete", "Awb art. 5:51 lid 1", "Vandaag")
                .contains("Melding ernstig incident (MDR)")
                .contains("Te laat")
                .doesNotContain("Melding overlijden of onverwachte ernstige verslechtering (MDR)");

        chromium.browser().findElement(By.linkText("Afdeling Netwerkzorg")).click();
        chromium.wacht().until(ExpectedConditions.urlContains("weergave=NETWERKZORG"));
        String afdeling = chromium.browser().findElement(By.tagName("main")).getText();
        assertThat(afdeling)
                .contains("Melding overlijden of onverwachte ernstige verslechtering (MDR)")
                .contains("Niet toegewezen");
        chromium.schermafdruk("termijnen");

        String kenmerk = TestObjecten.kenmerk(klokkenVanDezeTest.get(0).object().id());
        chromium.browser().findElement(By.linkText(kenmerk)).click();
        chromium.wacht()
                .until(ExpectedConditions.urlContains(
                        "/testobjecten/" + klokkenVanDezeTest.get(0).object().id()));
    }
}
