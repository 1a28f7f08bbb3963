package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Stage F over real HTTP: the lab's inbox and data scope, the item snapshot, overrides, the
 * three-person report chain, issued reports and their corrections, the PDF and the public verify page.
 */
class LabTestingTest extends SpotCheckE2e {

    static final String LAB1_NAME = "江苏省产品质量监督检验研究院（示例）";

    // ------------------------------------------------------------------ 1. lab inbox and data scope

    /**
     * An item whose requirement is a value (TP-08 可迁移性荧光增白剂: 无) offers the failing finding too (有), and 有 is
     * judged 不符合; the page offered only 无, so a positive finding could not be entered (found walking the README).
     */
    @Test
    void anEnumeratedRequirementOffersTheFindingThatFailsIt() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER", "320104"));
        flow.received(caseCode, flow.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        WebClient tester = new WebClient(port);
        tester.login("lab1-tester", Api.PASSWORD);
        String page = tester.get("/tasks/" + task).body();
        int at = page.indexOf("id=\"result-TP-08\"");
        assertThat(at).as("the TP-08 choice").isPositive();
        String select = page.substring(at, page.indexOf("</select>", at));
        assertThat(select).contains("<option value=\"无\"").contains("<option value=\"有\"");

        Map<String, String> results = new java.util.HashMap<>(ResultHandlingFlow.PASSING_TISSUE);
        results.put("TP-08", "有");
        flow.resultsEntered(caseCode, results);
        JsonNode item = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow()
                .get("items").valueStream().filter(i -> i.get("code").asString().equals("TP-08")).findFirst().orElseThrow();
        assertThat(item.get("computedVerdict").asString()).isEqualTo("FAIL");
    }

    @Test
    void anotherLabCannotReadOrActOnTheSampleItsReportsOrItsPdf() {
        String caseCode = flow.issuedReport("PLASTIC_BAG", SpotCheckFlow.PASSING_BAG);
        long labSampleId = labSampleId(caseCode);
        long reportId = reports(labSampleId).get(0).get("id").asLong();

        assertThat(api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .anyMatch(s -> s.get("id").asLong() == labSampleId)).isTrue();
        assertThat(api.get("lab2-tester", "/api/lab-samples").json().valueStream()
                .noneMatch(s -> s.get("id").asLong() == labSampleId)).isTrue();
        for (String path : List.of("/api/lab-samples/" + labSampleId, "/api/lab-samples/" + labSampleId + "/reports",
                "/api/reports/" + reportId, "/api/reports/" + reportId + "/pdf")) {
            assertThat(api.get("lab2-tester", path).status()).as(path).isEqualTo(404);
            assertThat(api.get("lab2-approver", path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.post("lab2-approver", "/api/reports/" + reportId + "/corrections", Map.of("reason", "越权")).status())
                .isEqualTo(404);
        HttpResponse<String> lims = api.postWithHeaders("lab2-tester", "/api/lims/lab-samples/" + labSampleId + "/results",
                Map.of("results", SpotCheckFlow.PASSING_BAG), Map.of("Idempotency-Key", "lab2-" + labSampleId));
        assertThat(lims.statusCode()).isEqualTo(404);
        // the page inbox of lab2 does not list it either
        assertThat(new Browserless(port, "lab2-tester").get("/lab-samples").body()).doesNotContain("YP-" + caseCode);
        assertThat(new Browserless(port, "lab1-tester").get("/lab-samples").body()).contains("YP-" + caseCode);
    }

    // ------------------------------------------------------------------ 2. items snapshotted at sampling

    @Test
    void testItemsAreSnapshottedAtSamplingAndALaterRuleEditChangesNeither() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        long labSampleId = labSampleId(caseCode);
        String sql = "UPDATE pln_rule_item SET limit_value = ?, display = ? WHERE rule_id = 1 AND code = 'PB-02'";
        jdbc.update(sql, new java.math.BigDecimal("0.030"), "厚度 ≥ 0.030 mm（已修订）");
        try {
            assertThat(api.get("planner", "/api/registers/rules/1").body()).contains("0.030 mm（已修订）");
            JsonNode pb02 = item(api.get("lab1-tester", "/api/lab-samples/" + labSampleId).get("items"), "PB-02");
            assertThat(pb02.get("limitDisplay").asString()).isEqualTo("厚度 ≥ 0.025 mm");
            // and the judgment uses the snapshot: 0.026 passes against 0.025 (it would fail against 0.030)
            Map<String, String> results = new HashMap<>(SpotCheckFlow.PASSING_BAG);
            results.put("PB-02", "0.026");
            flow.resultsEntered(caseCode, results);
            JsonNode judged = item(api.get("lab1-tester", "/api/lab-samples/" + labSampleId).get("items"), "PB-02");
            assertThat(judged.get("verdict").asString()).isEqualTo("PASS");
        } finally {
            jdbc.update(sql, new java.math.BigDecimal("0.025"), "厚度 ≥ 0.025 mm");
        }
    }

    // ------------------------------------------------------------------ 3. results, judgment, overrides

    @Test
    void anOverrideNeedsAReasonOnThePageAndIsFlaggedOnTheReportAndInThePdf() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Browserless tester = new Browserless(port, "lab1-tester");
        assertThat(tester.get("/tasks/" + task).body()).contains("name=\"overrides.PB-09\"").contains("name=\"overrideReasons.PB-09\"");

        Map<String, List<String>> fields = new LinkedHashMap<>();
        SpotCheckFlow.PASSING_BAG.forEach((code, value) -> fields.put("results." + code, List.of(value)));
        fields.put("overrides.PB-09", List.of("FAIL"));
        Browserless.Page refused = tester.completeTask(task, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-error\"").contains("人工改判必须填写理由");
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isEqualTo(task);

        fields.put("overrideReasons.PB-09", List.of("复核样品发现多处晶点，影响使用"));
        Browserless.Page done = tester.completeTask(task, fields);
        assertThat(done.status()).as(done.body()).isEqualTo(302);

        JsonNode pb09 = item(api.get("lab1-tester", "/api/lab-samples/" + labSampleId(caseCode)).get("items"), "PB-09");
        assertThat(pb09.get("computedVerdict").asString()).isEqualTo("PASS");
        assertThat(pb09.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(pb09.get("overrideReason").asString()).isEqualTo("复核样品发现多处晶点，影响使用");
        String review = api.taskId("lab1-reviewer", caseCode, "reviewReport");
        assertThat(new Browserless(port, "lab1-reviewer").get("/tasks/" + review).body())
                .contains("override-flag").contains("复核样品发现多处晶点").contains("id=\"report-overridden\"");

        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
        JsonNode report = reports(labSampleId(caseCode)).get(0);
        assertThat(report.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(report.get("grade").asString()).isEqualTo("GENERAL"); // PB-09 is a class-B item
        String text = flow.reportPdfText(report.get("id").asLong());
        assertThat(text).contains("人工改判").contains("复核样品发现多处晶点").contains("不合格（一般不合格）");
    }

    @Test
    void overridesAreValidatedLikeResults() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Api.Response bad = api.complete("lab1-tester", task, Map.of("results", SpotCheckFlow.PASSING_BAG,
                "overrides", Map.of("PB-02", "MAYBE", "XX-99", "PASS", "PB-03", "FAIL"),
                "overrideReasons", Map.of("PB-03", " ")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("overrides.PB-02", "overrides.XX-99", "overrideReasons.PB-03");
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isEqualTo(task);
    }

    // ------------------------------------------------------------------ 4. the three-person chain

    @Test
    void theReportNeedsThreeDifferentPeopleAndNobodyReviewsTheirOwnDraft() {
        String allRoles = "lab1-all-" + Instant.now().toEpochMilli();
        transactions.executeWithoutResult(s -> {
            accounts.insert(allRoles, passwords.encode(Api.PASSWORD), "三角色测试", "LAB1", "LAB", "320100", Instant.now());
            accounts.insertRole(allRoles, "LAB_TESTER");
            accounts.insertRole(allRoles, "LAB_REVIEWER");
            accounts.insertRole(allRoles, "LAB_APPROVER");
            accounts.markDemo(allRoles); // a test account: no second factor, so HTTP Basic works (ADR 0007)
        });
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        Api.Response drafted = api.complete(allRoles, api.taskId(allRoles, caseCode, "enterResults"),
                Map.of("results", SpotCheckFlow.PASSING_BAG));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);

        String review = api.taskId(allRoles, caseCode, "reviewReport");
        assertThat(review).as("he holds the reviewer role, so he sees the task").isNotNull();
        Api.Response selfReview = api.complete(allRoles, review, Map.of("decision", "APPROVE"));
        assertThat(selfReview.status()).isEqualTo(403);
        assertThat(selfReview.rule()).isEqualTo("NO_SELF_REVIEW");
        // a return needs a comment, and goes back to the drafting step
        Api.Response noComment = api.complete("lab1-reviewer", review, Map.of("decision", "RETURN"));
        assertThat(noComment.status()).isEqualTo(400);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "RETURN", "PB-07 数据请复核");
        assertThat(api.complete(allRoles, api.taskId(allRoles, caseCode, "enterResults"),
                Map.of("results", SpotCheckFlow.PASSING_BAG)).status()).isEqualTo(204);

        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", "复核无误");
        String approve = api.taskId(allRoles, caseCode, "approveReport");
        Api.Response selfApprove = api.complete(allRoles, approve, Map.of("decision", "APPROVE"));
        assertThat(selfApprove.status()).isEqualTo(403);
        assertThat(selfApprove.rule()).isEqualTo("THREE_DIFFERENT_PEOPLE");
        flow.decide("lab1-approver", caseCode, "approveReport", "RETURN", "签字前请补充方法说明");
        assertThat(api.taskId(allRoles, caseCode, "enterResults")).as("the approver's return goes back to drafting").isNotNull();

        JsonNode report = reports(labSampleId(caseCode)).get(0);
        assertThat(report.get("status").asString()).isEqualTo("RETURNED");
        assertThat(report.get("events").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("DRAFTED", "RETURNED", "REDRAFTED", "REVIEWED", "RETURNED");
        assertThat(report.get("events").get(4).get("comment").asString()).isEqualTo("签字前请补充方法说明");
    }

    // ------------------------------------------------------------------ 4. issued, numbered, immutable; corrections

    @Test
    void aCorrectionIssuesANewLinkedVersionAndTheIssuedOneStaysAsItWas() {
        String caseCode = flow.issuedReport("PLASTIC_BAG", SpotCheckFlow.PASSING_BAG);
        long labSampleId = labSampleId(caseCode);
        JsonNode v1 = reports(labSampleId).get(0);
        long v1Id = v1.get("id").asLong();
        String v1No = v1.get("reportNo").asString();
        String v1Hash = v1.get("contentHash").asString();
        assertThat(v1No).matches("LAB1-\\d{4}-\\d{6}");
        assertThat(v1.get("status").asString()).isEqualTo("ISSUED");
        assertThat(v1Hash).matches("[0-9a-f]{64}");

        // only the authorised signatory asks, and he says why
        assertThat(api.post("lab1-tester", "/api/reports/" + v1Id + "/corrections", Map.of("reason", "x")).status()).isEqualTo(403);
        Api.Response noReason = api.post("lab1-approver", "/api/reports/" + v1Id + "/corrections", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        String reason = "PB-02 厚度原始记录转录错误（0.030 应为 0.0244）";
        Api.Response requested = api.post("lab1-approver", "/api/reports/" + v1Id + "/corrections", Map.of("reason", reason));
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        Api.Response twice = api.post("lab1-approver", "/api/reports/" + v1Id + "/corrections", Map.of("reason", reason));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.rule()).isEqualTo("CORRECTION_OPEN");

        // the tester re-enters through the correction process; the same three-person chain follows
        String correct = api.taskId("lab1-tester", caseCode, "correctResults");
        assertThat(correct).isNotNull();
        Map<String, String> corrected = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        corrected.put("PB-02", "0.0244");
        assertThat(api.complete("lab1-tester", correct, Map.of("results", corrected)).status()).isEqualTo(204);
        JsonNode v2Draft = reports(labSampleId).get(0);
        assertThat(v2Draft.get("version").asInt()).isEqualTo(2);
        assertThat(v2Draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v2Draft.get("previousReportId").asLong()).isEqualTo(v1Id);
        assertThat(v2Draft.get("correctionReason").asString()).isEqualTo(reason);
        assertThat(api.complete("lab1-tester", api.taskId("lab1-reviewer", caseCode, "reviewCorrection"),
                Map.of("decision", "APPROVE")).status()).as("the tester cannot review").isEqualTo(404);
        flow.decide("lab1-reviewer", caseCode, "reviewCorrection", "APPROVE", null);
        flow.decide("lab1-approver", caseCode, "approveCorrection", "APPROVE", "同意更正");

        JsonNode v2 = reports(labSampleId).get(0);
        assertThat(v2.get("status").asString()).isEqualTo("ISSUED");
        assertThat(v2.get("reportNo").asString()).isEqualTo(v1No + "-v2");
        assertThat(v2.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(item(v2.get("items"), "PB-02").get("measured").asString()).isEqualTo("0.0244");

        // the issued first version did not change: same number, hash, conclusion and frozen items
        JsonNode v1After = api.get("lab1-tester", "/api/reports/" + v1Id).json();
        assertThat(v1After.get("reportNo").asString()).isEqualTo(v1No);
        assertThat(v1After.get("contentHash").asString()).isEqualTo(v1Hash);
        assertThat(v1After.get("conclusion").asString()).isEqualTo("NO_NONCONFORMITY_FOUND");
        assertThat(item(v1After.get("items"), "PB-02").get("measured").asString()).isEqualTo("0.030");
        assertThat(v1After.get("supersededById").asLong()).isEqualTo(v2.get("id").asLong());

        JsonNode check1 = api.get(null, "/api/public/reports/verify?no=" + v1No + "&hash=" + v1Hash).json();
        assertThat(check1.get("genuine").asBoolean()).isTrue();
        assertThat(check1.get("supersededBy").asString()).isEqualTo(v1No + "-v2");
        JsonNode check2 = api.get(null, "/api/public/reports/verify?no=" + v1No + "-v2&hash=" + v2.get("contentHash").asString()).json();
        assertThat(check2.get("genuine").asBoolean()).isTrue();
        assertThat(check2.get("conclusionZh").asString()).isEqualTo("不合格（一般不合格）");

        String v2Text = flow.reportPdfText(v2.get("id").asLong());
        // the reason wraps inside the report's width: compared without white space
        assertThat(v2Text).contains(v1No + "-v2").contains("替代报告 " + v1No);
        assertThat(v2Text.replaceAll("\\s+", "")).contains("PB-02厚度原始记录转录错误");
        assertThat(flow.reportPdfText(v1Id)).contains("所检项目未发现不合格").doesNotContain("不合格（");
        // the case page still shows the spot-check, not the correction process
        assertThat(api.get("lab1-tester", "/api/cases/" + caseCode).status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ 5. PDF and the public verify page

    @Test
    void thePdfCarriesChineseTextTheLabEveryItemAndAQrCodeThatOpensTheVerifyPage() throws Exception {
        String caseCode = flow.issuedReport("PLASTIC_BAG", SpotCheckFlow.PASSING_BAG);
        JsonNode report = reports(labSampleId(caseCode)).get(0);
        long id = report.get("id").asLong();
        HttpResponse<byte[]> pdf = api.bytes("lab1-reviewer", "/api/reports/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(api.bytes("planner", "/api/reports/" + id + "/pdf").statusCode()).as("the organising authority").isEqualTo(200);
        // an enterprise reads only its own issued report (issue 12 point 5); another's is outside its scope
        String drawn = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("enterpriseCode").asString();
        String other = "ENT-A".equals(drawn) ? "enterprise-b" : "enterprise-a";
        assertThat(api.bytes(other, "/api/reports/" + id + "/pdf").statusCode()).as(other + " for " + drawn).isEqualTo(404);

        String text;
        List<BufferedImage> renderings = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
            // the detector can miss the code among the page's rules and text at one resolution
            for (int dpi : new int[] {200, 300, 150}) {
                renderings.add(new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, dpi));
            }
        }
        assertThat(text).contains("检 验 报 告").contains("塑料购物袋").contains("所检项目未发现不合格").doesNotContain("合格（")
                .contains(LAB1_NAME).contains("CMA 190000000001").contains(report.get("reportNo").asString())
                .contains("YP-" + caseCode).contains("编制：周杰").contains("审核：吴敏").contains("批准：郑涛")
                // people by their names, not their usernames (issue 17.3)
                .doesNotContain("lab1-tester").doesNotContain("lab1-reviewer").doesNotContain("lab1-approver");
        // every item, by its Chinese name (a long name wraps inside its cell)
        String compact = text.replaceAll("\\s+", "");
        report.get("items").valueStream().forEach(i -> assertThat(compact).as(i.get("code").asString())
                .contains(i.get("nameZh").asString().replaceAll("\\s+", "")));
        assertThat(text).contains("厚度 ≥ 0.025 mm").contains("0.030 mm").contains("符合");

        String url = decodeQr(renderings);
        assertThat(url).contains("/public/reports/verify?no=" + report.get("reportNo").asString())
                .endsWith("hash=" + report.get("contentHash").asString());
        URI qr = URI.create(url);
        Browserless anonymous = Browserless.anonymous(port);
        Browserless.Page verified = anonymous.get(qr.getRawPath() + "?" + qr.getRawQuery());
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("data-genuine=\"true\"").contains("所检项目未发现不合格").contains(LAB1_NAME);
        // the page user gets the same PDF from the lab inbox page
        Browserless tester = new Browserless(port, "lab1-tester");
        assertThat(tester.get("/lab-samples").body()).contains("/lab-samples/reports/" + id + "/pdf");
    }

    @Test
    void theVerifyPageRejectsATamperedHashNumberOrStoredReportAndRevealsNothing() {
        String caseCode = flow.issuedReport("PLASTIC_BAG", SpotCheckFlow.PASSING_BAG);
        JsonNode report = reports(labSampleId(caseCode)).get(0);
        String no = report.get("reportNo").asString();
        String hash = report.get("contentHash").asString();
        String tampered = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);

        JsonNode bad = api.get(null, "/api/public/reports/verify?no=" + no + "&hash=" + tampered).json();
        assertThat(bad.get("genuine").asBoolean()).isFalse();
        assertThat(bad.get("conclusionZh").isNull()).isTrue();
        assertThat(bad.get("enterpriseName").isNull()).isTrue();
        assertThat(api.get(null, "/api/public/reports/verify?no=" + no + "X&hash=" + hash).get("genuine").asBoolean()).isFalse();
        Browserless.Page page = Browserless.anonymous(port).get("/public/reports/verify?no=" + no + "&hash=" + tampered);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-genuine=\"false\"").doesNotContain("所检项目未发现不合格");

        // someone edits the stored result behind the system's back: the recomputed hash no longer matches
        String sql = "UPDATE tst_report_item SET measured = ? WHERE report_id = ? AND code = 'PB-07'";
        jdbc.update(sql, "9.9", report.get("id").asLong());
        try {
            assertThat(api.get(null, "/api/public/reports/verify?no=" + no + "&hash=" + hash).get("genuine").asBoolean()).isFalse();
        } finally {
            jdbc.update(sql, "7.0", report.get("id").asLong());
        }
        assertThat(api.get(null, "/api/public/reports/verify?no=" + no + "&hash=" + hash).get("genuine").asBoolean()).isTrue();
    }

    // ------------------------------------------------------------------ helpers

    long labSampleId(String caseCode) {
        return api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no lab sample for " + caseCode)).get("id").asLong();
    }

    /** The report versions of a lab sample, newest first. */
    List<JsonNode> reports(long labSampleId) {
        Api.Response r = api.get("lab1-tester", "/api/lab-samples/" + labSampleId + "/reports");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream().toList();
    }

    static JsonNode item(JsonNode items, String code) {
        return items.valueStream().filter(i -> i.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + code));
    }

    /**
     * The text of the QR code on the page: the first rendering in which a reader finds it, trying the
     * hybrid and the global binarizer and, for a cluttered page, the reader that searches sub-regions.
     */
    static String decodeQr(List<BufferedImage> renderings) throws Exception {
        com.google.zxing.NotFoundException last = com.google.zxing.NotFoundException.getNotFoundInstance();
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE));
        for (BufferedImage image : renderings) {
            int w = image.getWidth();
            int h = image.getHeight();
            RGBLuminanceSource source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, hints).getText();
                } catch (com.google.zxing.NotFoundException | com.google.zxing.FormatException | com.google.zxing.ChecksumException e) {
                    // try the next way
                }
                try {
                    com.google.zxing.Result[] found = new com.google.zxing.multi.GenericMultipleBarcodeReader(
                            new com.google.zxing.MultiFormatReader()).decodeMultiple(bitmap, hints);
                    if (found.length > 0) {
                        return found[0].getText();
                    }
                } catch (com.google.zxing.NotFoundException e) {
                    last = e;
                }
            }
        }
        throw last;
    }
}
