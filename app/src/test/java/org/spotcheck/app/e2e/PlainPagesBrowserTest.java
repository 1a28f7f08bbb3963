package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.spotcheck.app.browser.Chromium;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (1, 4, 6, 7): the pages of a finished spot-check, walked in Chromium by the planner, the
 * officer, the enterprise and the lab in Chinese and English at 1366 and 390 px, show no raw enum
 * name, no region or organisation code where a name belongs, and no "中文 / English" pair. The
 * screenshots land in app/target/plain-pages/.
 */
@Tag("browser")
class PlainPagesBrowserTest extends ResultHandlingE2e {

    /** Enum names as the domain stores them: any SCREAMING_SNAKE word, and the one-word ones pages once showed. */
    private static final Pattern RAW_ENUM = Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b|\\b(?:FAIL|PASS|DRAFT|DRAFTED|SUBMITTED|REVIEWED|APPROVED|ISSUED|RETURNED|SUPERSEDED"
                    + "|SUCCESS|DENIED|FAILURE|BOTH|TEST|BACKUP|PLANNER|OFFICER|SAMPLER|ENFORCER|AUDITOR|ENTERPRISE|AUTHORITY"
                    + "|NONCONFORMING|GENERAL|SERIOUS|RECTIFYING|NOTIFIED|PRODUCTION|DISTRIBUTION|LARGE|MEDIUM|SMALL|ONLINE|PAPER)\\b"
                    + "|\\[(?:BOTH|TEST|BACKUP)]");
    /**
     * Organisation codes (AUTH-320100, ENT-A, LAB1) and region codes (320100) standing alone, not as
     * part of a number such as the report number LAB1-2026-000001.
     */
    private static final Pattern RAW_CODE = Pattern.compile(
            "(?<![\\w-])(?:AUTH-\\d{6}|ENT-[A-Z]|LAB\\d|3[1-9]\\d{4}|320000)(?![\\w-])");
    /** A Chinese text followed by its English translation: "合计 / total". */
    private static final Pattern MIXED_PAIR = Pattern.compile("[\\u4e00-\\u9fff）」》][^\\n\\t/]{0,3} / [A-Za-z]");

    @BeforeAll
    static void requireBrowser() {
        Chromium.require();
    }

    @Test
    void aFinishedSpotCheckReadsInPlainWordsForEveryoneInBothLanguagesOnDesktopAndPhone() throws IOException {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String caseCode = c.caseCode();
        String planCode = caseCode.substring(0, caseCode.length() - "-01-01".length());
        long planId = api.get("planner", "/api/plans").json().valueStream()
                .filter(p -> p.get("code").asString().equals(planCode)).findFirst().orElseThrow().get("id").asLong();
        String rectification = api.taskId("officer", caseCode, "orderRectification");
        assertThat(rectification).as("orderRectification").isNotNull();
        long drawId = drawOf(planCode);

        Map<String, List<String>> walks = new LinkedHashMap<>();
        walks.put("planner", List.of("/tasks", "/tasks/done", "/plans", "/plans/" + planId, "/cases/" + planCode,
                "/cases/" + caseCode, "/disposal/cases", "/disposal/statistics", "/public/plans",
                // the registers name regions, products and 回避企业 (issue 17.1)
                "/registers/enterprises", "/registers/inspectors", "/registers/labs", "/registers/products"));
        walks.put("officer", List.of("/tasks", "/tasks/" + rectification, "/cases/" + caseCode, "/disposal/cases",
                "/disposal/publications", "/disposal/statistics"));
        walks.put(c.enterprise(), List.of("/tasks", "/tasks/done", "/disposal/cases", "/cases/" + caseCode));
        walks.put("lab1-tester", List.of("/tasks", "/lab-samples", "/cases/" + caseCode));
        walks.put("auditor", List.of("/audit"));
        walks.put("sysadmin", List.of("/admin/users", "/admin/organisations"));

        List<String> problems = new ArrayList<>();
        for (String size : List.of("1366,900", "390,844")) {
            String width = size.substring(0, size.indexOf(','));
            for (String lang : List.of("zh_CN", "en")) {
                // the public, logged out: the draw's re-verification explains itself, and the pages link to 登录
                try (Chromium browser = Chromium.start(port, size)) {
                    for (String path : List.of("/public/plans", "/public/draws/" + drawId + "/verify", "/public/results")) {
                        visit(browser, path, lang, "public", width, problems);
                        assertThat(browser.driver.findElements(By.id("nav-login"))).as("login link on " + path).hasSize(1);
                    }
                    browser.driver.get(browser.url("/public/draws/" + drawId + "/verify"));
                    assertThat(browser.driver.findElement(By.id("draw-verdict")).getText())
                            .isEqualTo(lang.equals("en") ? "Verified: recomputing gives the published result, and neither the candidate list nor the seed was changed after the draw."
                                    : "复核通过：重新计算的结果与公布的抽取结果一致，抽取后候选名单和种子均未改动。");
                    assertThat(browser.driver.findElements(By.cssSelector("#draw-checks li[data-ok=true]"))).hasSize(3);
                    assertThat(browser.driver.findElement(By.id("draw-result")).getText()).doesNotContain("ENT-");
                }
                for (Map.Entry<String, List<String>> walk : walks.entrySet()) {
                    try (Chromium browser = Chromium.start(port, size)) {
                        browser.logIn(walk.getKey());
                        for (String path : walk.getValue()) {
                            visit(browser, path, lang, walk.getKey(), width, problems);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("raw codes or mixed-language text on pages").isEmpty();
    }

    @Test
    void theAuditPageShowsBeijingTimesAndPagesInsteadOfStoppingAt200Rows() throws IOException {
        for (int i = 0; i < 60; i++) { // enough records for a second page of 50
            api.get("planner", "/api/audit"); // refused, and so recorded
        }
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("auditor");
            browser.driver.get(browser.url("/audit?lang=zh_CN&actor=planner&size=50"));
            assertThat(browser.driver.findElements(By.cssSelector("#audit tbody tr"))).hasSize(50);
            assertThat(browser.driver.findElement(By.id("audit-page")).getText()).startsWith("第 1 / ");
            assertThat(browser.driver.findElement(By.id("audit-total")).getText()).matches("共 \\d+ 条");
            String firstTime = browser.driver.findElement(By.cssSelector("#audit tbody tr td:nth-child(2)")).getText();
            assertThat(firstTime).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(browser.driver.findElement(By.cssSelector("#audit thead")).getText()).contains("北京时间");
            assertThat(browser.driver.findElement(By.cssSelector("#audit tbody tr td:nth-child(5)")).getText()).isEqualTo("查看");
            browser.driver.get(browser.driver.findElement(By.id("audit-next")).getAttribute("href"));
            assertThat(browser.driver.getCurrentUrl()).contains("page=2").contains("actor=planner").contains("size=50");
            assertThat(browser.driver.findElement(By.id("audit-page")).getText()).startsWith("第 2 / ");
            assertThat(browser.driver.findElements(By.cssSelector("#audit tbody tr"))).isNotEmpty();
            browser.screenshot("plain-pages/audit-page-2.png");
        }
    }

    @Test
    void theStatisticsPageOpensWithThisYearsFigures() throws IOException {
        LocalDate today = LocalDate.now(ResultHandlingFlow.CHINA);
        try (Chromium browser = Chromium.start(port, "1366,900")) {
            browser.logIn("planner-sz");
            browser.driver.get(browser.url("/disposal/statistics?lang=zh_CN"));
            assertThat(browser.driver.findElement(By.id("from")).getAttribute("value")).isEqualTo(today.withDayOfYear(1).toString());
            assertThat(browser.driver.findElement(By.id("to")).getAttribute("value")).isEqualTo(today.toString());
            browser.driver.get(browser.url("/disposal/statistics?from=2001-01-01&to=2001-12-31"));
            assertThat(browser.driver.findElement(By.id("statistics-empty")).getText())
                    .startsWith("2001-01-01 至 2001-12-31 期间没有抽查批次：统计只计入");
            browser.screenshot("plain-pages/statistics-empty.png");
        }
    }

    private static void visit(Chromium browser, String path, String lang, String who, String width, List<String> problems)
            throws IOException {
        browser.driver.get(browser.url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        String name = path.replaceAll("[^A-Za-z0-9]+", "_");
        browser.screenshot("plain-pages/" + who + "-" + lang + "-" + width + name + ".png");
        // the organisation register's own code column (机构代码) and a register's code column are where a code belongs,
        // and a region's code may follow its name, small (issue 17.1)
        String text = (String) ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('td.org-code, td.col-code, .region-code').forEach(e => e.textContent = '');"
                        + " return document.body.innerText;");
        String where = who + " " + lang + " " + width + " " + path;
        assertThat(browser.driver.findElements(By.cssSelector("main h1")).stream().map(e -> e.getText()).toList())
                .as("error page at " + where).noneMatch(h -> h.startsWith("出错了") || h.startsWith("Error"));
        find(RAW_ENUM, text, where, "raw enum", problems);
        find(RAW_CODE, text, where, "raw code", problems);
        find(MIXED_PAIR, text, where, "中文 / English pair", problems);
    }

    private static void find(Pattern pattern, String text, String where, String kind, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            problems.add(kind + " at " + where + ": «" + m.group() + "» in «" + text.substring(from, to).replace('\n', ' ') + "»");
        }
    }

    private long drawOf(String planCode) {
        JsonNode plans = api.get("planner", "/api/public/plans").json();
        for (JsonNode p : plans) {
            if (p.get("code").asString().equals(planCode)) {
                for (JsonNode item : p.get("items")) {
                    for (JsonNode d : item.get("draws")) {
                        return d.get("id").asLong();
                    }
                }
            }
        }
        throw new AssertionError("no public draw of " + planCode);
    }
}
