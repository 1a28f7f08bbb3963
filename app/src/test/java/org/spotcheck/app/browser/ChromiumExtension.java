package org.spotcheck.app.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import java.util.function.Function;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one setup of the browser tests: register it as an instance field,
 * {@code @RegisterExtension final ChromiumExtension browser = new ChromiumExtension("1280,900");}.
 * Before each test it skips without Chromium (fails in CI, see {@link Chromium#require()}) and
 * starts a headless Chromium against the test's Spring Boot server (its random port); after each test
 * it saves a screenshot and the page's HTML of a failed test to
 * {@code target/browser-screenshots/<class>.<method>.png|html}, then stops the browser.
 */
public final class ChromiumExtension implements BeforeEachCallback, AfterEachCallback {

    /** Where a failed test's last screen goes, under the module's directory (e.g. app/target/browser-screenshots). */
    public static final Path FAILURES = Path.of("target", "browser-screenshots");

    private final String windowSize;
    private Chromium chromium;

    /** @param windowSize width,height of the window, e.g. {@code "1280,900"} or a phone's {@code "390,844"} */
    public ChromiumExtension(String windowSize) {
        this.windowSize = windowSize;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Chromium.require();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        chromium = Chromium.start(Integer.parseInt(port), windowSize);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (chromium == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                saveFailure(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            }
        } finally {
            chromium.close();
            chromium = null;
        }
    }

    private void saveFailure(String name) {
        try {
            Files.createDirectories(FAILURES);
            Path png = FAILURES.resolve(name + ".png");
            Files.copy(((TakesScreenshot) chromium.driver).getScreenshotAs(OutputType.FILE).toPath(), png,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(FAILURES.resolve(name + ".html"), String.valueOf(chromium.driver.getPageSource()));
            System.err.println("browser test failed; its last screen: " + png.toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            // the test's own failure is what matters; a browser that cannot take a screenshot must not hide it
            System.err.println("no screenshot of the failed browser test " + name + ": " + e);
        }
    }

    private Chromium chromium() {
        if (chromium == null) {
            throw new IllegalStateException("the browser runs only during a test");
        }
        return chromium;
    }

    public WebDriver driver() {
        return chromium().driver;
    }

    /** Waits until the condition holds (at most {@link Chromium#WAIT_GUARD}, a guard) and returns its value. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return chromium().wait.until(condition);
    }

    public String url(String path) {
        return chromium().url(path);
    }

    public void logIn(String username) {
        chromium().logIn(username);
    }

    /**
     * Scrolls the element into the middle of the window, waits until it can be clicked and clicks it. On a loaded
     * machine the page may still be laying out (htmx fragments arriving) between the scroll and the click, so a
     * click that lands on another element is scrolled and tried again, a bounded number of times.
     */
    public void click(By by) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = until(ExpectedConditions.presenceOfElementLocated(by));
            settleInView(element);
            try {
                until(ExpectedConditions.elementToBeClickable(element)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Scrolls the element to the middle of the window and waits until it has stayed in the same place for two
     * animation frames: images that finish decoding (a field sampler's photo thumbnails) move what is below them, and a
     * click aimed before that lands on another element (seen once in CI on FieldOfflineBrowserTest). No clock: the
     * page's own frames decide, bounded by the driver's script timeout.
     */
    private void settleInView(WebElement element) {
        try {
            ((JavascriptExecutor) driver()).executeAsyncScript("""
                var el = arguments[0], done = arguments[arguments.length - 1], last = null, still = 0;
                function check() {
                  var r = el.getBoundingClientRect(), at = Math.round(r.top) + ',' + Math.round(r.left);
                  var h = window.innerHeight || document.documentElement.clientHeight;
                  var inView = r.top >= 0 && r.top < h && (r.bottom <= h || r.height > h);
                  if (at === last && inView) { still++; } else { still = 0; last = at; if (!inView) { el.scrollIntoView({block: 'center'}); } }
                  if (still >= 2) { done(true); } else { requestAnimationFrame(check); }
                }
                el.scrollIntoView({block: 'center'});
                requestAnimationFrame(check);
                """, element);
        } catch (org.openqa.selenium.ScriptTimeoutException stillMoving) {
            // the click below then meets the page as it is; a click that lands elsewhere is tried again
        }
    }

    /** Scrolls the field with this id to the middle of the window, clears it and types the text into it. */
    public void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    /** Logs out with the navigation bar's button and waits for the login page. */
    public void logOut() {
        click(By.cssSelector("form[action$='/logout'] button[type=submit]"));
        until(ExpectedConditions.urlContains("/login?logout"));
    }

    /** Saves a screenshot under the module's target directory, e.g. {@code app/target/browser-plan.png}. */
    public Path screenshot(String name) throws IOException {
        return chromium().screenshot(name);
    }
}
