package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.spotcheck.app.browser.Chromium;

/**
 * Walk 18 (the README read by a newcomer, steps 1–3 at 390 px): the links a sampler and an enterprise tap on a task
 * page were smaller than a finger. 查看办理过程 was 24 px high, 打印样品标签 and 抽样单（PDF） 16 px, and the
 * navigation's brand 40 px, the folding sections (转办或委托) 41 px; each is now a touch target at least 44 px high, in
 * Chinese and in English. 样品与报告's 更正原因 field (README step 6) was squeezed to 18 px in its table.
 */
@Tag("browser")
class ReadmeWalkBrowserTest extends ResultHandlingE2e {

    /**
     * The elements named (each must be there) and every visible folding section's summary under 44 × 44 px; a selector
     * prefixed "wide:" names a field that must be at least 100 px wide.
     */
    private static final String SHORT_LINKS = """
            const short = [];
            for (const sel of arguments[0]) {
              const wide = sel.startsWith('wide:');
              const e = document.querySelector(wide ? sel.substring(5) : sel);
              if (!e) { short.push(sel + ' missing'); continue; }
              const r = e.getBoundingClientRect();
              if (wide ? r.width < 100 : (r.height < 43.5 || r.width < 44)) short.push(sel + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
            }
            for (const e of document.querySelectorAll('main summary')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.height < 43.5) short.push('summary ' + e.innerText.trim() + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
            }
            if (document.documentElement.scrollWidth > 390) short.push('page ' + document.documentElement.scrollWidth + ' px wide');
            return short;""";

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    @Test
    void theTaskPagesLinksAreTouchTargetsOf44PxAt390Px() throws IOException {
        // README steps 1–3 (a plastic-bag plan, as PhoneLayoutBrowserTest: its pool is larger), approved, sampled by the first drawn sampler; the second confirms
        String caseCode = flow.spotCheck().approvedCase(flow.spotCheck().submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.spotCheck().samplers(caseCode);
        String recordSampling = api.taskId(samplers.get(0), caseCode, "recordSampling");
        assertThat(recordSampling).as("recordSampling").isNotNull();
        List<String> problems = new ArrayList<>();
        check(samplers.get(0), "/tasks/" + recordSampling, List.of(".navbar-brand", "#view-case"), problems);
        String seal = flow.spotCheck().sampledUnconfirmed(caseCode);
        String confirm = api.taskId(samplers.get(1), caseCode, "confirmSampling");
        assertThat(confirm).as("confirmSampling").isNotNull();
        check(samplers.get(1), "/tasks/" + confirm, List.of(".navbar-brand", "#view-case", "#print-labels", "#form-pdf"), problems);
        // README step 6: on 样品与报告 the approver asks for a correction of the issued report with a reason
        flow.spotCheck().confirmedOnPaper(caseCode);
        flow.spotCheck().received(caseCode, seal);
        flow.spotCheck().resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        flow.spotCheck().decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        flow.spotCheck().decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
        check("lab1-approver", "/lab-samples?number=" + caseCode, List.of(".navbar-brand", "wide:input[name=reason]"), problems);
        assertThat(problems).as("links under 44 px at 390 px").isEmpty();
    }

    private void check(String user, String path, List<String> selectors, List<String> problems) throws IOException {
        try (Chromium browser = Chromium.start(port, "390,844")) {
            // headless Chromium keeps a window at least 500 px wide: emulate the phone's 390 px viewport
            ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.logIn(user);
            for (String lang : List.of("zh_CN", "en")) {
                browser.driver.get(browser.url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
                String name = "readme-walk-390-" + lang + path.replaceAll("[^A-Za-z0-9]+", "_");
                browser.screenshot("screenshots/" + name + ".png");
                @SuppressWarnings("unchecked")
                List<String> shortLinks = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(SHORT_LINKS, selectors);
                shortLinks.forEach(s -> problems.add(name + ": " + s));
            }
        }
    }
}
