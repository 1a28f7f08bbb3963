package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 17: the inbox's 提醒 read in the reader's language, the inbox's region filter and the complaint form are choices
 * by name; each page at 1366 px and at 390 px, in Chinese and in English, kept as screenshots.
 */
@Tag("browser")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationLanguageBrowserTest {

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1366,900");

    @Autowired
    NotificationService notifications;

    @Test
    void theEnterprisesRemindersReadInItsLanguageAtBothWidths() throws IOException {
        String report = "BR-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        notifications.notifyInApp("ENTERPRISE:ENT-A", "CASE", "SC-BROWSER", null,
                StoredMessage.of("disposal.notification.noticeServedUntil", report, Arg.product("TISSUE_PAPER", "纸巾纸"),
                        Arg.zhEn("15日", "15 days"), LocalDate.of(2026, 12, 22)), null, "browser:" + report);
        browser.logIn("enterprise-a");
        for (String width : new String[] {"1366", "390"}) {
            browser.driver().manage().window().setSize(new Dimension(Integer.parseInt(width), 900));
            browser.driver().get(browser.url("/tasks?lang=zh"));
            WebElement zh = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
            assertThat(zh.getText()).contains("检验结果通知书（" + report + "，纸巾纸）：不合格");
            browser.screenshot("browser-inbox-reminders-zh-" + width + ".png");
            browser.driver().get(browser.url("/tasks?lang=en"));
            WebElement en = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
            assertThat(en.getText()).contains("Result notice (" + report + ", Tissue paper");
            assertThat(en.getText().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(en.getText()).isTrue();
            browser.screenshot("browser-inbox-reminders-en-" + width + ".png");
        }
        browser.driver().get(browser.url("/tasks?lang=zh"));
    }

    @Test
    void thePlannerChoosesTheComplaintsEnterpriseAndRegionByNameAtBothWidths() throws IOException {
        browser.logIn("planner");
        for (String lang : new String[] {"zh", "en"}) {
            for (String width : new String[] {"1366", "390"}) {
                browser.driver().manage().window().setSize(new Dimension(Integer.parseInt(width), 900));
                browser.driver().get(browser.url("/complaints?lang=" + lang));
                browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-form")));
                browser.screenshot("browser-complaints-" + lang + "-" + width + ".png");
                browser.driver().get(browser.url("/tasks?lang=" + lang));
                browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-filter")));
                browser.screenshot("browser-inbox-" + lang + "-" + width + ".png");
            }
        }
        // neither an enterprise nor a region: the error sits beside the region's choice, in Chinese
        browser.driver().manage().window().setSize(new Dimension(390, 900));
        browser.driver().get(browser.url("/complaints?lang=zh"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-form")));
        browser.driver().findElement(By.id("complainant")).sendKeys("李女士");
        new Select(browser.driver().findElement(By.id("productCode"))).selectByVisibleText("纸巾纸");
        browser.driver().findElement(By.id("description")).sendKeys("纸巾掉屑");
        browser.click(By.id("complaint-submit"));
        WebElement error = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("regionCode-error")));
        assertThat(error.getText()).isEqualTo("请填写地区或企业");
        browser.screenshot("browser-complaint-refused-zh-390.png");
        // chosen by name: the enterprise, whose region the complaint takes
        new Select(browser.driver().findElement(By.id("enterpriseCode"))).selectByVisibleText("南京白云纸业有限公司");
        browser.click(By.id("complaint-submit"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded-message")));
        WebElement row = browser.driver().findElements(By.cssSelector("#complaints tbody tr")).stream()
                .filter(r -> r.getText().contains("纸巾掉屑")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("南京白云纸业有限公司").contains("南京市秦淮区");
    }
}
