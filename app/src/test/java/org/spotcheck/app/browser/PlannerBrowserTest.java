package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

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

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void plannerLogsInSeesInboxAndSubmitsAPlan() throws IOException {
        logIn("planner");

        // the inbox, in Chinese by default
        browser.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("inbox")),
                ExpectedConditions.presenceOfElementLocated(By.id("inbox-empty"))));
        assertThat(path()).isEqualTo("/tasks");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("待办任务");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.until(d -> Boolean.TRUE.equals(js().executeScript("return typeof htmx == 'object';")));
        // Bootstrap's stylesheet is applied (the primary button colour), not just linked
        assertThat(browser.driver().findElement(By.id("new-plan")).getCssValue("background-color"))
                .isEqualTo("rgba(13, 110, 253, 1)");
        screenshot("browser-inbox.png");

        // draft a plan
        browser.driver().findElement(By.id("new-plan")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        assertThat(path()).isEqualTo("/plans/new");
        String title = "浏览器测试计划 " + UUID.randomUUID().toString().substring(0, 8);
        type(By.id("title"), title);
        new Select(browser.driver().findElement(By.id("productCode"))).selectByValue("PLASTIC_BAG");
        new Select(browser.driver().findElement(By.id("regionCode"))).selectByVisibleText("南京市");
        screenshot("browser-plan-form.png"); // the region chosen by name (issue 17)
        new Select(browser.driver().findElement(By.id("labCode"))).selectByValue("LAB1");
        type(By.id("batches"), "1");
        type(By.id("quarter"), "2");
        type(By.id("budget"), "8000");
        browser.driver().findElement(By.id("save-plan")).click();

        browser.until(ExpectedConditions.textToBe(By.id("plan-status"), "草稿"));
        assertThat(path()).matches("/plans/\\d+");
        String planTitle = browser.driver().findElement(By.id("plan-title")).getText();
        assertThat(planTitle).endsWith(" " + title);
        String planCode = planTitle.substring(0, planTitle.indexOf(' '));
        assertThat(planCode).isNotBlank();
        assertThat(browser.driver().findElement(By.id("done-message")).getText()).contains(planCode);

        // submit it for review
        browser.driver().findElement(By.id("submit-plan")).click();
        browser.until(ExpectedConditions.textToBe(By.id("plan-status"), "待科室审核"));
        assertThat(browser.driver().findElements(By.id("submit-plan"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("submitted-message")).getText()).contains(planCode);
        screenshot("browser-plan.png");
        // the plans list's region filter offers the authority's regions by name (issue 17)
        browser.driver().get(url("/plans"));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("region-filter")));
        assertThat(new Select(browser.driver().findElement(By.id("region"))).getOptions()).extracting(WebElement::getText).contains("南京市");
        screenshot("browser-plans.png");

        // the reviewer finds it in the inbox
        logOut();
        logIn("plan-reviewer");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#inbox tbody tr"));
        assertThat(rows)
                .as("reviewer's inbox has a 科室审核 task for %s", planCode)
                .anySatisfy(row -> {
                    assertThat(row.findElement(By.cssSelector("a.task-link")).getText()).isEqualTo("科室审核");
                    assertThat(row.findElement(By.cssSelector("td.business-key")).getText()).isEqualTo(planCode);
                });
        // Chart.js from its WebJar draws the inbox's tasks-by-step chart
        browser.until(d -> Boolean.TRUE.equals(js().executeScript("return typeof Chart == 'function';")));
        browser.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !!window.inboxChart && window.inboxChart.data.labels.indexOf('科室审核') >= 0;")));

        // htmx claims the task in place: the row swaps to show the reviewer as assignee
        WebElement mine = rows.stream().filter(r -> r.findElement(By.cssSelector("td.business-key")).getText().equals(planCode))
                .findFirst().orElseThrow();
        String rowId = mine.getAttribute("id");
        mine.findElement(By.cssSelector("button.claim")).click();
        // the assignee by name (issue 17), not by login
        browser.until(ExpectedConditions.textToBe(By.cssSelector("#" + rowId + " td.assignee"), "陈刚"));
        screenshot("browser-inbox-reviewer.png");
    }

    @Test
    void badPlanInputShowsTheMessageBesideTheField() throws IOException {
        logIn("planner");
        browser.driver().get(url("/plans/new"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        String formAction = URI.create(browser.driver().findElement(By.id("plan-form")).getAttribute("action")).getPath();
        browser.driver().findElement(By.id("title")).clear();
        new Select(browser.driver().findElement(By.id("productCode"))).selectByValue("PLASTIC_BAG");
        new Select(browser.driver().findElement(By.id("labCode"))).selectByValue("LAB1");
        browser.driver().findElement(By.id("save-plan")).click();

        WebElement formError = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertThat(formError.getText()).isNotBlank();
        WebElement titleError = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertThat(titleError.getText()).isNotBlank();
        WebElement titleInput = browser.driver().findElement(By.id("title"));
        assertThat(titleInput.getAttribute("class")).contains("is-invalid");
        assertThat(titleInput.getAttribute("aria-describedby")).isEqualTo("title-error");
        // the message sits right after the field, inside the same form group
        assertThat(titleError.findElement(By.xpath("preceding-sibling::input[1]")).getAttribute("id")).isEqualTo("title");
        // still on the form: posted back to the form's own URL, not redirected to a plan
        assertThat(path()).isIn(formAction, "/plans/new");
        assertThat(browser.driver().findElements(By.id("plan-status"))).isEmpty();
        // what was entered is kept
        assertThat(new Select(browser.driver().findElement(By.id("productCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PLASTIC_BAG");
        screenshot("browser-plan-form-error.png");
    }

    @Test
    void englishOnRequest() {
        browser.driver().get(url("/login?lang=en"));
        WebElement heading = browser.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("Log in");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    // --- helpers ---

    private void logIn(String username) {
        browser.driver().get(url("/login"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type(By.id("username"), username);
        type(By.id("password"), org.spotcheck.app.e2e.Api.PASSWORD);
        browser.driver().findElement(By.id("login-submit")).click();
        browser.until(ExpectedConditions.urlMatches("/tasks$"));
    }

    private void logOut() {
        browser.driver().findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();
        browser.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void type(By field, String text) {
        WebElement element = browser.driver().findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    private String url(String path) {
        return browser.url(path);
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** Saves a screenshot under the module's target directory, e.g. {@code app/target/browser-inbox.png}. */
    private void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
