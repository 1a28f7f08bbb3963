package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spotcheck.app.browser.Chromium;

/**
 * A case in its re-test runs three processes (ADR 0009): the case page shows one bpmn-js tab for each,
 * opens on the innermost running one (the lab test) and draws another with its own marks when its tab
 * is chosen (ADR 0012). Screenshot: target/case-diagram-tabs.png.
 */
@Tag("browser")
class CaseDiagramTabsBrowserTest extends ResultHandlingE2e {

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    @Test
    void aRetestingCaseHasATabPerProcessEachWithItsMarks() throws IOException {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");

        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("officer");
            browser.driver.get(browser.url("/cases/" + c.caseCode()));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-ready", "true"));
            List<WebElement> tabs = browser.driver.findElements(By.cssSelector("#case-diagram .case-diagram-tabs button"));
            assertThat(tabs).extracting(t -> t.getAttribute("data-process-key")).containsExactly("spotCheck", "resultHandling", "labTest");
            assertThat(tabs.get(0).getText()).startsWith("抽查任务");
            assertThat(tabs.get(2).getAttribute("aria-selected")).isEqualTo("true");
            WebElement lab = pane(browser, "labTest");
            assertThat(lab.isDisplayed()).isTrue();
            assertThat(classes(lab, "receiveSample")).contains("case-current");

            tabs.get(1).click();
            WebElement handling = browser.wait.until(d -> {
                WebElement p = pane(browser, "resultHandling");
                return "true".equals(p.getAttribute("data-rendered")) && p.isDisplayed() ? p : null;
            });
            assertThat(lab.isDisplayed()).isFalse();
            assertThat(classes(handling, "retestLabTest")).contains("case-current");
            assertThat(classes(handling, "decideObjection")).contains("case-finished");
            assertThat(classes(handling, "objectionAcceptedFlow")).contains("case-taken");
            assertThat(classes(handling, "orderRectification")).doesNotContain("case-finished", "case-current");
            browser.screenshot("case-diagram-tabs.png");
        }
    }

    private static WebElement pane(Chromium browser, String processKey) {
        return browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-pane[data-process-key='" + processKey + "']"));
    }

    private static List<String> classes(WebElement pane, String elementId) {
        return List.of(pane.findElement(By.cssSelector("g.djs-element[data-element-id='" + elementId + "']"))
                .getAttribute("class").split("\\s+"));
    }
}
