package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spotcheck.app.e2e.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Copy, countersign and withdrawal on the pages in a real browser (issue 8 point 2): the reviewer
 * copies the plan to a colleague, sends it for countersign, withdraws his review from 已办任务 and
 * sends it again; one countersigner disagrees and the drafter sees why.
 */
@Tag("browser")
@SpringBootTest(classes = org.spotcheck.SpotcheckApplication.class, webEnvironment = RANDOM_PORT)
class TaskOperationsBrowserTest {

    @LocalServerPort
    private int port;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void theReviewerCopiesCountersignsWithdrawsAndResendsAndADisagreementReturnsThePlan() throws IOException {
        Api api = new Api(port);
        Api.Response drafted = api.post("planner", "/api/plans",
                Api.planCommand("会签测试 " + UUID.randomUUID().toString().substring(0, 8), "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String code = api.post("planner", "/api/plans/" + drafted.get("id").asLong() + "/submit", null).get("code").asString();

        browser.logIn("plan-reviewer");
        openTask(code);
        // 抄送 to a colleague who reads the case
        browser.click(By.cssSelector("#copy > summary"));
        new Select(browser.driver().findElement(By.id("toUsers"))).selectByValue("planner");
        browser.click(By.id("copy-task"));
        // the reader by name, not by login (ui17)
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("copied-message"))).getText())
                .contains(jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = 'planner'", String.class))
                .doesNotContain("planner");

        // approve and send to two sections for countersign
        Select signers = new Select(browser.driver().findElement(By.id("countersigners")));
        signers.selectByValue("officer");
        signers.selectByValue("enforcer");
        browser.click(By.id("decision-approve"));
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));

        // 撤回 from 已办任务 while nobody has started the countersign: the review is his again
        browser.driver().get(browser.url("/tasks/done"));
        WebElement done = browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#completed-tasks tr[data-step='reviewPlan']")));
        done.findElement(By.name("comment")).sendKeys("补充会签范围");
        browser.click(By.cssSelector("#completed-tasks tr[data-step='reviewPlan'] button.withdraw"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("科室审核");
        assertThat(api.taskId("officer", code, "countersignPlan")).as("the countersign was taken back").isNull();
        browser.screenshot("browser-withdrawn.png");

        // send it again to both
        Select again = new Select(browser.driver().findElement(By.id("countersigners")));
        again.selectByValue("officer");
        again.selectByValue("enforcer");
        browser.click(By.id("decision-approve"));
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        browser.logOut();

        // one section disagrees: all must agree, so the plan goes back at once
        browser.logIn("officer");
        openTask(code);
        assertThat(browser.driver().findElement(By.id("countersign-progress")).getText()).contains("须同意 2");
        browser.click(By.id("decision-return"));
        WebElement comment = browser.driver().findElement(By.id("comment"));
        comment.sendKeys("与年度执法计划冲突");
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        browser.screenshot("browser-countersign.png");
        browser.logOut();
        assertThat(api.taskId("enforcer", code, "countersignPlan")).isNull();

        // the drafter reads why; he was also copied on the review
        browser.logIn("planner");
        openTask(code);
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("return-reason"))).getText())
                .contains("何静").contains("与年度执法计划冲突"); // the officer by name (issue 17.3)
        browser.driver().get(browser.url("/tasks/done"));
        assertThat(browser.until(ExpectedConditions.presenceOfElementLocated(By.id("copied-tasks"))).getText()).contains(code);
    }

    /** Opens the inbox row of this plan or case. */
    private void openTask(String code) {
        browser.driver().get(browser.url("/tasks"));
        WebElement row = browser.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + code + "']]")));
        browser.click(By.cssSelector("#" + row.getAttribute("id") + " a.open"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
    }
}
