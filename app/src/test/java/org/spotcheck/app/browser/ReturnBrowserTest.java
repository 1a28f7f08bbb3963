package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spotcheck.app.e2e.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Claim → return → resubmit in a real browser (issue 8 point 6): the reviewer claims the plan in
 * the inbox (htmx), returns it without a comment (the message beside the field), then with one;
 * the drafter sees why, his plan as he entered it, and resubmits; the reviewer has it again.
 */
@Tag("browser")
@SpringBootTest(classes = org.spotcheck.SpotcheckApplication.class, webEnvironment = RANDOM_PORT)
class ReturnBrowserTest {

    @LocalServerPort
    private int port;

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void theReviewerClaimsAndReturnsThePlanAndTheDrafterResubmitsIt() throws IOException {
        // a submitted plan (set up over the API, like any client)
        Api api = new Api(port);
        String title = "退回测试 " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response drafted = api.post("planner", "/api/plans", Api.planCommand(title, "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        Api.Response submitted = api.post("planner", "/api/plans/" + drafted.get("id").asLong() + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String code = submitted.get("code").asString();

        // claim in the inbox: htmx swaps the row
        browser.logIn("plan-reviewer");
        WebElement row = browser.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + code + "']]")));
        String rowId = row.getAttribute("id");
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return typeof htmx == 'object';")));
        row.findElement(By.cssSelector("button.claim")).click();
        // the assignee by name (issue 17), not by login
        browser.until(ExpectedConditions.textToBe(By.cssSelector("#" + rowId + " td.assignee"), "陈刚"));

        // return without a comment: the message beside the comment field, nothing moves
        browser.driver().findElement(By.cssSelector("#" + rowId + " a.open")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        browser.click(By.id("decision-return"));
        browser.click(By.id("complete-task"));
        WebElement commentError = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-error")));
        assertThat(commentError.getText()).contains("退回时必须填写意见");
        assertThat(browser.driver().findElement(By.id("decision-return")).isSelected()).as("the choice is kept").isTrue();
        browser.screenshot("browser-return-error.png");

        // with a reason it goes back to the drafter
        browser.click(By.id("decision-return"));
        WebElement comment = browser.driver().findElement(By.id("comment"));
        comment.clear();
        comment.sendKeys("预算依据不足，请补充");
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        assertThat(browser.driver().findElements(By.xpath("//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + code + "']]"))).isEmpty();
        browser.logOut();

        // the drafter sees why, with his plan as he entered it, and resubmits
        browser.logIn("planner");
        WebElement revise = browser.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + code + "']]")));
        assertThat(revise.findElement(By.cssSelector("a.task-link")).getText()).isEqualTo("修改并重新提交");
        revise.findElement(By.cssSelector("a.open")).click();
        WebElement reason = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("return-reason")));
        assertThat(reason.getText()).contains("陈刚").contains("预算依据不足，请补充");
        assertThat(browser.driver().getPageSource()).contains(title);
        browser.screenshot("browser-return-revise.png");
        WebElement note = browser.driver().findElement(By.id("comment"));
        note.sendKeys("已补充预算依据");
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        browser.logOut();

        // the reviewer has it again, unclaimed; the case shows the review twice, the current one highlighted
        browser.logIn("plan-reviewer");
        WebElement again = browser.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + code + "']]")));
        assertThat(again.findElement(By.cssSelector("td.assignee")).getText()).isEqualTo("待签收");
        browser.driver().get(browser.url("/cases/" + code));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.driver().findElements(By.cssSelector("#timeline tr[data-activity='reviewPlan']"))).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector("#timeline tr[data-activity='revisePlan']"))).hasSize(1);
        browser.screenshot("browser-return-case.png");
    }

    /** Scrolls the element to the middle of the window first (the sticky bits of the page must not cover it). */}
