package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.Browser;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public figures page as a visitor sees it at 1366×900 (issue 11, defect 18 and the figures items of its
 * minor list): only approved years to choose from, the latest by default; tables with two header rows that
 * fit without scrolling, their scroll area reachable by keyboard; a line chart with a real axis; footnotes
 * that name what they mean; and the whole page in English with {@code ?lang=en}. Screenshots:
 * {@code target/screenshots/cijfers-nl.png} and {@code cijfers-en.png}.
 */
@IntegratieTest
class CijfersBrowserIT {

    static final int JAAR = 2014;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferdienst dienst;

    @Autowired
    Cijferdata data;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
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

    private void stelVast() {
        // 25 + 25 received: rounded 30 + 30, while the total 50 rounds to 50 (a footnote on the column)
        data.meldingen(JAAR, Zorgsector.GGZ, "OVERIG", 3, 25);
        data.meldingen(JAAR, Zorgsector.JEUGD, "CALAMITEIT", 5, 25);
        Api analist = Api.op(port).als("analist");
        String pad = "/api/v1/statistieken/vaststellingen/" + JAAR;
        int versie = analist.postJson(pad, "{}").json().get("versie").asInt();
        assertThat(analist.postJson(pad + "/" + versie + "/controle", "{}").status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .postJson(pad + "/" + versie + "/vaststelling", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aVisitorReadsTheApprovedFiguresInDutchAndInEnglish() throws IOException {
        stelVast();
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);

        // the year list: approved years only, the latest by default; never the year still running
        browser.get(url("/cijfers"));
        List<Integer> vastgesteld = dienst.vastgesteldeJaren();
        Select jaren = new Select(browser.findElement(By.id("jaar")));
        assertThat(jaren.getFirstSelectedOption().getText()).isEqualTo(String.valueOf(vastgesteld.get(0)));
        assertThat(jaren.getOptions().stream().map(WebElement::getText))
                .contains(String.valueOf(JAAR))
                .doesNotContain(String.valueOf(dienst.lopendJaar()))
                .allMatch(j -> vastgesteld.contains(Integer.valueOf(j)));

        browser.get(url("/cijfers?jaar=" + JAAR));
        // two header rows: the measure once over its years, then the years
        List<WebElement> koppen = browser.findElements(By.cssSelector("#ontvangen-meldingen thead tr"));
        assertThat(koppen).hasSize(2);
        assertThat(koppen.get(0).findElements(By.cssSelector("th.maat")).stream()
                        .map(WebElement::getText))
                .containsExactly("Ontvangen", "Waarvan calamiteit", "Waarvan ontslag wegens disfunctioneren");
        assertThat(koppen.get(1).getText()).contains("2014", "2013", "2012");
        WebElement scroll = browser.findElement(By.cssSelector("#ontvangen-meldingen .tabel-scroll"));
        assertThat((Boolean)
                        browser.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth", scroll))
                .as("the table fits at 1366 px")
                .isTrue();
        // the scroll area is reached with the keyboard (axe: scrollable-region-focusable)
        browser.executeScript("document.getElementById('sector').focus()");
        boolean bereikt = false;
        for (int i = 0; i < 15 && !bereikt; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            bereikt =
                    (Boolean) browser.executeScript("return document.activeElement.classList.contains('tabel-scroll')");
        }
        assertThat(bereikt).as("a table's scroll area takes the keyboard focus").isTrue();
        assertThat(browser.findElements(By.cssSelector(".grafiek-vak svg text.as-waarde"))
                        .size())
                .as("ticks on the line chart's y axis")
                .isGreaterThanOrEqualTo(3);
        String tabel = browser.findElement(By.id("ontvangen-meldingen")).getText();
        assertThat(tabel)
                .contains("De afgeronde cijfers van de kolom ‘Ontvangen 2014’ tellen niet op")
                .contains("Regels versie");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("rij 1");
        Files.write(map.resolve("cijfers-nl.png"), browser.getScreenshotAs(OutputType.BYTES));
        schermen(map, "nl");

        browser.get(url("/cijfers?jaar=" + JAAR + "&lang=en"));
        String engels = browser.findElement(By.tagName("main")).getText();
        assertThat(engels)
                .contains("Notifications received per care sector – 2014")
                .contains("Received", "Of which calamity", "Mental health care", "Youth care", "Total")
                .contains("The rounded figures of the column ‘Received 2014’ do not add up")
                .contains("Rules version", "Other production indicators", "n/a");
        String bron = browser.getPageSource();
        assertThat(bron)
                .contains(">Mar<", "Notifications per month, all sectors, 2014")
                .doesNotContain("Ontvangen", "Waarvan", "Totaal", "Afgesloten", ">mrt<", "maart", "zorgsector")
                .doesNotContain("Regels versie", "Heel jaar", "n.b.", "Meldingen");
        Files.write(map.resolve("cijfers-en.png"), browser.getScreenshotAs(OutputType.BYTES));
        schermen(map, "en");
        browser.get(url("/cijfers?lang=nl"));

        // a table without rows for the chosen sector says so instead of a heading over an empty table
        browser.get(url("/cijfers?jaar=" + JAAR + "&sector=GGZ"));
        assertThat(browser.findElement(By.id("jeugd-suicide")).getText())
                .contains("Deze tabel heeft geen cijfers voor de gekozen zorgsector.");
        assertThat(browser.findElements(By.cssSelector("#jeugd-suicide table"))).isEmpty();
    }

    /** The line chart and the first table, each scrolled into view, for a person to look at. */
    private void schermen(Path map, String taal) throws IOException {
        browser.executeScript("document.querySelectorAll('.grafiek-vak')[1].scrollIntoView()");
        Files.write(map.resolve("cijfers-" + taal + "-trend.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("document.getElementById('ontvangen-meldingen').scrollIntoView()");
        Files.write(map.resolve("cijfers-" + taal + "-tabel.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
