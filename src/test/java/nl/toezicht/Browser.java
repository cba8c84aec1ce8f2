package nl.toezicht;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no tool downloads a browser or driver
 * of its own. Without Chromium the browser test is skipped locally, but CI ({@code .ci/run}) sets
 * {@code TOEZICHT_BROWSER_VERPLICHT=true} and installs it, so there it always runs.
 */
public final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start() {
        return start(true);
    }

    /** Without script ({@code script} false), as a visitor whose browser runs none. */
    public static ChromeDriver start(boolean script) {
        boolean aanwezig = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!aanwezig && "true".equals(System.getenv("TOEZICHT_BROWSER_VERPLICHT"))) {
            throw new IllegalStateException(
                    "Chromium is required here but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        Assumptions.assumeTrue(
                aanwezig,
                "Browser test skipped: install Debian's chromium and chromium-driver (.ci/run does this in CI)");
        Path profiel;
        try {
            profiel = Files.createTempDirectory("toezicht-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1024",
                "--lang=nl-NL",
                "--user-data-dir=" + profiel.toAbsolutePath());
        if (!script) {
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
