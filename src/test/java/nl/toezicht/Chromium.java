package nl.toezicht;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the browser tests share: a fresh headless Chromium ({@link Browser}) for each test, at a laptop's
 * 1366×900 unless told otherwise, against the test's own server, closed after the test; with the way a user
 * logs in and a screenshot in {@code target/screenshots}. Register it on an {@link IntegratieTest} class:
 *
 * <pre>{@code @RegisterExtension final Chromium chromium = Chromium.opLaptop();}</pre>
 *
 * A test of two people at once (one acts, the other sees the effect) opens a second browser with {@link
 * #tweede()}: its own session, closed with the first.
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {

    private final Dimension venster;
    private final boolean script;

    private ChromeDriver browser;
    private WebDriverWait wacht;
    private int poort;
    private final List<Chromium> anderen = new ArrayList<>();

    private Chromium(Dimension venster, boolean script) {
        this.venster = venster;
        this.script = script;
    }

    /** 1366×900, the most common laptop screen, with script. */
    public static Chromium opLaptop() {
        return new Chromium(new Dimension(1366, 900), true);
    }

    /** 1280×1024, the browser's own start size. */
    public static Chromium standaard() {
        return new Chromium(new Dimension(1280, 1024), true);
    }

    /** The same window with JavaScript switched off, as a visitor without script (or whose script failed). */
    public Chromium zonderScript() {
        return new Chromium(venster, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        open(SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class));
    }

    private void open(int poort) {
        this.poort = poort;
        browser = Browser.start(script);
        browser.manage().window().setSize(venster);
        wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /**
     * A second browser in the same window size against the same server, with its own cookies (so its own
     * login), closed after the test with this one.
     */
    public Chromium tweede() {
        Chromium ander = new Chromium(venster, script);
        ander.open(poort);
        anderen.add(ander);
        return ander;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Chromium ander : anderen) {
            ander.afterEach(context);
        }
        anderen.clear();
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait wacht() {
        return wacht;
    }

    public String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    /** Opens a page of the application. */
    public void ga(String pad) {
        browser.get(url(pad));
    }

    /** Logs in as a demo user (password {@link Api#WACHTWOORD}) and waits until the login page is left. */
    public void inloggen(String gebruiker) {
        browser.manage().deleteAllCookies();
        ga("/inloggen");
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys(Api.WACHTWOORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wacht.until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    /** The text of the page's {@code main}. */
    public String hoofd() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Saves what the browser shows as {@code target/screenshots/<naam>.png}. */
    public Path schermafdruk(String naam) throws IOException {
        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        return Files.write(map.resolve(naam + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
