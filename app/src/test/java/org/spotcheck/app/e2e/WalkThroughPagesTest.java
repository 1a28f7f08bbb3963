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

    /**
     * The README's walk at 390 px and in English (walk17, issue 17): the plan form offered 纸巾纸 (TISSUE_PAPER); the
     * plan's items and the review step's items broke letter by letter on a phone; the case page named its process and
     * steps in Chinese at ?lang=en and wrapped its times; the enterprise's confirmation statement was a
     * "中文 / English" pair, on the page and on the 抽样单, whose signature block it pushed onto a second page.
     */
    @Test
    void theWalkThroughReadsInOneLanguageAndItsTablesScrollInsideTheirBoxes() throws Exception {
        String form = new Browserless(port, "planner").get("/plans/new").body();
        assertThat(form).contains("<option value=\"TISSUE_PAPER\">纸巾纸</option>").doesNotContain("(TISSUE_PAPER)");
        assertThat(new Browserless(port, "planner").get("/plans/new?lang=en").body())
                .contains("<option value=\"TISSUE_PAPER\">Tissue paper").doesNotContain(">纸巾纸<");

        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104"); // ENT-B alone: enterprise-b confirms online
        assertThat(new Browserless(port, "planner").get("/plans/" + plan.get("id").asLong()).body())
                .contains("<div class=\"table-responsive\" id=\"plan-items-box\">");
        String review = api.taskId("plan-reviewer", plan.get("code").asString(), "reviewPlan");
        assertThat(new Browserless(port, "plan-reviewer").get("/tasks/" + review).body())
                .contains("<div class=\"table-responsive\" id=\"plan-context-items-box\">");

        String caseCode = spotCheck.approvedCase(plan);
        spotCheck.sampledUnconfirmed(caseCode);
        String english = new Browserless(port, "planner").get("/cases/" + caseCode + "?lang=en").body();
        assertThat(english).contains("id=\"case-title\">Spot check · " + caseCode + "<")
                .contains("Current step: Enterprise confirms the sampling form").contains(">On-site sampling and sealing</td>")
                .doesNotContain("产品质量监督抽查任务").doesNotContain("当前环节").doesNotContain(">现场抽样、封样</td>");
        String chinese = new Browserless(port, "planner").get("/cases/" + caseCode).body();
        assertThat(chinese).contains("id=\"case-title\">产品质量监督抽查任务 · " + caseCode + "<").contains("当前环节：企业确认抽样单")
                .contains(">现场抽样、封样</td>").contains("<td class=\"text-nowrap\">");

        String confirm = api.taskId("enterprise-b", caseCode, "confirmSampling");
        String zh = new Browserless(port, "enterprise-b").get("/tasks/" + confirm).body();
        assertThat(zh).contains("确认样品系从本单位待销产品中随机抽取并当场封样").doesNotContain("We have checked");
        String en = new Browserless(port, "enterprise-b").get("/tasks/" + confirm + "?lang=en").body();
        assertThat(en).contains("We have checked this sampling form").doesNotContain("随机抽取并当场封样");
        Api.Response confirmed = api.complete("enterprise-b", confirm, Map.of("method", "ONLINE", "password", Api.PASSWORD,
                "acceptStatement", true));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        long sample = flow.sampleOf(caseCode).get("id").asLong();
        java.net.http.HttpResponse<byte[]> pdf = api.bytes("enterprise-b", "/api/samples/" + sample + "/form.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("在线确认").doesNotContain("We have");
            assertThat(doc.getNumberOfPages()).as("the 抽样单 on one page, its signature block included").isEqualTo(1);
        }
    }
}
