package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (brief bil17): the data gaps that left Chinese on English pages. A lab's test item carries its rule item's
 * English method, requirement and unit, and the English result-entry form shows them (the Chinese one the Chinese
 * wording); the demo rules' Chinese-only requirements (display, enumeration values) and units have an English wording
 * and the English rule page shows no Chinese in them, the Chinese page no English unit; organisations have an optional
 * English name (the administrator's API refuses one too long, the lab register too), which English pages use.
 */
class EnglishRegisterTextsTest extends ResultHandlingE2e {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.spotcheck.app.workflow.ItemEnglishNames itemNames;

    private String page(String user, String path) {
        Browserless.Page page = new Browserless(port, user).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    /** code → text of the cell with the given class in each row carrying data-item. */
    private static Map<String, String> cells(String html, String cssClass) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        Matcher rows = Pattern.compile("(?s)<tr[^>]*data-item=\"([A-Z]+-\\d+)\"[^>]*>(.*?)</tr>").matcher(html);
        while (rows.find()) {
            Matcher cell = Pattern.compile("(?s)<td class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\"[^>]*>(.*?)</td>").matcher(rows.group(2));
            if (cell.find()) {
                found.put(rows.group(1), cell.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").strip());
            }
        }
        return found;
    }

    @Test
    void theEnglishResultEntryFormShowsTheMethodAndTheRequirementInEnglish() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        String enter = api.taskId("lab1-tester", caseCode, "enterResults");

        String en = page("lab1-tester", "/tasks/" + enter + "?lang=en");
        Map<String, String> methods = cells(en, "item-method");
        assertThat(methods).hasSize(12).containsEntry("TP-02", "GB 15979-2002 (Annex B)")
                .containsEntry("TP-08", "GB/T 20808-2011 (UV lamp check)");
        Map<String, String> requirements = cells(en, "requirement");
        assertThat(requirements).containsEntry("TP-02", "Not detectable").containsEntry("TP-08", "None")
                .containsEntry("TP-09", "Ash ≤ 1.0% (wood pulp, illustrative)");
        methods.forEach((code, m) -> assertThat(HAN.matcher(m).find()).as(code + " method on the English form: " + m).isFalse());
        requirements.forEach((code, r) -> assertThat(HAN.matcher(r).find()).as(code + " requirement on the English form: " + r).isFalse());

        String zh = page("lab1-tester", "/tasks/" + enter + "?lang=zh");
        assertThat(cells(zh, "item-method")).containsEntry("TP-02", "GB 15979-2002 (附录B)");
        assertThat(cells(zh, "requirement")).containsEntry("TP-02", "不得检出").containsEntry("TP-09", "灰分 ≤ 1.0%（木浆，示意）");

        // the API's form at ?lang=en: the item's title and method in English
        JsonNode form = api.get("lab1-tester", "/api/tasks/" + enter + "?lang=en").json().get("form");
        JsonNode tp02 = form.findValue("TP-02");
        assertThat(tp02).as(form.toString()).isNotNull();
        assertThat(tp02.get("x-method").asString()).isEqualTo("GB 15979-2002 (Annex B)");
        assertThat(tp02.get("title").asString()).isEqualTo("Coliforms");

        // items copied before V3_200 have no English wording: a start (once, sys_startup_once) gives them their rule's
        long labSample = jdbc.queryForObject("SELECT id FROM tst_lab_sample WHERE task_code = ?", Long.class, caseCode);
        jdbc.update("UPDATE tst_test_item SET method_en = NULL, display_en = NULL, unit_en = NULL WHERE lab_sample_id = ?", labSample);
        assertThat(cells(page("lab1-tester", "/tasks/" + enter + "?lang=en"), "item-method")).containsEntry("TP-02", "GB 15979-2002 (附录B)");
        jdbc.update("DELETE FROM sys_startup_once WHERE name = 'ITEM_ENGLISH_WORDING'");
        itemNames.run(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_startup_once WHERE name = 'ITEM_ENGLISH_WORDING'", Integer.class))
                .isEqualTo(1);
        String again = page("lab1-tester", "/tasks/" + enter + "?lang=en");
        assertThat(cells(again, "item-method")).containsEntry("TP-02", "GB 15979-2002 (Annex B)");
        assertThat(cells(again, "requirement")).containsEntry("TP-02", "Not detectable");
        assertThat(again).contains("Implementation rule for Tissue paper").doesNotContain("实施细则");
        assertThat(again).contains(">None</option>").contains(">Present</option>");
    }

    @Test
    void theDemoRulesReadTheirRequirementsAndUnitsInTheReadersLanguage() {
        Browserless planner = new Browserless(port, "planner");
        for (String product : List.of("PLASTIC_BAG", "TISSUE_PAPER", "CHILD_APPAREL", "E_BIKE", "ELECTRIC_KETTLE")) {
            // the demo rule (the product's first version): a test that publishes a newer version of its own, with items
            // typed in Chinese only (RuleDetectionLimitTest's CA-90), may run before in the same application
            long rule = api.get("planner", "/api/registers/rules").json().valueStream()
                    .filter(r -> r.get("productCode").asString().equals(product))
                    .mapToLong(r -> r.get("id").asLong()).min().orElseThrow();
            String en = planner.get("/registers/rules/" + rule + "?lang=en").body();
            for (String column : List.of("requirement", "unit", "method")) {
                cells(en, column).forEach((code, text) -> assertThat(HAN.matcher(text).find())
                        .as(product + " " + code + " " + column + " on the English rule page: " + text).isFalse());
            }
            String zh = planner.get("/registers/rules/" + rule + "?lang=zh").body();
            cells(zh, "unit").forEach((code, text) -> assertThat(text)
                    .as(product + " " + code + " unit on the Chinese rule page").doesNotContain("percentage", "grade"));
            if (product.equals("CHILD_APPAREL")) {
                assertThat(cells(en, "unit")).containsEntry("CA-04", "grade");
                assertThat(cells(en, "requirement")).containsEntry("CA-04", "Class A ≥ grade 3-4");
                assertThat(cells(zh, "unit")).containsEntry("CA-10", "百分点（与标注值之差）").containsEntry("CA-04", "级");
                assertThat(cells(zh, "requirement")).containsEntry("CA-04", "A类 ≥ 3-4级");
            }
        }
    }

    @Test
    void organisationsTakeAnOptionalEnglishNameThatEnglishPagesShow() {
        String tooLong = "N".repeat(201);
        Api.Response refused = api.post("sysadmin", "/api/admin/organisations",
                Map.of("code", "LAB-EN1", "orgType", "LAB", "name", "无锡市检验所（测试）", "regionCode", "320200", "nameEn", tooLong));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("nameEn");

        Api.Response created = api.post("sysadmin", "/api/admin/organisations",
                Map.of("code", "LAB-EN1", "orgType", "LAB", "name", "无锡市检验所（测试）", "regionCode", "320200",
                        "nameEn", "Wuxi Inspection Institute (test)"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.get("nameEn").asString()).isEqualTo("Wuxi Inspection Institute (test)");
        JsonNode listed = api.get("sysadmin", "/api/admin/organisations").json().valueStream()
                .filter(o -> o.get("code").asString().equals("LAB1")).findFirst().orElseThrow();
        assertThat(listed.get("nameEn").asString()).isEqualTo("Jiangsu Institute of Product Quality Supervision and Inspection (demo)");

        // the lab register takes the English name in its add form and import, within its column's length
        Api.Response labRefused = api.post("planner", "/api/registers/labs", Map.of("code", "LAB-EN2", "name", "南京测试检验所",
                "name_en", tooLong, "accreditation_no", "CMA 190000000009", "region_code", "320102", "address", "南京市",
                "products", "TISSUE_PAPER", "capacity", "10"));
        assertThat(labRefused.status()).as(labRefused.body()).isEqualTo(400);
        assertThat(labRefused.errorFields()).contains("name_en");
        assertThat(api.get("planner", "/api/registers/labs").body()).contains("Jiangsu Institute of Product Quality Supervision");

        // an English page names the plan's lab in English, the Chinese page in Chinese
        JsonNode plan = flow.spotCheck().submittedPlan("TISSUE_PAPER", "320104");
        long planId = plan.get("id").asLong();
        assertThat(page("planner", "/plans/" + planId + "?lang=en")).contains("Jiangsu Institute of Product Quality Supervision and Inspection (demo)")
                .doesNotContain("江苏省产品质量监督检验研究院");
        assertThat(page("planner", "/plans/" + planId + "?lang=zh")).contains("江苏省产品质量监督检验研究院（示例）");
    }
}
