package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the README's walk-through met on the pages past step 7 (issue 12, "the walk-through still works in a
 * browser"): an accepted objection, the second re-inspection, a broken seal at receipt and the refusal tab,
 * each through the pages as a browser posts them.
 */
class WalkThroughPagesTest extends ResultHandlingE2e {

    @Test
    void anAcceptedObjectionReadsInChineseOnTheCasePageAndTheRetestReceiptAsksForTheBackupSeal() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Api.Response objected = flow.object(c, List.of("TP-07"));
        assertThat(objected.status()).as(objected.body()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "异议理由成立，受理复检");

        String page = new Browserless(port, "officer").get("/cases/" + c.caseCode()).body();
        assertThat(page).contains("受理异议").doesNotContain(">OBJECTION_ACCEPTED<");
        // the custody entry of the backup portion: Chinese on a Chinese page, with the re-test lab's name
        assertThat(page).contains("移交复检机构").doesNotContain("backup portion");

        // the re-test lab (LAB2, the only other demo lab) receives the backup portion: the page asks for its seal,
        // and says that a rejection ends the re-test rather than sending samplers out again
        String receive = api.taskId("lab2-tester", c.caseCode(), "receiveSample");
        String receipt = new Browserless(port, "lab2-tester").get("/tasks/" + receive).body();
        assertThat(receipt).contains("备用样品封条编号").contains("终止复检").doesNotContain("检验样品封条编号");
    }

    @Test
    void aSecondReinspectionBeforeDaySixtySaysWhyOnTheTaskPageAndKeepsTheComment() {
        ResultHandlingFlow.Case c = flow.failedFirstReinspection();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        Api.Response announced = api.complete("province-officer", announce, Map.of("text", "复查仍不合格，予以公告"));
        assertThat(announced.status()).as(announced.body()).isEqualTo(204);
        LocalDate announcedOn = LocalDate.now(ResultHandlingFlow.CHINA);

        flow.clockAt(announcedOn.plusDays(59));
        String task = api.taskId("officer", c.caseCode(), "organiseReinspection");
        Browserless.Page early = new Browserless(port, "officer").completeTask(task, Map.of("comment", List.of("第二次复查")));
        assertThat(early.status()).isEqualTo(200);
        // R16 (Order 18 art. 48): the page names the first day of the window, not only "correct the marked fields"
        assertThat(early.body()).contains("id=\"form-error\"").contains("最早于 " + announcedOn.plusDays(60))
                .contains("第二次复查");
        assertThat(api.taskId("officer", c.caseCode(), "organiseReinspection")).isEqualTo(task);
    }

    @Test
    void aBrokenSealIsRejectedFromTheReceiptPageWithTheBoxUnticked() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER"));
        String seal = spotCheck.sampled(caseCode);
        String task = api.taskId("lab1-tester", caseCode, "receiveSample");
        Browserless tester = new Browserless(port, "lab1-tester");
        // an unticked box sends nothing: the page sends "false" after it, as a browser posts the form
        assertThat(tester.get("/tasks/" + task).body()).contains("<input type=\"hidden\" name=\"sealIntact\" value=\"false\">");

        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("accept", List.of("false"));
        form.put("rejectionReason", List.of("封条破损"));
        form.put("sampleCode", List.of("YP-" + caseCode));
        form.put("testSealNumber", List.of(seal));
        form.put("sealIntact", List.of("false"));
        Browserless.Page rejected = tester.completeTask(task, form);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(302);
        assertThat(api.taskId("lab1-tester", caseCode, "receiveSample")).isNull();
    }

    @Test
    void theRefusalTabShowsTheSamplersErrorBesideItsOwnSamplers() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER"));
        String sampler = spotCheck.samplers(caseCode).get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("outcome", List.of("REFUSED"));
        form.put("reason", List.of("REFUSED_BY_ENTERPRISE"));
        form.put("refusedByName", List.of("李四"));
        form.put("note", List.of("企业负责人拒绝抽样"));
        form.put("samplers", List.of(sampler));
        Browserless.Page refused = new Browserless(port, sampler).completeTask(task, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"ns-samplers-error\"").contains("李四");
    }

    @Test
    void theDemoChildrensClothingRuleCarriesTheFormaldehydeMethodsDetectionLimit() {
        // the seeded rule (docs/tools/gen_demo_rules_sql.py, DEMO_DETECTION_LIMITS): GB/T 2912.1-2009 states 20 mg/kg,
        // a demo value not verified against the standard text; the other demo items carry none
        JsonNode seeded = api.get("planner", "/api/registers/rules").json().valueStream()
                .filter(r -> r.get("productCode").asString().equals("CHILD_APPAREL") && r.get("version").asString().equals("2023"))
                .findFirst().orElseThrow();
        JsonNode items = api.get("planner", "/api/registers/rules/" + seeded.get("id").asLong()).json().get("items");
        JsonNode formaldehyde = items.valueStream().filter(i -> i.get("code").asString().equals("CA-01")).findFirst().orElseThrow();
        assertThat(new java.math.BigDecimal(formaldehyde.get("detectionLimit").asString())).isEqualByComparingTo("20");
        assertThat(items.valueStream().filter(i -> i.get("detectionLimit") != null && !i.get("detectionLimit").isNull()).count())
                .isEqualTo(1);
    }
}
