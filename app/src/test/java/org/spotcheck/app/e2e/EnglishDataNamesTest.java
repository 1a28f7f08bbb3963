package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.ItemEnglishNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (walk-17 item 7): English pages showed Chinese data: product names, the lab's test item names, the rule's
 * sampling unit, the demo users' posts in their names, the diagram's labels, the timeline's service steps and records,
 * and 已办任务's steps. Each English page now reads its data in English where the data has an English name, and the
 * Chinese page is unchanged. "No Chinese" is checked in the named places: a person's or an organisation's name is a
 * name and stays as it is written.
 */
class EnglishDataNamesTest extends ResultHandlingE2e {

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemEnglishNames itemNames;

    @Autowired
    ApplicationContext context;

    private String page(String user, String path) {
        Browserless.Page page = new Browserless(port, user).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    /** The text of the cells of the given column in the rows that start with {@code rowStart} (a pattern). */
    private static List<String> cells(String html, String rowStart, int column) {
        List<String> found = new ArrayList<>();
        Matcher rows = Pattern.compile("(?s)" + rowStart + "(.*?)</tr>").matcher(html);
        while (rows.find()) {
            Matcher tds = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(rows.group(1));
            for (int i = 0; tds.find(); i++) {
                if (i == column) {
                    found.add(tds.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&amp;", "&").strip());
                }
            }
        }
        return found;
    }

    private static String element(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("#" + id).isPositive();
        int end = html.indexOf("</table>", at);
        return html.substring(at, end < 0 ? html.length() : end);
    }

    private static void noChinese(String what, String text) {
        assertThat(HAN.matcher(text).find()).as(what + " has no Chinese: " + text).isFalse();
    }

    /** Item 1: the plan, the spot-check's task page, the lab's list and the result-handling case list name the product. */
    @Test
    void productsAndTheRulesUnitReadInEnglish() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104");
        long planId = plan.get("id").asLong();
        List<String> english = cells(element(page("planner", "/plans/" + planId + "?lang=en"), "plan-items"), "<tr>\\s*(?=<td>1</td>)", 1);
        assertThat(english).containsExactly("Tissue paper (facial tissue, napkins, handkerchief tissue)");
        assertThat(cells(element(page("planner", "/plans/" + planId), "plan-items"), "<tr>\\s*(?=<td>1</td>)", 1)).containsExactly("纸巾纸");

        String caseCode = spotCheck.approvedCase(plan);
        String sampler = spotCheck.samplers(caseCode).get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        // the rule's sampling unit: Chinese only in the data, the bundle's translation on an English page
        String en = page(sampler, "/tasks/" + task + "?lang=en");
        assertThat(en).contains("<span>Tissue paper (facial tissue, napkins, handkerchief tissue)</span>")
                .contains("(smallest sales packages)").doesNotContain("最小销售包装").doesNotContain(">纸巾纸<");
        assertThat(page(sampler, "/tasks/" + task)).contains("（最小销售包装）").contains(">纸巾纸<");

        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        String cases = page("officer", "/disposal/cases?number=" + c.caseCode() + "&lang=en");
        assertThat(cases).contains("<td>Tissue paper (facial tissue, napkins, handkerchief tissue)</td>").doesNotContain("<td>纸巾纸</td>");
        assertThat(page("officer", "/disposal/cases?number=" + c.caseCode())).contains("<td>纸巾纸</td>");
        String labs = page("lab1-tester", "/lab-samples?number=" + c.caseCode() + "&lang=en");
        assertThat(labs).contains("<td>Tissue paper (facial tissue, napkins, handkerchief tissue)</td>").doesNotContain("<td>纸巾纸</td>");
    }

    /**
     * Item 2: the lab's items carry the rule item's English name from the copy on (results entry, the report on the
     * review step, the objection's failed items, the case card), and items copied before are named from their rule at
     * start; documents keep the Chinese name.
     */
    @Test
    void testItemsReadInEnglishFromTheCopyOnAndOlderItemsAreNamedFromTheirRule() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        String enter = api.taskId("lab1-tester", caseCode, "enterResults");
        String en = element(page("lab1-tester", "/tasks/" + enter + "?lang=en"), "test-items");
        List<String> names = cells(en, "<tr data-item=\"TP-\\d+\">", 1);
        assertThat(names).hasSize(12).contains("Brightness (whiteness)", "Ash content");
        names.forEach(n -> noChinese("an item's name on the English results entry", n));
        assertThat(cells(element(page("lab1-tester", "/tasks/" + enter), "test-items"), "<tr data-item=\"TP-\\d+\">", 1))
                .contains("亮度（白度）", "灰分");

        // an item copied before V3_180 has no English name: the start names it from its rule
        long labSample = jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE task_code = ?", Long.class, caseCode);
        jdbc.update("UPDATE tst_test_item SET name_en = NULL WHERE lab_sample_id = ?", labSample);
        assertThat(cells(element(page("lab1-tester", "/tasks/" + enter + "?lang=en"), "test-items"), "<tr data-item=\"TP-\\d+\">", 1))
                .contains("亮度（白度）");
        assertThat(itemNames.fill()).isGreaterThanOrEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tst_test_item WHERE lab_sample_id = ? AND name_en IS NULL", Integer.class,
                labSample)).isZero();
        assertThat(cells(element(page("lab1-tester", "/tasks/" + enter + "?lang=en"), "test-items"), "<tr data-item=\"TP-\\d+\">", 1))
                .contains("Brightness (whiteness)").noneMatch(n -> HAN.matcher(n).find());

        // the report on the review step
        spotCheck.resultsEntered(caseCode, ResultHandlingFlow.failingTissue());
        String review = api.taskId("lab1-reviewer", caseCode, "reviewReport");
        List<String> reviewed = cells(element(page("lab1-reviewer", "/tasks/" + review + "?lang=en"), "test-items"),
                "<tr data-item=\"TP-\\d+\">", 1);
        assertThat(reviewed).hasSize(12).contains("Brightness (whiteness)").noneMatch(n -> HAN.matcher(n).find());
    }

    /**
     * Review robust16: the start's naming of older items ran its query over every lab sample on every start. It records
     * that it has run (sys_startup_once) and a later start does nothing; without the record it names the items as before.
     */
    @Test
    void theStartNamesOlderItemsOnceAndAfterThatDoesNothing() throws Exception {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        long labSample = jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE task_code = ?", Long.class, caseCode);
        String once = "SELECT COUNT(*) FROM sys_startup_once WHERE name = 'ITEM_ENGLISH_NAMES'";
        String unnamed = "SELECT COUNT(*) FROM tst_test_item WHERE lab_sample_id = ? AND name_en IS NULL";
        assertThat(jdbc.queryForObject(once, Integer.class)).as("recorded by this application's start").isEqualTo(1);

        jdbc.update("UPDATE tst_test_item SET name_en = NULL WHERE lab_sample_id = ?", labSample);
        itemNames.run(null); // a later start: the record says it is done
        assertThat(jdbc.queryForObject(unnamed, Integer.class, labSample)).as("left as they are by a later start").isEqualTo(12);

        jdbc.update("DELETE FROM sys_startup_once WHERE name = 'ITEM_ENGLISH_NAMES'");
        itemNames.run(null); // a start on a database that has not had it
        assertThat(jdbc.queryForObject(unnamed, Integer.class, labSample)).isZero();
        assertThat(jdbc.queryForObject(once, Integer.class)).isEqualTo(1);
    }

    @Test
    void theObjectionsFailedItemsAndTheCaseCardNameTheItemsInEnglish() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        String en = page(c.enterprise(), "/tasks/" + task + "?lang=en");
        // the failed items of the issued report (frozen items) and the items to dispute
        assertThat(cells(element(en, "failed-items"), "<tr id=\"failed-TP-\\d+\">", 0))
                .containsExactlyInAnyOrder("TP-07 Brightness (whiteness)", "TP-09 Ash content");
        assertThat(en).contains("for=\"disputed-TP-07\">TP-07 Brightness (whiteness)</label>")
                .contains("for=\"disputed-TP-09\">TP-09 Ash content</label>");
        String card = element(en, "disposal-case");
        assertThat(card).contains("<td>TP-07 Brightness (whiteness)</td>").contains("Tissue paper (facial tissue")
                .doesNotContain("亮度").doesNotContain("纸巾纸");
        String zh = page(c.enterprise(), "/tasks/" + task);
        assertThat(zh).contains("for=\"disputed-TP-07\">TP-07 亮度（白度）</label>").contains("<td>TP-07 亮度（白度）</td>");
        // the documents stay Chinese: the report names its items in Chinese only
        long labSample = jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE task_code = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, c.caseCode());
        long reportId = api.get("lab1-tester", "/api/lab-samples/" + labSample + "/reports").json().get(0).get("id").asLong();
        assertThat(flow.spotCheck().reportPdfText(reportId)).contains("亮度（白度）").doesNotContain("Brightness");
    }

    /**
     * Item 3: the demo users are named by their names alone (计划编制 王芳 read on English pages); a database seeded
     * before is renamed on start where the name is still the one seeded.
     */
    @Test
    void demoUsersAreNamedWithoutTheirPost() throws Exception {
        List<String> names = jdbc.queryForList("SELECT display_name FROM sys_user WHERE username IN ('planner', 'plan-reviewer',"
                + " 'sampler-a', 'lab1-approver', 'officer', 'province-officer', 'sysadmin', 'plan-director-sz')", String.class);
        assertThat(names).hasSize(8).containsExactlyInAnyOrder("王芳", "陈刚", "张伟", "郑涛", "何静", "高岚", "马骏", "郭峰");
        // the menu names the user by name, the login in its tooltip (walk 17h)
        assertThat(page("planner", "/tasks?lang=en")).contains(">王芳</span>").contains("Login name: planner").doesNotContain("计划编制");

        jdbc.update("UPDATE sys_user SET display_name = '计划编制 王芳' WHERE username = 'planner'");
        jdbc.update("UPDATE sys_user SET display_name = '王芳（已改名）' WHERE username = 'sampler-a'");
        try {
            ((ApplicationRunner) context.getBean("demoDataLoader")).run(null);
            assertThat(jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = 'planner'", String.class)).isEqualTo("王芳");
            // a name an administrator changed is his to keep
            assertThat(jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = 'sampler-a'", String.class))
                    .isEqualTo("王芳（已改名）");
        } finally {
            jdbc.update("UPDATE sys_user SET display_name = '王芳' WHERE username = 'planner'");
            jdbc.update("UPDATE sys_user SET display_name = '张伟' WHERE username = 'sampler-a'");
        }
    }

    /** Item 4: the diagram's data names every named element in English for an English reader, none for a Chinese one. */
    @Test
    void theDiagramsLabelsAreEnglishOnAnEnglishPage() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        JsonNode en = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(page("officer", "/cases/" + c.caseCode() + "/diagram?lang=en"));
        assertThat(en.get("labels").size()).as("spotCheck and the resultHandling it called").isEqualTo(2);
        for (String definition : en.get("definitions").propertyNames()) {
            JsonNode labels = en.get("labels").get(definition);
            Matcher named = Pattern.compile("<(\\w+) [^>]*?id=\"([^\"]+)\"[^>]*? name=\"([^\"]+)\"").matcher(en.get("definitions").get(definition).asString());
            int count = 0;
            while (named.find()) {
                if (named.group(1).equals("process") || named.group(1).equals("message")) {
                    continue;
                }
                count++;
                assertThat(labels.has(named.group(2))).as(definition + " labels " + named.group(2) + " " + named.group(3)).isTrue();
                noChinese(named.group(2), labels.get(named.group(2)).asString());
            }
            assertThat(count).as(definition).isGreaterThan(20);
        }
        assertThat(en.get("labels").toString()).contains("\"sendSampleToLab\":\"Send the sample to the lab\"")
                .contains("\"nonConforming\":\"Non-conforming\"");
        JsonNode zh = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(page("officer", "/cases/" + c.caseCode() + "/diagram?lang=zh"));
        assertThat(zh.get("labels").isEmpty()).as("a Chinese page draws the BPMN's own names").isTrue();
    }

    /**
     * Items 5 and 6: the timeline's service steps, events, plan rows and documents read in English, and 已办任务 names
     * the completed steps, the copied ones and the processes started in English.
     */
    @Test
    void theTimelineAndHandledTasksNameStepsRecordsAndDocumentsInEnglish() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        String en = page("planner", "/cases/" + c.caseCode() + "?lang=en");
        String timeline = element(en, "timeline");
        List<String> steps = cells(timeline, "<tr data-activity=\"[^\"]*\" data-source=\"WORKFLOW\"[^>]*>", 1);
        assertThat(steps).contains("Task issued", "Start the spot check", "Send the sample to the lab", "Record the sample's hand-over",
                "Open result handling");
        steps.forEach(s -> noChinese("a workflow row's step", s));
        assertThat(timeline).contains("Plan ND-").doesNotContain("计划 ND-").contains(">Sampling form YP-" + c.caseCode() + "<")
                .contains("Test report LAB1-").doesNotContain("抽样单 YP").doesNotContain("检验报告 LAB1").doesNotContain("不合格（一般不合格）")
                .contains("Non-conforming (general)");
        String zh = element(page("planner", "/cases/" + c.caseCode()), "timeline");
        assertThat(zh).contains(">样品送检</td>").contains(">任务下达</td>").contains("计划 ND-").contains(">抽样单 YP-" + c.caseCode() + "<")
                .contains("不合格（一般不合格）");

        // 已办任务: the reviewer's completed step, a copy of it, and the planner's started process
        String code = flow.spotCheck().submittedPlan("TISSUE_PAPER").get("code").asString();
        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + review + "/copy", Map.of("toUsers", List.of("officer"))).status())
                .isEqualTo(200);
        String copies = element(page("officer", "/tasks/done?lang=en"), "copied-tasks");
        assertThat(cells(copies, "<tr data-copy=\"\\d+\"[^>]*>", 0)).contains("Section review").noneMatch(s -> s.contains("科室审核"));
        // a copy made before the key was kept: V5_181 fills it from the engine's history
        jdbc.update("UPDATE sys_task_copy SET task_key = NULL WHERE task_id = ?", review);
        jdbc.update(db.migration.app.V5_181__app_task_copy_task_key_backfill.BACKFILL);
        assertThat(jdbc.queryForObject("SELECT task_key FROM sys_task_copy WHERE task_id = ?", String.class, review)).isEqualTo("reviewPlan");
        assertThat(element(page("officer", "/tasks/done"), "copied-tasks")).contains("<td>科室审核</td>");
        String started = element(page("planner", "/tasks/done?lang=en"), "started-processes");
        assertThat(started).contains("<td>Plan approval</td>").doesNotContain("监督抽查计划审批与下达");
        flow.spotCheck().decide("plan-reviewer", code, "reviewPlan", "APPROVE", "同意");
        String done = element(page("plan-reviewer", "/tasks/done?lang=en"), "completed-tasks");
        assertThat(cells(done, "<tr data-task=\"[^\"]+\" data-step=\"reviewPlan\">", 0)).contains("Section review");
    }
}
