package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spotcheck.app.e2e.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page draws its process diagram with bpmn-js served from the application (ADR 0012): a
 * plan returned and resubmitted shows the revision finished, the review current and the loop's flows
 * taken, at a desktop width and at a phone's; the zoom buttons change the view. Screenshots go to
 * target/case-diagram-*.png.
 */
@Tag("browser")
@SpringBootTest(classes = org.spotcheck.SpotcheckApplication.class, webEnvironment = RANDOM_PORT)
class CaseDiagramBrowserTest {

    @LocalServerPort
    private int port;

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1366,900", "390,844"})
    void theCasePageMarksFinishedAndCurrentStepsAndTakenFlowsInTheBpmnJsDiagram(String windowSize) throws IOException {
        Api api = new Api(port);
        Api.Response drafted = api.post("planner", "/api/plans",
                Api.planCommand("流程图 " + UUID.randomUUID().toString().substring(0, 8), "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String code = api.post("planner", "/api/plans/" + drafted.get("id").asLong() + "/submit", null).get("code").asString();
        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(api.complete("plan-reviewer", review, Map.of("decision", "RETURN", "comment", "请补充抽查理由")).status())
                .isEqualTo(204);
        assertThat(api.complete("planner", api.taskId("planner", code, "revisePlan"), Map.of("comment", "已补充")).status())
                .isEqualTo(204);

        try (Chromium browser = Chromium.start(port, windowSize)) {
            int width = Integer.parseInt(windowSize.split(",")[0]);
            if (width < 500) {
                // headless Chromium keeps its window at least 500 px wide: emulate the phone's viewport instead
                ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                        "height", Integer.parseInt(windowSize.split(",")[1]), "deviceScaleFactor", 1, "mobile", true));
                ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
            }
            browser.logIn("planner");
            browser.driver.get(browser.url("/cases/" + code));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-ready", "true"));
            WebElement pane = browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-pane[data-process-key='planApproval']"));
            // bpmn-js drew the deployed diagram: its shapes and flows carry the BPMN ids
            WebElement svg = pane.findElement(By.cssSelector("svg"));
            assertThat(shapeClasses(pane, "reviewPlan")).contains("djs-shape", "case-current").doesNotContain("case-finished");
            assertThat(shapeClasses(pane, "revisePlan")).contains("case-finished").doesNotContain("case-current");
            assertThat(shapeClasses(pane, "approvePlan")).doesNotContain("case-finished", "case-current");
            assertThat(shapeClasses(pane, "reviewReturned")).contains("djs-connection", "case-taken");
            assertThat(shapeClasses(pane, "resubmitted")).contains("case-taken");
            // the marks are drawn, not just named: the current step's box is amber, a finished one green
            assertThat(fill(browser, pane, "reviewPlan")).isEqualTo("rgb(255, 243, 205)");
            assertThat(fill(browser, pane, "revisePlan")).isEqualTo("rgb(209, 231, 221)");
            // the viewer fits its container: no wider than the page
            long pageWidth = (Long) js(browser).executeScript("return document.documentElement.clientWidth;");
            assertThat(pageWidth).as("the page at the window's width, less a scrollbar").isBetween(width - 20L, (long) width);
            // the current step is in view (on a phone the viewer centres it at a legible scale)
            WebElement current = pane.findElement(By.cssSelector("g.djs-element[data-element-id='reviewPlan']"));
            assertThat(pane.getRect().getX()).isLessThanOrEqualTo(current.getRect().getX());
            assertThat(current.getRect().getX() + current.getRect().getWidth())
                    .isLessThanOrEqualTo(pane.getRect().getX() + pane.getRect().getWidth());
            assertThat(current.getRect().getWidth()).as("the current step legible").isGreaterThanOrEqualTo(width < 500 ? 55 : 90);
            assertThat(svg.getRect().getWidth()).isPositive().isLessThanOrEqualTo((int) pageWidth);
            assertThat((Long) js(browser).executeScript("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(pageWidth);
            // the legend, in Chinese by default
            assertThat(browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-legend")).getText())
                    .contains("已完成", "当前环节", "已走过的连线");
            browser.screenshot("case-diagram-" + windowSize.replace(',', 'x') + ".png");

            // zoom in by the button: the viewport's scale grows
            String before = viewport(pane);
            browser.driver.findElement(By.cssSelector("#case-diagram [data-zoom='in']")).click();
            browser.wait.until(d -> !viewport(pane).equals(before));
            assertThat(browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-error")).isDisplayed()).isFalse();
        }
    }

    /**
     * Issue 17: at ?lang=en the diagram's labels were the BPMN's Chinese names. The viewer draws the English names the
     * page's data gives (a step, a gateway's question, a flow's answer); at the default language the Chinese ones.
     */
    @org.junit.jupiter.api.Test
    void theDiagramsLabelsAreEnglishOnAnEnglishPageAndChineseOtherwise() throws IOException {
        Api api = new Api(port);
        Api.Response drafted = api.post("planner", "/api/plans",
                Api.planCommand("流程图英文 " + UUID.randomUUID().toString().substring(0, 8), "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String code = api.post("planner", "/api/plans/" + drafted.get("id").asLong() + "/submit", null).get("code").asString();
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("planner");
            browser.driver.get(browser.url("/cases/" + code + "?lang=en"));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-ready", "true"));
            WebElement pane = browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-pane[data-process-key='planApproval']"));
            assertThat(label(pane, "reviewPlan")).isEqualTo("Section review");
            assertThat(label(pane, "fileWithSuperior")).isEqualTo("File with the superior authority");
            assertThat(label(pane, "approvalPath")).isEqualTo("Approval path");
            assertThat(label(pane, "annualPath")).isEqualTo("Annual plan");
            String all = (String) js(browser).executeScript("return Array.from(arguments[0].querySelectorAll('svg text'))"
                    + ".map(function (t) { return t.textContent; }).join('|');", pane);
            assertThat(all).isNotBlank().doesNotContainPattern("[\\u4e00-\\u9fff]");
            browser.screenshot("case-diagram-en.png");

            browser.driver.get(browser.url("/cases/" + code + "?lang=zh"));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-ready", "true"));
            WebElement chinese = browser.driver.findElement(By.cssSelector("#case-diagram .case-diagram-pane[data-process-key='planApproval']"));
            assertThat(label(chinese, "reviewPlan")).isEqualTo("科室审核");
            assertThat(label(chinese, "annualPath")).isEqualTo("年度计划");
        }
    }

    /** The text bpmn-js drew for an element (its lines joined; a flow's label is a separate label element). */
    private static String label(WebElement pane, String elementId) {
        List<WebElement> own = pane.findElements(By.cssSelector("g.djs-element[data-element-id='" + elementId + "'] text"));
        List<WebElement> texts = own.isEmpty()
                ? pane.findElements(By.cssSelector("g.djs-element[data-element-id='" + elementId + "_label'] text")) : own;
        StringBuilder joined = new StringBuilder();
        for (WebElement text : texts) {
            for (WebElement line : text.findElements(By.tagName("tspan"))) {
                joined.append(joined.length() == 0 ? "" : " ").append(line.getAttribute("textContent").strip());
            }
        }
        return joined.toString().replace("  ", " ");
    }

    private static JavascriptExecutor js(Chromium browser) {
        return (JavascriptExecutor) browser.driver;
    }

    private static List<String> shapeClasses(WebElement pane, String elementId) {
        WebElement gfx = pane.findElement(By.cssSelector("g.djs-element[data-element-id='" + elementId + "']"));
        return List.of(gfx.getAttribute("class").split("\\s+"));
    }

    private static String fill(Chromium browser, WebElement pane, String elementId) {
        WebElement visual = pane.findElement(By.cssSelector("g.djs-element[data-element-id='" + elementId + "'] .djs-visual > :first-child"));
        return (String) js(browser).executeScript("return getComputedStyle(arguments[0]).fill;", visual);
    }

    private static String viewport(WebElement pane) {
        return pane.findElement(By.cssSelector("g.viewport")).getAttribute("transform");
    }
}
