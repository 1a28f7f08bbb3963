package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, point 1 over real HTTP: results below the detection limit (未检出) meet a 不得检出
 * requirement and the report shows them as written; 检出 fails; impossible values and free text on a
 * qualitative item are refused per item, through the task API and through LIMS.
 */
class DetectionLimitTest extends SpotCheckE2e {

    /** TP-02..TP-05 are 不得检出 (GB 15979-2002). */
    static Map<String, String> tissue(String tp02, String tp03, String tp04, String tp05) {
        Map<String, String> results = new HashMap<>(ResultHandlingFlow.PASSING_TISSUE);
        results.put("TP-02", tp02);
        results.put("TP-03", tp03);
        results.put("TP-04", tp04);
        results.put("TP-05", tp05);
        return results;
    }

    @Test
    void notDetectedMeetsNotDetectableAndTheReportShowsItAsWritten() {
        String caseCode = flow.issuedReport("TISSUE_PAPER", "320104", tissue("未检出", "ND", "未检出（<10）", "<10"));
        JsonNode report = issued(caseCode);
        assertThat(report.get("conclusion").asString()).isEqualTo("NO_NONCONFORMITY_FOUND");
        assertThat(report.get("conclusionZh").asString()).isEqualTo("所检项目未发现不合格");
        Map<String, String> measured = new HashMap<>();
        report.get("items").valueStream().forEach(i -> measured.put(i.get("code").asString(), i.get("measured").asString()));
        assertThat(measured).containsEntry("TP-02", "未检出").containsEntry("TP-04", "未检出（<10）");
        String text = flow.reportPdfText(report.get("id").asLong());
        assertThat(text).contains("所检项目未发现不合格").contains("未检出").contains("未检出（<10）").doesNotContain("严重不合格");
    }

    @Test
    void detectedOnANotDetectableItemIsASeriousNonconformity() {
        String caseCode = flow.issuedReport("TISSUE_PAPER", "320104", tissue("检出", "未检出", "未检出", "未检出"));
        JsonNode report = issued(caseCode);
        assertThat(report.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(report.get("grade").asString()).isEqualTo("SERIOUS");
        assertThat(report.get("failedItems").valueStream().map(JsonNode::asString).toList()).containsExactly("TP-02");
    }

    @Test
    void aNegativeThicknessAndFreeTextOnAQualitativeItemAreRefusedPerItemThroughTheTaskApiAndLims() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Api.Response open = api.get("lab1-tester", "/api/tasks/" + task);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        Map<String, JsonNode> forms = new HashMap<>();
        open.get("context").get("resultForms").valueStream().forEach(f -> forms.put(f.get("code").asString(), f));
        assertThat(forms.get("PB-01").get("choices").valueStream().map(JsonNode::asString).toList()).containsExactly("符合", "不符合");
        assertThat(forms.get("PB-02").get("accepts").valueStream().map(JsonNode::asString).toList()).containsExactly("NUMBER");
        Map<String, String> bad = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        bad.put("PB-02", "-0.030");
        bad.put("PB-01", "标识基本齐全");

        Api.Response refused = api.complete("lab1-tester", task, Map.of("results", bad));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(rules(refused.json())).containsExactlyInAnyOrderEntriesOf(
                Map.of("results.PB-02", "IMPOSSIBLE_VALUE", "results.PB-01", "NOT_A_CHOICE"));
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).as("nothing written").isEqualTo(task);

        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
        HttpResponse<String> lims = api.postWithHeaders("lab1-tester", "/api/lims/lab-samples/" + labSampleId + "/results",
                Map.of("results", bad), Map.of("Idempotency-Key", "dl-" + labSampleId));
        assertThat(lims.statusCode()).as(lims.body()).isEqualTo(400);
        assertThat(lims.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(lims.body()).contains("results.PB-02").contains("IMPOSSIBLE_VALUE").contains("results.PB-01").contains("NOT_A_CHOICE");
        assertThat(api.get("lab1-tester", "/api/lab-samples/" + labSampleId).get("status").asString()).isEqualTo("RECEIVED");
    }

    private static Map<String, String> rules(JsonNode problem) {
        Map<String, String> rules = new HashMap<>();
        problem.get("errors").valueStream().forEach(e -> rules.put(e.get("field").asString(), e.get("rule").asString()));
        return rules;
    }

    private JsonNode issued(String caseCode) {
        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
        List<JsonNode> versions = api.get("lab1-tester", "/api/lab-samples/" + labSampleId + "/reports").json().valueStream().toList();
        JsonNode report = versions.get(0);
        assertThat(report.get("status").asString()).isEqualTo("ISSUED");
        return report;
    }
}
