package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.e2e.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sampler fills the sampling form on a phone-sized screen (390 × 844): photo upload through
 * htmx, the field error beside the field, then a successful submission.
 */
@Tag("browser")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SamplingBrowserTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("390,844");

    @Test
    void aSamplerFillsTheFormOnAPhoneWithAPhotoAndSeesErrorsBesideTheFields() throws IOException {
        Api api = new Api(port);
        String planCode = approvedPlan(api);
        String caseCode = planCode + "-01-01";
        java.util.List<String> drawn = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("samplerUsernames")
                .valueStream().map(tools.jackson.databind.JsonNode::asString).toList();
        String sampler = drawn.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        Path photo = Files.createTempFile("spotcheck-photo-", ".png");
        Files.write(photo, Api.PNG);

        try {
            browser.logIn(sampler);
            browser.driver().get(browser.url("/tasks/" + task));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("productName")));
            // the page fits the phone: no horizontal scrolling of the form
            Long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('task-form').scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);

            browser.driver().findElement(By.id("upload-photoIds")).sendKeys(photo.toAbsolutePath().toString());
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploaded-photoIds input[name=photoIds]")));

            type(browser, "productName", "塑料购物袋");
            type(browser, "trademark", "绿洁");
            type(browser, "specification", "400×500mm/" + System.nanoTime());
            type(browser, "productStandard", "GB/T 21661-2020");
            type(browser, "stockOnHand", "2000个");
            type(browser, "batchNumber", "20261101");
            type(browser, "testQuantity", "10"); // below the rule's 40
            type(browser, "backupQuantity", "20");
            String seal = "BR-" + System.nanoTime(); // a seal is used once (issue 19), also across runs on a kept database
            type(browser, "testSealNumber", seal + "-T");
            type(browser, "backupSealNumber", seal + "-B");
            type(browser, "unitPrice", "0.50");
            type(browser, "amountPaid", "30");
            new Select(browser.driver().findElement(By.id("backupLocation"))).selectByValue("ENTERPRISE");
            WebElement samplerB = browser.driver().findElement(By.id("sampler-" + drawn.get(1)));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", samplerB);
            submit(browser);

            WebElement error = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("testQuantity-error")));
            assertThat(error.getText()).contains("40");
            assertThat(browser.driver().findElement(By.id("form-error")).isDisplayed()).isTrue();
            browser.screenshot("browser-sampling-phone.png");
            // what was entered is kept, including the uploaded photo
            assertThat(browser.driver().findElement(By.id("trademark")).getAttribute("value")).isEqualTo("绿洁");

            assertThat(browser.driver().findElements(By.cssSelector("#uploaded-photoIds input[name=photoIds]"))).hasSize(1);
            type(browser, "testQuantity", "40");
            submit(browser);
            browser.until(ExpectedConditions.urlMatches(".*/tasks$"));
            assertThat(browser.driver().findElement(By.id("done-message")).getText()).contains(caseCode);
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(api.taskId(sampler, caseCode, "confirmSampling")).isNotNull();
        assertThat(api.get(sampler, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow()
                .get("photos").size()).isEqualTo(1);
    }

    private static void type(ChromiumExtension browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void submit(ChromiumExtension browser) {
        WebElement button = browser.driver().findElement(By.id("complete-task"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", button);
    }

    private static String approvedPlan(Api api) {
        Api.Response drafted = api.post("planner", "/api/plans", Api.planCommand("浏览器抽样 " + System.nanoTime(), "PLASTIC_BAG", "320100", "LAB1"));
        long id = drafted.get("id").asLong();
        String code = api.post("planner", "/api/plans/" + id + "/submit", null).get("code").asString();
        api.complete("plan-reviewer", api.taskId("plan-reviewer", code, "reviewPlan"), java.util.Map.of("decision", "APPROVE"));
        api.complete("plan-approver", api.taskId("plan-approver", code, "approvePlan"), java.util.Map.of("decision", "APPROVE"));
        return code;
    }
}
