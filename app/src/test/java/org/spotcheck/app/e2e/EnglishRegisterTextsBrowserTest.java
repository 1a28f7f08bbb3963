package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.spotcheck.app.browser.Chromium;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (brief bil17) in Chromium at 1366 px: the English result-entry form reads its items' methods and
 * requirements in English, and an English announcement names its lab in English, with no Chinese in those places.
 * Screenshots land in app/target/screenshots (en17-*.png), full page height.
 */
@Tag("browser")
class EnglishRegisterTextsBrowserTest extends ResultHandlingE2e {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    private static void fullPage(Chromium browser, String name) throws IOException {
        long height = ((Number) ((JavascriptExecutor) browser.driver).executeScript("return document.body.scrollHeight")).longValue();
        browser.driver.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height + 140, 900), 6000)));
        browser.screenshot("screenshots/" + name + ".png");
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void theEnglishResultEntryFormAndAnEnglishAnnouncementReadInEnglishAt1366Px() throws IOException {
        String caseCode = flow.spotCheck().approvedCase(flow.spotCheck().submittedPlan("TISSUE_PAPER", "320104"));
        flow.spotCheck().received(caseCode, flow.spotCheck().sampled(caseCode));
        String enterResults = api.taskId("lab1-tester", caseCode, "enterResults");
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("lab1-tester");
            browser.driver.get(browser.url("/tasks/" + enterResults + "?lang=en"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#test-items tbody tr"));
            assertThat(rows).hasSize(12);
            for (WebElement row : rows) {
                for (String cell : List.of("td.item-name", "td.item-method", "td.requirement")) {
                    String text = row.findElement(By.cssSelector(cell)).getText();
                    assertThat(HAN.matcher(text).find()).as(row.getAttribute("data-item") + " " + cell + ": " + text).isFalse();
                }
            }
            fullPage(browser, "en17-lab1-tester-1366-en-enter-results");
            browser.driver.get(browser.url("/tasks/" + enterResults + "?lang=zh"));
            fullPage(browser, "en17-lab1-tester-1366-zh-enter-results");
        }

        ResultHandlingFlow.Case c = flow.failedFirstReinspection();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        assertThat(api.complete("province-officer", announce, Map.of("text", "复查仍不合格，予以公告（" + c.caseCode() + "）")).status())
                .isEqualTo(204);
        JsonNode announcement = api.get("province-officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "ANNOUNCEMENT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        long id = announcement.get("id").asLong();
        String lab = "Jiangsu Institute of Product Quality Supervision and Inspection (demo)";
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("province-reviewer");
            browser.driver.get(browser.url("/disposal/publications?lang=en"));
            String card = browser.driver.findElement(By.id("review-" + id)).getText();
            assertThat(card).contains(lab).doesNotContain("江苏省产品质量监督检验研究院");
            fullPage(browser, "en17-province-reviewer-1366-en-announcement-review");
        }
        Api.Response released = api.post("province-reviewer", "/api/disposal/publications/" + id + "/release",
                PublicationTest.releaseForm(true, Map.of()));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.driver.get(browser.url("/public/results?kind=ANNOUNCEMENT&size=50&lang=en"));
            String page = browser.driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("per re-inspection report " + announcement.get("reportNo").asString() + " by " + lab);
            fullPage(browser, "en17-public-1366-en-announcement");
        }
    }
}
