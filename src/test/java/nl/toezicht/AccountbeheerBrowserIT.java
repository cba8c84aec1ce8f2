package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's day in account administration (issue 13.11), in two real browsers: the administrator
 * creates an account through the form, then switches off a colleague who is logged in elsewhere, whose next
 * click lands on the login page. Screenshots go to {@code target/screenshots/accountbeheer-*.png}.
 */
@IntegratieTest
class AccountbeheerBrowserIT {

    @RegisterExtension
    final Chromium beheerder = Chromium.opLaptop();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorCreatesAUserAndSwitchesOffAnotherWhoseOpenSessionThenEnds() throws IOException {
        String nieuw = "nieuw.browser." + System.nanoTime() % 100_000;
        String vertrekt = "vertrekt.browser." + System.nanoTime() % 100_000;
        Toegangtestdata.zoals(jdbc, "inspecteur", vertrekt, "Vertrekkende Inspecteur");

        // the colleague is at work in another browser
        Chromium collega = beheerder.tweede();
        collega.inloggen(vertrekt);
        collega.wacht().until(ExpectedConditions.urlContains("/mijn-werk"));

        // the administrator creates an account through the form
        beheerder.inloggen("beheerder");
        beheerder.ga("/beheer/accounts");
        foto(beheerder, "lijst");
        beheerder.browser().findElement(By.id("nieuw-account")).click();
        beheerder.wacht().until(ExpectedConditions.urlContains("/beheer/accounts/nieuw"));
        beheerder
                .browser()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        assertThat(beheerder
                        .browser()
                        .findElement(By.cssSelector(".foutsamenvatting"))
                        .getText())
                .contains("Vul de naam in.", "Kies een rol.");
        foto(beheerder, "nieuw-fouten");
        beheerder.browser().findElement(By.id("gebruikersnaam")).sendKeys(nieuw);
        beheerder.browser().findElement(By.id("naam")).sendKeys("Nieuwe Collega");
        beheerder.browser().findElement(By.id("email")).sendKeys(nieuw + "@inspectie.example");
        new Select(beheerder.browser().findElement(By.id("rol"))).selectByValue("INSPECTEUR");
        beheerder
                .browser()
                .findElement(By.cssSelector("input[name=afdelingen][value=GGZ]"))
                .click();
        beheerder.browser().findElement(By.id("wachtwoord")).sendKeys("zeven paarden op een rij");
        beheerder
                .browser()
                .findElement(By.cssSelector("main form button[type=submit]"))
                .click();
        beheerder.wacht().until(ExpectedConditions.urlContains("/beheer/accounts/" + nieuw));
        assertThat(beheerder.hoofd()).contains("Het account is aangemaakt.", "Nooit");
        foto(beheerder, "aangemaakt");

        // and switches off the colleague who leaves
        beheerder.ga("/beheer/accounts/" + vertrekt);
        assertThat(beheerder.browser().findElement(By.id("toestand")).getText()).contains("Actief");
        beheerder
                .browser()
                .findElement(By.xpath("//main//button[normalize-space()='Uitschakelen']"))
                .click();
        beheerder.wacht().until(ExpectedConditions.urlContains("uitgeschakeld="));
        assertThat(beheerder.hoofd())
                .contains("Account " + vertrekt + " is uitgeschakeld; 1 open sessie(s) beëindigd.");
        assertThat(beheerder.browser().findElement(By.id("account-" + vertrekt)).getText())
                .contains("Uitgeschakeld");
        foto(beheerder, "uitgeschakeld");

        // the colleague's next click lands on the login page
        collega.ga("/mijn-werk");
        collega.wacht().until(ExpectedConditions.urlContains("/inloggen"));
        assertThat(collega.browser().findElement(By.id("username")).isDisplayed())
                .isTrue();
    }

    private static void foto(Chromium browser, String naam) throws IOException {
        browser.schermafdruk("accountbeheer-" + naam);
    }
}
