package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spotcheck.app.browser.ChromiumExtension;
import tools.jackson.databind.JsonNode;

/**
 * Result handling's pages in a real browser (issue 6): the enterprise objects on its page (the
 * message beside the field first), and the system administrator keeps the business calendar.
 */
@Tag("browser")
class ResultHandlingBrowserTest extends ResultHandlingE2e {

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void theEnterpriseObjectsOnItsPageWithinTheWindow() throws IOException {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));

        browser.logIn(c.enterprise());
        browser.driver().get(browser.url("/tasks"));
        WebElement row = browser.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='inbox']//tr[td[@class='business-key'][normalize-space()='" + c.caseCode() + "'] and .//a[normalize-space()='提出异议、申请复检']]")));
        browser.click(By.cssSelector("#" + row.getAttribute("id") + " a.open"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        assertThat(browser.driver().getPageSource()).contains("disputed-TP-07").contains("disputed-TP-09");

        // no item chosen: the message beside the items, nothing filed
        browser.click(By.id("complete-task"));
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("disputedItems-error"))).getText()).isNotBlank();
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("NOTIFIED");

        browser.click(By.id("disputed-TP-07"));
        browser.driver().findElement(By.id("reason")).sendKeys("亮度检测时样品受潮，申请对亮度复检");
        browser.click(By.id("acceptsPrepayment"));
        browser.click(By.id("complete-task"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        browser.screenshot("browser-objection.png");
        JsonNode filed = flow.caseById("officer", c.caseId());
        assertThat(filed.get("status").asString()).isEqualTo("OBJECTION_FILED");
        assertThat(filed.get("objection").get("disputedItems").toString()).contains("TP-07").doesNotContain("TP-09");
    }

    @Test
    void theSystemAdministratorKeepsTheBusinessCalendarOnItsPage() throws IOException {
        browser.logIn("sysadmin");
        browser.driver().get(browser.url("/admin/calendar?year=2031"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-form")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2031-05-07';", browser.driver().findElement(By.id("date")));
        browser.click(By.id("calendar-save"));
        // no kind chosen: the message beside the kind
        assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("kind-error"))).getText()).isNotBlank();

        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2031-05-07';", browser.driver().findElement(By.id("date")));
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("HOLIDAY");
        browser.driver().findElement(By.id("name")).sendKeys("浏览器测试假日");
        browser.click(By.id("calendar-save"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-message")));
        browser.driver().get(browser.url("/admin/calendar?year=2031"));
        WebElement day = browser.until(ExpectedConditions.presenceOfElementLocated(By.id("day-2031-05-07")));
        assertThat(day.getText()).contains("浏览器测试假日");
        browser.screenshot("browser-calendar.png");

        browser.click(By.cssSelector("#day-2031-05-07 button"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("removed-message")));
        assertThat(browser.driver().findElements(By.id("day-2031-05-07"))).isEmpty();
    }
}
