package org.spotcheck.app.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the browser tests (stack-notes §9): never downloads a driver. */
public final class Chromium implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The upper bound of {@link #wait}: a guard, not a pause (a wait ends as soon as its condition holds). */
    public static final Duration WAIT_GUARD = Duration.ofSeconds(60);

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profileDir;
    private final String base;

    private Chromium(int port, String windowSize) throws IOException {
        this.base = "http://localhost:" + port;
        this.profileDir = Files.createTempDirectory("spotcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=" + windowSize, "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // every wait ends on its condition; the bound is only a guard that turns a hang into a failure: 10 s was too
        // short for a page at load 50 on two cores (issue 16.6), 60 s costs nothing when the condition comes
        // a condition that meets an element the page has just drawn again (a form's errors rendered twice) is asked again
        this.wait = (WebDriverWait) new WebDriverWait(driver, WAIT_GUARD).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Skips without a browser, except in CI where a missing browser is a failure. */
    public static void require() {
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            String message = "Chromium not found; install it with: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Browser tests cannot run in CI: " + message);
            }
            Assumptions.assumeTrue(false, message);
        }
    }

    public static Chromium start(int port, String windowSize) throws IOException {
        return new Chromium(port, windowSize);
    }

    public String url(String path) {
        return base + path;
    }

    public void logIn(String username) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Spotcheck-Demo-1");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains("/tasks"));
    }

    public Path screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profileDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
