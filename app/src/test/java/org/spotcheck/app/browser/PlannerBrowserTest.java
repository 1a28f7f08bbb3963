package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The planner's pages in a real browser (headless Debian Chromium, stack-notes §9): log in, inbox,
 * draft and submit a plan, the reviewer's inbox; a bad form post; the English login page.
 *
 * <p>Runs only with {@code -Pbrowser}. Without {@code /usr/bin/chromedriver} it is skipped, except
 * when {@code CI=true}, where a missing browser is a failure.
 */
@Tag("browser")
@SpringBootTest(classes = org.spotcheck.SpotcheckApplication.class, webEnvironment = RANDOM_PORT)
class PlannerBrowserTest {

    @LocalServerPort
    private int port;

    private Chromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start(port, "1280,900");
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void plannerLogsInSeesInboxAndSubmitsAPlan() throws IOException {
        logIn("planner");

        // the inbox, in Chinese by default
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("inbox")),
                ExpectedConditions.presenceOfElementLocated(By.id("inbox-empty"))));
        assertThat(path()).isEqualTo("/tasks");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("待办任务");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return typeof htmx == 'object';")));
        // Bootstrap's stylesheet is applied (the primary button colour), not just linked
        assertThat(driver.findElement(By.id("new-plan")).getCssValue("background-color"))
                .isEqualTo("rgba(13, 110, 253, 1)");
        screenshot("browser-inbox.png");

        // draft a plan
        driver.findElement(By.id("new-plan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        assertThat(path()).isEqualTo("/plans/new");
        String title = "浏览器测试计划 " + UUID.randomUUID().toString().substring(0, 8);
        type(By.id("title"), title);
        new Select(driver.findElement(By.id("productCode"))).selectByValue("PLASTIC_BAG");
        type(By.id("regionCode"), "320100");
        new Select(driver.findElement(By.id("labCode"))).selectByValue("LAB1");
        type(By.id("batches"), "1");
        type(By.id("quarter"), "2");
        type(By.id("budget"), "8000");
        driver.findElement(By.id("save-plan")).click();

        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "草稿"));
        assertThat(path()).matches("/plans/\\d+");
        String planTitle = driver.findElement(By.id("plan-title")).getText();
        assertThat(planTitle).endsWith(" " + title);
        String planCode = planTitle.substring(0, planTitle.indexOf(' '));
        assertThat(planCode).isNotBlank();
        assertThat(driver.findElement(By.id("done-message")).getText()).contains(planCode);

        // submit it for review
        driver.findElement(By.id("submit-plan")).click();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "待科室审核"));
        assertThat(driver.findElements(By.id("submit-plan"))).isEmpty();
        assertThat(driver.findElement(By.id("submitted-message")).getText()).contains(planCode);
        screenshot("browser-plan.png");

        // the reviewer finds it in the inbox
        logOut();
        logIn("plan-reviewer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#inbox tbody tr"));
        assertThat(rows)
                .as("reviewer's inbox has a 科室审核 task for %s", planCode)
                .anySatisfy(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    assertThat(row.findElement(By.cssSelector("a.task-link")).getText()).isEqualTo("科室审核");
                    assertThat(cells.get(1).getText()).isEqualTo(planCode);
                });
        // Chart.js from its WebJar draws the inbox's tasks-by-step chart
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return typeof Chart == 'function';")));
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !!window.inboxChart && window.inboxChart.data.labels.indexOf('科室审核') >= 0;")));

        // htmx claims the task in place: the row swaps to show the reviewer as assignee
        WebElement mine = rows.stream().filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals(planCode))
                .findFirst().orElseThrow();
        String rowId = mine.getAttribute("id");
        mine.findElement(By.cssSelector("button.claim")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#" + rowId + " td.assignee"), "plan-reviewer"));
        screenshot("browser-inbox-reviewer.png");
    }

    @Test
    void badPlanInputShowsTheMessageBesideTheField() throws IOException {
        logIn("planner");
        driver.get(url("/plans/new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        String formAction = URI.create(driver.findElement(By.id("plan-form")).getAttribute("action")).getPath();
        driver.findElement(By.id("title")).clear();
        new Select(driver.findElement(By.id("productCode"))).selectByValue("PLASTIC_BAG");
        new Select(driver.findElement(By.id("labCode"))).selectByValue("LAB1");
        driver.findElement(By.id("save-plan")).click();

        WebElement formError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertThat(formError.getText()).isNotBlank();
        WebElement titleError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertThat(titleError.getText()).isNotBlank();
        WebElement titleInput = driver.findElement(By.id("title"));
        assertThat(titleInput.getAttribute("class")).contains("is-invalid");
        assertThat(titleInput.getAttribute("aria-describedby")).isEqualTo("title-error");
        // the message sits right after the field, inside the same form group
        assertThat(titleError.findElement(By.xpath("preceding-sibling::input[1]")).getAttribute("id")).isEqualTo("title");
        // still on the form: posted back to the form's own URL, not redirected to a plan
        assertThat(path()).isIn(formAction, "/plans/new");
        assertThat(driver.findElements(By.id("plan-status"))).isEmpty();
        // what was entered is kept
        assertThat(new Select(driver.findElement(By.id("productCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PLASTIC_BAG");
        screenshot("browser-plan-form-error.png");
    }

    @Test
    void englishOnRequest() {
        driver.get(url("/login?lang=en"));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Log in");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    // --- helpers ---

    private void logIn(String username) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(By.id("username"), username);
        type(By.id("password"), org.spotcheck.app.e2e.Api.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlMatches("/tasks$"));
    }

    private void logOut() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    private String url(String path) {
        return browser.url(path);
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Saves a screenshot under the module's target directory, e.g. {@code app/target/browser-inbox.png}. */
    private void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
