package org.spotcheck.app.e2e;

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
import org.spotcheck.app.browser.ChromiumExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's walk: a rectification report submitted while its evidence was still uploading lost the link (the file
 * stayed on the case, unlinked, and showed twice once uploaded again). While a file uploads, 提交 is held and says
 * 上传中… (js/upload-guard.js, on every page with the one uploader fragment: objection, rectification, sampling).
 */
@Tag("browser")
class EvidenceUploadBrowserTest extends ResultHandlingE2e {

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void submitIsHeldWhileTheEvidenceUploadsAndTheReportCarriesTheFileOnce() throws IOException {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        String task = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");
        Path photo = Files.createTempFile("spotcheck-evidence-", ".png");
        Files.write(photo, Api.PNG);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        try {
            browser.logIn(c.enterprise());
            browser.driver().get(browser.url("/tasks/" + task));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
            // the upload is held on its way (a slow line), until the test lets it go
            js.executeScript("var send = XMLHttpRequest.prototype.send;"
                    + "XMLHttpRequest.prototype.send = function (body) { var xhr = this, args = arguments;"
                    + "  if (!(body instanceof FormData)) { return send.apply(xhr, args); }"
                    + "  window.releaseUpload = function () { send.apply(xhr, args); }; };");
            browser.driver().findElement(By.id("summary")).sendKeys("已更换原料供应商并调整漂白工艺");
            browser.driver().findElement(By.id("upload-evidenceIds")).sendKeys(photo.toAbsolutePath().toString());

            WebElement submit = browser.driver().findElement(By.id("complete-task"));
            browser.until(ExpectedConditions.attributeToBe(submit, "aria-busy", "true"));
            assertThat(submit.isEnabled()).isFalse();
            assertThat(submit.getText()).isEqualTo("上传中…");
            assertThat(browser.driver().findElement(By.id("uploading-evidenceIds")).isDisplayed()).isTrue();
            browser.screenshot("browser-evidence-uploading.png");
            // Enter in a field (or any other way to submit the form) is held too
            js.executeScript("document.getElementById('task-form').requestSubmit();");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/tasks/" + task);
            assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isEqualTo(task);

            js.executeScript("window.releaseUpload();");
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploaded-evidenceIds input[name=evidenceIds]")));
            browser.until(ExpectedConditions.elementToBeClickable(By.id("complete-task")));
            assertThat(browser.driver().findElement(By.id("complete-task")).getText()).isEqualTo("提交");
            assertThat(browser.driver().findElement(By.id("uploading-evidenceIds")).isDisplayed()).isFalse();
            browser.click(By.id("complete-task"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("done-message")));
        } finally {
            Files.deleteIfExists(photo);
        }

        JsonNode reported = flow.caseById("officer", c.caseId());
        assertThat(reported.get("rectification").get("reportEvidenceIds").size()).isEqualTo(1);
        long linked = reported.get("rectification").get("reportEvidenceIds").get(0).asLong();
        assertThat(api.get("officer", "/api/cases/" + c.caseCode()).json().get("entries").valueStream()
                .filter(e -> "CASE_DOCUMENT_EVIDENCE".equals(e.get("kind").asString())).map(e -> e.get("url").asString()).toList())
                .containsExactly("/api/attachments/" + linked);
    }
}
