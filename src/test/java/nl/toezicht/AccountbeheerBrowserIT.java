package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The administrator's day in account administration (issue 13.11), in two real browsers: the administrator
 * creates an account through the form, then switches off a colleague who is logged in elsewhere, whose next
 * click lands on the login page. Screenshots go to {@code target/screenshots/accountbeheer-*.png}.
 */
@IntegratieTest
class AccountbeheerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver beheerder;
    ChromeDriver collega;

    @BeforeEach
    void start() {
        beheerder = Browser.start();
        beheerder.manage().window().setSize(new Dimension(1366, 900));
        collega = Browser.start();
    }

    @AfterEach
    void stop() {
        for (ChromeDriver browser : new ChromeDriver[] {beheerder, collega}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void theAdministratorCreatesAUserAndSwitchesOffAnotherWhoseOpenSessionThenEnds() throws IOException {
        String nieuw = "nieuw.browser." + System.nanoTime() % 100_000;
        String vertrekt = "vertrekt.browser." + System.nanoTime() % 100_000;
        Toegangtestdata.zoals(jdbc, "inspecteur", vertrekt, "Vertrekkende Inspecteur");

        // the colleague is at work in another browser
        log(collega, vertrekt);
        wacht(collega).until(ExpectedConditions.urlContains("/mijn-werk"));

        // the administrator creates an account through the form
        log(beheerder, "beheerder");
        beheerder.get(url("/beheer/accounts"));
        foto(beheerder, "lijst");
        beheerder.findElement(By.id("nieuw-account")).click();
        wacht(beheerder).until(ExpectedConditions.urlContains("/beheer/accounts/nieuw"));
        beheerder.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(beheerder.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Vul de naam in.", "Kies een rol.");
        foto(beheerder, "nieuw-fouten");
        beheerder.findElement(By.id("gebruikersnaam")).sendKeys(nieuw);
        beheerder.findElement(By.id("naam")).sendKeys("Nieuwe Collega");
        beheerder.findElement(By.id("email")).sendKeys(nieuw + "@inspectie.example");
        new Select(beheerder.findElement(By.id("rol"))).selectByValue("INSPECTEUR");
        beheerder
                .findElement(By.cssSelector("input[name=afdelingen][value=GGZ]"))
                .click();
        beheerder.findElement(By.id("wachtwoord")).sendKeys("zeven paarden op een rij");
        beheerder.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht(beheerder).until(ExpectedConditions.urlContains("/beheer/accounts/" + nieuw));
        assertThat(beheerder.findElement(By.tagName("main")).getText()).contains("Het account is aangemaakt.", "Nooit");
        foto(beheerder, "aangemaakt");

        // and switches off the colleague who leaves
        beheerder.get(url("/beheer/accounts/" + vertrekt));
        assertThat(beheerder.findElement(By.id("toestand")).getText()).contains("Actief");
        beheerder
                .findElement(By.xpath("//main//button[normalize-space()='Uitschakelen']"))
                .click();
        wacht(beheerder).until(ExpectedConditions.urlContains("uitgeschakeld="));
        assertThat(beheerder.findElement(By.tagName("main")).getText())
                .contains("Account " + vertrekt + " is uitgeschakeld; 1 open sessie(s) beëindigd.");
        assertThat(beheerder.findElement(By.id("account-" + vertrekt)).getText())
                .contains("Uitgeschakeld");
        foto(beheerder, "uitgeschakeld");

        // the colleague's next click lands on the login page
        collega.get(url("/mijn-werk"));
        wacht(collega).until(ExpectedConditions.urlContains("/inloggen"));
        assertThat(collega.findElement(By.id("username")).isDisplayed()).isTrue();
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
        Files.write(map.resolve("accountbeheer-" + naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
