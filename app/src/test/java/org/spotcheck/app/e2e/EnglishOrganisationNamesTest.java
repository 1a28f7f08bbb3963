package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, what brief bil17 left (brief bil18), over real HTTP: an English case page names the lab and the authorities
 * in English for every party that reads it; the report verification page names the lab in English beside the name as
 * issued; a lab added only in the planning register is named by the register's English name; rule items import their
 * English requirement, unit and method; the English result form says in English what to type for a 不得检出 item.
 */
class EnglishOrganisationNamesTest extends ResultHandlingE2e {

    static final String LAB1_EN = "Jiangsu Institute of Product Quality Supervision and Inspection (demo)";
    /** The demo labs' and authorities' Chinese names (their own words: the issued documents keep them). */
    static final List<String> CHINESE_NAMES = List.of("江苏省产品质量监督检验研究院", "苏州市产品质量监督检验所", "南京市市场监督管理局",
            "江苏省市场监督管理局", "苏州市市场监督管理局");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"(/cases/[^\"?#]+)");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->");
    private static final Pattern MARKED_ZH = Pattern.compile("(?s)<(\\w+)[^>]*\\blang=\"zh[^\"]*\"[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @Test
    void englishCasePagesNameLabsAndAuthoritiesInEnglishAndTheVerificationPageToo() {
        ResultHandlingFlow.Case failed = flow.failedFirstReinspection();
        List<String> found = new ArrayList<>();
        int read = 0;
        for (String user : List.of("enforcer", "officer", "lab1-tester", "lab1-approver", "planner", "sampler-a", "province-officer")) {
            Browserless browser = new Browserless(port, user);
            Set<String> cases = new LinkedHashSet<>();
            cases.add("/cases/" + failed.caseCode());
            for (String start : List.of("/tasks/done", "/disposal/cases", "/lab-samples", "/cases/" + failed.caseCode())) {
                Matcher link = CASE_LINK.matcher(browser.get(start + "?lang=en").body());
                while (link.find()) {
                    cases.add(link.group(1));
                }
            }
            for (String path : cases) {
                Browserless.Page page = browser.get(path + "?lang=en");
                if (page.status() != 200) {
                    continue;
                }
                read++;
                String text = read(page.body());
                for (String name : CHINESE_NAMES) {
                    int at = text.indexOf(name);
                    if (at >= 0) {
                        found.add(user + " " + path + ": …" + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40)) + "…");
                    }
                }
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(7);
        assertThat(found).as("a lab's or authority's Chinese name on an English case page").isEmpty();

        // the verification page the report's QR code opens: the lab in English on the English page, as issued beside it
        JsonNode report = firstReport(failed.caseCode());
        String verify = "/public/reports/verify?no=" + report.get("reportNo").asString() + "&hash=" + report.get("contentHash").asString();
        String en = Browserless.anonymous(port).get(verify + "&lang=en").body();
        assertThat(en).contains(LAB1_EN).contains("As issued:");
        assertThat(read(en)).doesNotContain("江苏省产品质量监督检验研究院");
        // the product and the conclusion in English too (bil18 left them as issued, in Chinese)
        assertThat(cell(en, "verify-product")).isEqualTo("Tissue paper (facial tissue, napkins, handkerchief tissue)");
        assertThat(cell(en, "verify-conclusion")).startsWith("Non-conforming").doesNotContainPattern("\\p{IsHan}");
        assertThat(cell(Browserless.anonymous(port).get(verify + "&lang=zh").body(), "verify-conclusion")).startsWith("不合格");
        String zh = Browserless.anonymous(port).get(verify + "&lang=zh").body();
        assertThat(zh).contains("江苏省产品质量监督检验研究院（示例）").doesNotContain(LAB1_EN).doesNotContain("报告所载");
    }

    /**
     * The lab tests electric kettles only: a lab for tissue paper would be drawn for the other tests' re-tests of tissue
     * paper (RetestTest and others expect LAB2, the only other lab for it; CI saw LAB-BIL18 drawn).
     */
    @Test
    void aLabOnlyInThePlanningRegisterIsNamedInEnglishOnEnglishPages() {
        Api.Response added = api.post("planner", "/api/registers/labs", Map.of("code", "LAB-BIL18", "name", "南京登记检验所（测试）",
                "name_en", "Nanjing Register Inspection Institute (test)", "accreditation_no", "CMA 190000001818", "region_code", "320102",
                "address", "南京市", "products", "ELECTRIC_KETTLE", "capacity", "10"));
        assertThat(added.status()).as(added.body()).isLessThan(300);
        Api.Response drafted = api.post("planner", "/api/plans", Api.planCommand("E2E 仅名录库承检机构", "ELECTRIC_KETTLE", "320104", "LAB-BIL18"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long plan = drafted.get("id").asLong();
        assertThat(read(page("planner", "/plans/" + plan + "?lang=en"))).contains("Nanjing Register Inspection Institute (test)")
                .doesNotContain("南京登记检验所");
        assertThat(page("planner", "/plans/" + plan + "?lang=zh")).contains("南京登记检验所（测试）")
                .doesNotContain("Nanjing Register Inspection Institute");
        // the new plan's form offers the labs in the reader's language
        assertThat(read(page("planner", "/plans/new?lang=en"))).contains("Nanjing Register Inspection Institute (test)").contains(LAB1_EN)
                .doesNotContain("南京登记检验所").doesNotContain("江苏省产品质量监督检验研究院");
    }

    @Test
    void ruleItemsImportTheirEnglishRequirementUnitAndMethod() {
        long active = api.get("planner", "/api/registers/rules").json().valueStream()
                .filter(r -> r.get("productCode").asString().equals("CHILD_APPAREL") && r.get("status").asString().equals("ACTIVE"))
                .findFirst().orElseThrow().get("id").asLong();
        JsonNode draft = api.post("planner", "/api/registers/rules/" + active + "/versions", Map.of("version", Registers.unique("EN"))).json();
        String items = "/api/registers/rules/" + draft.get("id").asLong() + "/items/import";
        List<String> header = List.of("code", "name_zh", "standard_clause", "method", "limit_type", "limit_value", "limit_text", "unit",
                "item_class", "display_en", "unit_en", "method_en");

        Api.Response refused = api.upload("planner", items, "items.csv", Registers.csv(List.of(header,
                List.of("CA-04", "耐水色牢度", "GB 18401-2010", "GB/T 5713-2013", "MIN", "3", "", "级", "B", "x".repeat(301), "grade", "ISO"),
                List.of("CA-05", "耐汗渍色牢度", "GB 18401-2010", "GB/T 3922-2013", "MIN", "3", "", "级", "B", "", "g".repeat(65), "ISO"),
                List.of("CA-06", "耐干摩擦色牢度", "GB 18401-2010", "GB/T 3920-2008", "MIN", "3", "", "级", "B", "", "", "m".repeat(301)))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("row 2 / display_en", "row 3 / unit_en", "row 4 / method_en");

        // the Chinese header names, as an XLSX a planner fills in
        List<String> chineseHeader = List.of("编号", "检验项目", "标准条款", "检验方法", "限量类型", "限值", "要求", "单位", "类别", "英文要求",
                "英文单位", "英文检验方法");
        JsonNode imported = api.upload("planner", items, "items.xlsx", Registers.xlsx(List.of(chineseHeader,
                List.of("CA-04", "耐水色牢度", "GB 18401-2010", "GB/T 5713-2013（纺织品 色牢度试验）", "MIN", "3", "", "级", "B",
                        "≥ grade 3", "grade", "GB/T 5713-2013 (Textiles, colour fastness tests)"),
                List.of("CA-05", "耐汗渍色牢度", "GB 18401-2010", "GB/T 3922-2013", "MIN", "3", "", "级", "B", "", "", ""),
                List.of("CA-90", "大肠菌群", "GB 15979-2002", "GB 15979-2002 附录B", "ENUMERATION", "", "不得检出", "", "A", "", "", ""),
                List.of("CA-92", "可迁移性荧光增白剂", "GB/T 20808-2011", "紫外灯", "ENUMERATION", "", "无", "", "A", "", "", "")))).json();
        JsonNode ca04 = imported.get("items").valueStream().filter(i -> i.get("code").asString().equals("CA-04")).findFirst().orElseThrow();
        assertThat(ca04.get("displayEn").asString()).isEqualTo("≥ grade 3");
        assertThat(ca04.get("unitEn").asString()).isEqualTo("grade");
        assertThat(ca04.get("methodEn").asString()).isEqualTo("GB/T 5713-2013 (Textiles, colour fastness tests)");
        JsonNode ca05 = imported.get("items").valueStream().filter(i -> i.get("code").asString().equals("CA-05")).findFirst().orElseThrow();
        assertThat(ca05.path("methodEn").asString(null)).as("optional").isNull();
        // an enumeration imported without its English reads its values' English (不得检出, 无), never the Chinese values
        Map<String, String> displayEn = new java.util.HashMap<>();
        imported.get("items").valueStream().forEach(i -> displayEn.put(i.get("code").asString(), i.path("displayEn").asString(null)));
        assertThat(displayEn).containsEntry("CA-90", "Not detectable").containsEntry("CA-92", "None");

        Browserless planner = new Browserless(port, "planner");
        String en = planner.get("/registers/rules/" + draft.get("id").asLong() + "?lang=en").body();
        assertThat(en).contains("GB/T 5713-2013 (Textiles, colour fastness tests)").doesNotContain("纺织品 色牢度试验");
        String zh = planner.get("/registers/rules/" + draft.get("id").asLong() + "?lang=zh").body();
        assertThat(zh).contains("GB/T 5713-2013（纺织品 色牢度试验）").doesNotContain("colour fastness tests");
    }

    @Test
    void theEnglishResultFormSaysInEnglishWhatToTypeForANotDetectableItem() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Browserless tester = new Browserless(port, "lab1-tester");
        String en = tester.get("/tasks/" + task + "?lang=en").body();
        assertThat(en).contains("placeholder=\"Enter &quot;未检出&quot; (not detected) or &quot;检出&quot; (detected)\"")
                .doesNotContain("未检出 (not detected) /");
        assertThat(tester.get("/tasks/" + task + "?lang=zh").body()).contains("placeholder=\"未检出 / 检出\"");
    }

    private String page(String user, String path) {
        Browserless.Page page = new Browserless(port, user).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private JsonNode firstReport(String caseCode) {
        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> caseCode.startsWith(s.get("taskCode").asString()) || s.get("taskCode").asString().startsWith(caseCode))
                .findFirst().orElseThrow().get("id").asLong();
        return api.get("lab1-tester", "/api/lab-samples/" + labSampleId + "/reports").json().valueStream()
                .filter(r -> "ISSUED".equals(r.get("status").asString())).findFirst().orElseThrow();
    }

    /** An English page's text as its reader reads it: a value marked as Chinese (lang="zh…") is not its text. */
    private static String read(String html) {
        String own = MARKED_ZH.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" ");
        return TAG.matcher(own).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static String cell(String page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).strip();
    }
}
