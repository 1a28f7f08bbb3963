package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.spotcheck.app.browser.Chromium;

/**
 * Walk 17h (issue 17.5, the second half of the walk-through) in Chromium: the layout findings on 结果公开审核 and 结果公开.
 * Screenshots land in app/target/screenshots (CI keeps them).
 */
@Tag("browser")
class SecondHalfWalkBrowserTest extends ResultHandlingE2e {

    /** Height of the box and its label together (a tap on either toggles the box), for each checkbox named so. */
    private static final String CHECK_AND_LABEL = """
            const e = document.getElementById(arguments[0]);
            const l = document.querySelector('label[for="' + e.id + '"]') || e.closest('label');
            const r = e.getBoundingClientRect(), b = l.getBoundingClientRect();
            return [Math.max(r.right, b.right) - Math.min(r.left, b.left), Math.max(r.bottom, b.bottom) - Math.min(r.top, b.top)];""";

    /** How many lines the cell's text takes. */
    private static final String LINES = """
            const range = document.createRange(); range.selectNodeContents(arguments[0]);
            return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;""";

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    private Chromium browser(int width, int height) throws IOException {
        Chromium browser = Chromium.start(port, width < 500 ? "500," + height : width + "," + height);
        if (width < 500) {
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return browser;
    }

    /**
     * 结果公开审核 at 390 px: the 已完成脱敏审核 box and its small label were 43 px high together (the label's padding of
     * .7rem around a 21 px line), under the 44 px of a touch target. Every box with its label is now at least 44 px.
     */
    @Test
    void thePublicationReviewsRedactionCheckIsA44PxTargetOnAPhone() throws IOException {
        flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        List<String> problems = new ArrayList<>();
        try (Chromium b = browser(390, 844)) {
            b.logIn("officer");
            for (String lang : List.of("zh_CN", "en")) {
                b.driver.get(b.url("/disposal/publications?lang=" + lang));
                b.screenshot("screenshots/walk17h-publications-390-" + lang + ".png");
                List<WebElement> boxes = b.driver.findElements(By.cssSelector("input[name=redactionChecked]"));
                assertThat(boxes).as("a publication waits for its review").isNotEmpty();
                for (WebElement box : boxes) {
                    @SuppressWarnings("unchecked")
                    List<Number> size = (List<Number>) ((JavascriptExecutor) b.driver).executeScript(CHECK_AND_LABEL, box.getAttribute("id"));
                    if (size.get(0).doubleValue() < 44 || size.get(1).doubleValue() < 43.5) {
                        problems.add(lang + " " + box.getAttribute("id") + " " + size);
                    }
                }
            }
        }
        assertThat(problems).as("已完成脱敏审核 with its label under 44 px").isEmpty();
    }

    /**
     * 结果公开 at 1366 px broke the release time over two lines (2026-12- / 08 08:21) and the batch number too
     * (2026 / 1101); beside a long specification the headers (产/品, 商/标) and 纸巾纸 went one character a line. They now
     * keep to one line.
     */
    @Test
    void thePublicResultsKeepTheReleaseTimeAndTheBatchOnOneLine() throws IOException {
        // as walked: the case's result and the province's announcement of its failed re-inspection, both released
        ResultHandlingFlow.Case c = flow.failedFirstReinspection();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        assertThat(api.complete("province-officer", announce, Map.of("text", "复查仍不合格，予以公告")).status()).isEqualTo(204);
        for (String reviewer : List.of("officer", "province-reviewer")) {
            for (tools.jackson.databind.JsonNode p : api.get(reviewer, "/api/disposal/publications").json()) {
                if ("PENDING_REVIEW".equals(p.get("status").asString()) && c.caseCode().equals(p.get("taskCode").asString())) {
                    assertThat(api.post(reviewer, "/api/disposal/publications/" + p.get("id").asLong() + "/release",
                            PublicationTest.releaseForm(true, Map.of())).status()).isEqualTo(200);
                }
            }
        }
        try (Chromium b = browser(1366, 900)) {
            for (String lang : List.of("zh_CN", "en")) {
                b.driver.get(b.url("/public/results?lang=" + lang));
                b.screenshot("screenshots/walk17h-public-results-1366-" + lang + ".png");
                List<WebElement> times = b.driver.findElements(By.cssSelector("#public-results tr.result > td:last-child"));
                List<WebElement> batches = b.driver.findElements(By.cssSelector("#public-results td[data-field=batchNumber]"));
                assertThat(times).as("released results").hasSizeGreaterThanOrEqualTo(2);
                assertThat(batches).hasSameSizeAs(times);
                for (WebElement cell : times) {
                    assertThat(((Number) ((JavascriptExecutor) b.driver).executeScript(LINES, cell)).intValue()).as(lang + " " + cell.getText()).isEqualTo(1);
                }
                // the headers whole, and a short product name (纸巾纸) on one line beside the long specification
                for (WebElement cell : b.driver.findElements(By.cssSelector("#public-results thead th"))) {
                    assertThat(((Number) ((JavascriptExecutor) b.driver).executeScript(LINES, cell)).intValue()).as(lang + " " + cell.getText()).isEqualTo(1);
                }
                if (lang.startsWith("zh")) {
                    for (WebElement cell : b.driver.findElements(By.cssSelector("#public-results td[data-field=productName]"))) {
                        assertThat(((Number) ((JavascriptExecutor) b.driver).executeScript(LINES, cell)).intValue()).as(lang + " " + cell.getText()).isEqualTo(1);
                    }
                }
                for (WebElement cell : batches) {
                    assertThat(((Number) ((JavascriptExecutor) b.driver).executeScript(LINES, cell)).intValue()).as(lang + " " + cell.getText()).isEqualTo(1);
                }
            }
        }
    }
}
