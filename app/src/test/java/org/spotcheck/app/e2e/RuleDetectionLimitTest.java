package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, point 1 over real HTTP: the implementation rule carries each item's detection limit
 * (检出限), whether 不得检出 is the requirement and the Chinese wording of an English requirement or
 * unit. The import accepts a one-value ENUMERATION and a 不得检出 item; a bare 未检出 is judged with the
 * rule's detection limit while a limit the lab writes still wins; the result form offers the rule's
 * allowed values; the report PDF shows the Chinese requirement and no English requirement text.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleDetectionLimitTest {

    static final List<String> HEADER = List.of("code", "name_zh", "standard_clause", "method", "limit_type", "limit_value",
            "limit_text", "unit", "decimals", "item_class", "detection_limit", "nd_required", "value_zh", "unit_zh");
    /** The English requirement of the qualitative item; the Chinese documents must show only its Chinese wording. */
    static final String CORDS_EN = "No cords at head and neck of infant clothing";
    static final String CORDS_ZH = "婴幼儿服装头部和颈部不得有绳带";

    @LocalServerPort
    int port;

    Api api;
    SpotCheckFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        flow = new SpotCheckFlow(api);
    }

    @Test
    void aRuleWithADetectionLimitAndANotDetectableItemJudgesABareNotDetectedAndTheReportSpeaksChinese() {
        long active = api.get("planner", "/api/registers/rules").json().valueStream()
                .filter(r -> r.get("productCode").asString().equals("CHILD_APPAREL") && r.get("status").asString().equals("ACTIVE"))
                .findFirst().orElseThrow().get("id").asLong();
        JsonNode draft = status(201, api.post("planner", "/api/registers/rules/" + active + "/versions",
                Map.of("version", Registers.unique("DL"))));
        String items = "/api/registers/rules/" + draft.get("id").asLong() + "/items/import";

        // refused per row: a detection limit above the limit (未检出 could never be judged), 不得检出 on a numeric item
        Api.Response refused = api.upload("planner", items, "items.csv", Registers.csv(List.of(HEADER,
                List.of("CA-01", "甲醛含量", "GB 18401-2010", "GB/T 2912.1-2009", "MAX", "20", "", "mg/kg", "0", "A", "25", "", "", ""),
                List.of("CA-02", "重金属", "GB 31701-2015", "GB/T 30157-2013", "MAX", "90", "", "mg/kg", "0", "A", "", "是", "", ""))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("row 2 / detection_limit", "row 3 / nd_required");

        // the detection limit 10 mg/kg below is illustrative test data, not a verified method value
        JsonNode imported = status(200, api.upload("planner", items, "items.xlsx", Registers.xlsx(List.of(HEADER,
                List.of("CA-01", "甲醛含量", "GB 18401-2010", "GB/T 2912.1-2009", "MAX", "20", "", "mg/kg", "0", "A", "10", "", "", ""),
                List.of("CA-90", "大肠菌群", "GB 15979-2002", "GB 15979-2002 附录B", "ENUMERATION", "", "", "", "", "A", "", "是", "", ""),
                List.of("CA-91", "致病性化脓菌", "GB 15979-2002", "GB 15979-2002 附录B", "ENUMERATION", "", "不得检出", "", "", "A", "", "", "", ""),
                List.of("CA-92", "可迁移性荧光增白剂", "GB/T 20808-2011", "紫外灯", "ENUMERATION", "", "无", "", "", "A", "", "", "", ""),
                List.of("CA-15", "绳带要求", "GB 31701-2015", "GB 31701-2015", "QUALITATIVE", "", CORDS_EN, "", "", "A", "", "", CORDS_ZH, ""),
                List.of("CA-04", "耐水色牢度", "GB 18401-2010", "GB/T 5713-2013", "MIN", "3.5", "", "级 (grade)", "", "B", "", "", "", "级")))));
        Map<String, JsonNode> rule = byCode(imported.get("items"));
        assertThat(rule.get("CA-01").get("detectionLimit").asString()).isEqualTo("10"); // a decimal string (issue 18.3)
        assertThat(rule.get("CA-04").get("limitValue").asString()).isEqualTo("3.5");
        assertThat(rule.get("CA-04").get("limitValue").isString()).isTrue();
        assertThat(rule.get("CA-90").get("ndRequired").asBoolean()).isTrue();
        assertThat(rule.get("CA-90").get("limitText").asString()).isEqualTo("不得检出");
        assertThat(rule.get("CA-91").get("ndRequired").asBoolean()).as("不得检出 as the only value").isTrue();
        assertThat(rule.get("CA-92").get("ndRequired").asBoolean()).isFalse();
        assertThat(rule.get("CA-15").get("valueZh").asString()).isEqualTo(CORDS_ZH);
        assertThat(rule.get("CA-15").get("display").asString()).isEqualTo(CORDS_ZH);
        assertThat(rule.get("CA-04").get("unitZh").asString()).isEqualTo("级");
        assertThat(rule.get("CA-04").get("display").asString()).isEqualTo("≥ 3.5 级");

        Browserless planner = new Browserless(port, "planner");
        String zhPage = planner.get("/registers/rules/" + draft.get("id").asLong()).body();
        assertThat(zhPage).contains("检出限").contains(CORDS_ZH).doesNotContain(CORDS_EN).doesNotContain("级 (grade)");
        String enPage = planner.get("/registers/rules/" + draft.get("id").asLong() + "?lang=en").body();
        assertThat(enPage).contains("Detection limit").contains(CORDS_EN).doesNotContain(CORDS_ZH);
        status(200, api.post("planner", "/api/registers/rules/" + draft.get("id").asLong() + "/publish", null));

        // one maker of children's clothing in the county makes the draw certain
        new PlanTestSupport(api).importEnterprises("planner", "320105", "CHILD_APPAREL", "MEDIUM");
        String caseCode = flow.approvedCase(flow.submittedPlan("CHILD_APPAREL", "320105"));
        flow.received(caseCode, flow.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Map<String, JsonNode> forms = byCode(status(200, api.get("lab1-tester", "/api/tasks/" + task)).get("context").get("resultForms"));
        assertThat(strings(forms.get("CA-90").get("choices"))).containsExactly("未检出", "检出");
        assertThat(strings(forms.get("CA-92").get("choices"))).as("the rule's allowed values").containsExactly("无");
        assertThat(strings(forms.get("CA-01").get("examples"))).contains("未检出");

        Map<String, String> results = new HashMap<>(Map.of("CA-01", "未检出（<30）", "CA-90", "未检出", "CA-91", "ND",
                "CA-92", "无", "CA-15", "符合", "CA-04", "4"));
        Api.Response labLimitTooHigh = api.complete("lab1-tester", task, Map.of("results", results));
        assertThat(labLimitTooHigh.status()).as("the lab's written limit wins and is checked").isEqualTo(400);
        Map<String, String> rules = new HashMap<>();
        labLimitTooHigh.json().get("errors").valueStream().forEach(e -> rules.put(e.get("field").asString(), e.get("rule").asString()));
        assertThat(rules).containsExactlyEntriesOf(Map.of("results.CA-01", "NOT_JUDGEABLE_DETECTION_LIMIT"));

        results.put("CA-01", "未检出");
        assertThat(api.complete("lab1-tester", task, Map.of("results", results)).status())
                .as("a bare 未检出 judged with the rule's detection limit 10 ≤ 20").isEqualTo(204);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);

        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
        JsonNode report = api.get("lab1-tester", "/api/lab-samples/" + labSampleId + "/reports").json().valueStream().findFirst().orElseThrow();
        assertThat(report.get("status").asString()).isEqualTo("ISSUED");
        assertThat(report.get("conclusion").asString()).isEqualTo("NO_NONCONFORMITY_FOUND");
        Map<String, JsonNode> reported = byCode(report.get("items"));
        assertThat(reported.get("CA-01").get("measured").asString()).as("as the lab wrote it").isEqualTo("未检出");
        assertThat(reported.get("CA-15").get("limitDisplay").asString()).isEqualTo(CORDS_ZH);
        assertThat(reported.get("CA-15").get("limitDisplayEn").asString()).isEqualTo(CORDS_EN);

        String text = pdfText(report.get("id").asLong()).replaceAll("\\s+", "");
        assertThat(text).contains("所检项目未发现不合格").contains(CORDS_ZH).contains("未检出（检出限10mg/kg）").contains("≥3.5级")
                .doesNotContain(CORDS_EN.replaceAll("\\s+", "")).doesNotContain("(grade)").doesNotContain("No cords");
    }

    private static Map<String, JsonNode> byCode(JsonNode items) {
        Map<String, JsonNode> byCode = new HashMap<>();
        items.valueStream().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode status(int expected, Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return response.json();
    }

    private String pdfText(long reportId) {
        HttpResponse<byte[]> pdf = api.bytes("lab1-tester", "/api/reports/" + reportId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "rule-detection-limit-report.pdf"), pdf.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
