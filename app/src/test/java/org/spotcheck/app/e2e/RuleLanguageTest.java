package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a rule's texts read in the reader's language. The demo rules store the sampling base, the judgment
 * principle, the standard clauses and the methods in Chinese (pages in Chinese, official documents) and in English
 * (English pages); an illustrative value says so in the page's language. A rule entered with Chinese texts only
 * shows them on English pages too (data with no English name), never an empty cell. The 检验报告 stays Chinese.
 */
class RuleLanguageTest extends SpotCheckE2e {

    /** The English texts the demo rules carried on Chinese pages and documents before issue 17. */
    private static final List<String> ENGLISH_RULE_TEXTS = List.of("not stated", "stock must cover", "Shared rule text",
            "paraphrased", "visual check", "illustrative", "Illustrative", "method A", "mean of 3 bags", "Annex", "2005 clause");

    @Test
    void aDemoRulePageReadsInOneLanguageWithItsIllustrativeValuesMarked() {
        long bag = activeRule("PLASTIC_BAG");
        Browserless planner = new Browserless(port, "planner");

        String zh = planner.get("/registers/rules/" + bag).body();
        assertThat(zh).contains("细则未规定抽样基数").contains("国家监督抽查实施细则通用判定原则")
                .contains("GB/T 21661-2020（目测检查）").contains("GB/T 21661-2020 (标识)").contains("示例值，未经核实");
        for (String english : ENGLISH_RULE_TEXTS) {
            assertThat(zh).as("no English rule text on the Chinese page: " + english).doesNotContain(english);
        }

        String en = planner.get("/registers/rules/" + bag + "?lang=en").body();
        assertThat(en).contains("not stated; stock on hand must cover the sample").contains("Shared rule text used by the national rules")
                .contains("GB/T 21661-2020 (visual check)").contains("GB/T 21661-2020 (marking)")
                .contains("Illustrative value, not verified")
                .doesNotContain("细则未规定抽样基数").doesNotContain("通用判定原则").doesNotContain("目测检查").doesNotContain("(标识)")
                .doesNotContain("示例值，未经核实").doesNotContain("所检项目未发现不合格");

        // the kettle's rule version was "illustrative" (cut from the data's remark); its clauses name chapters
        long kettle = activeRule("ELECTRIC_KETTLE");
        assertThat(planner.get("/registers/rules/" + kettle + "?lang=zh").body()).contains("第7章").doesNotContain("illustrative");
        assertThat(planner.get("/registers/rules/" + kettle + "?lang=en").body()).contains("GB 4706.1-2005 clause 7")
                .doesNotContain("第7章");
    }

    @Test
    void aRuleEnteredInChineseOnlyShowsItsChineseTextsOnTheEnglishPage() {
        String product = Registers.unique("P");
        assertThat(api.post("planner", "/api/registers/products", Map.of("code", product, "name_zh", "测试杯", "name_en", "Test cup",
                "category", "日用品", "industry", "塑料制品", "risk_level", "MEDIUM")).status()).isEqualTo(201);
        Map<String, Object> draft = Registers.ruleDraft(product);
        draft.put("items", List.of(Map.of("code", "T-01", "name_zh", "外观", "standard_clause", "5.1 外观", "method", "目测检查法",
                "limit_type", "QUALITATIVE", "limit_text", "无明显缺陷", "item_class", "B")));
        Api.Response rule = api.post("planner", "/api/registers/rules", draft);
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        long ruleId = rule.json().get("id").asLong();

        String en = new Browserless(port, "planner").get("/registers/rules/" + ruleId + "?lang=en").body();
        assertThat(en).contains("不少于 100 个").contains("任一项目不合格即判定为不合格。")
                .contains("<td class=\"clause\">5.1 外观</td>").contains("<td class=\"method\">目测检查法</td>")
                // entered by an authority: not marked illustrative
                .contains("<td class=\"verified\"></td>");
    }

    @Test
    void theKettlesSamplingAndLabPagesAndItsReportCarryNoEnglishRuleText() {
        // a kettle maker of its own in a Nanjing district, so that the Nanjing authority may draw it
        plans.importEnterprises("planner", "320115", "ELECTRIC_KETTLE", "MEDIUM");
        String caseCode = flow.approvedCase(flow.submittedPlan("ELECTRIC_KETTLE", "320115"));
        String sampler = flow.samplers(caseCode).get(0);
        String record = api.taskId(sampler, caseCode, "recordSampling");
        Browserless samplerPages = new Browserless(port, sampler);
        String samplingZh = samplerPages.get("/tasks/" + record).body();
        assertThat(samplingZh).contains("电水壶产品质量监督抽查实施细则（示意） (2016)").doesNotContain("illustrative");
        assertThat(samplerPages.get("/tasks/" + record + "?lang=en").body()).contains("(2016)").doesNotContain("illustrative");

        String seal = flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        String labZh = new Browserless(port, "lab1-tester").get("/tasks/" + receive).body();
        assertThat(labZh).contains("(2016)").doesNotContain("illustrative");
        flow.received(caseCode, seal);

        Map<String, String> passing = new java.util.HashMap<>();
        for (int n = 1; n <= 16; n++) {
            passing.put(String.format("EK-%02d", n), "符合");
        }
        passing.put("EK-03", "1.0");
        passing.put("EK-05", "0.10");
        passing.put("EK-07", "0.10");
        passing.put("EK-14", "0.05");
        flow.resultsEntered(caseCode, passing);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);

        long labSample = jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE task_code = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                Long.class, caseCode);
        long reportId = api.get("lab1-tester", "/api/lab-samples/" + labSample + "/reports").json().get(0).get("id").asLong();
        String report = flow.reportPdfText(reportId);
        assertThat(report).contains("检验依据").contains("电水壶产品质量监督抽查实施细则（示意）（2016）");
        for (String english : ENGLISH_RULE_TEXTS) {
            assertThat(report).as("no English rule text on the report: " + english).doesNotContain(english);
        }
    }

    private long activeRule(String productCode) {
        return api.get("planner", "/api/registers/rules").json().valueStream()
                .filter(r -> r.get("productCode").asString().equals(productCode) && r.get("status").asString().equals("ACTIVE"))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
