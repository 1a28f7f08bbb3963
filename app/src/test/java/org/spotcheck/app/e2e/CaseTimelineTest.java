package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case view (issue 8 point 4): one timeline per case across the workflow and the modules
 * (custody, documents, state changes, e-mails), each party seeing its part; the diagram after a
 * return; and who may see a case: the re-test lab and the authority it was escalated to, never
 * another enterprise or a lab without a sample of it.
 */
class CaseTimelineTest extends ResultHandlingE2e {

    @Test
    void aServedCaseShowsCustodyDocumentsAndStateChangesInTimeOrderOnTheApiAndThePage() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));

        Api.Response got = api.get("officer", "/api/cases/" + c.caseCode());
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        List<JsonNode> entries = got.get("entries").valueStream().toList();
        List<String> keys = entries.stream().map(CaseTimelineTest::key).toList();

        // the case starts with the plan's history that led to it (issue 12 point 6), before the sampling
        assertThat(keys.get(0)).as(entries.subList(0, Math.min(4, entries.size())).toString()).isEqualTo("PLANNING/DRAFTED");
        assertThat(keys).containsSubsequence("PLANNING/DRAFTED", "PLANNING/SUBMITTED", "PLANNING/REVIEWED",
                "PLANNING/APPROVED", "PLANNING/FILED_WITH_SUPERIOR", "PLANNING/ISSUED", "SAMPLING/SEALED");
        assertThat(keys.lastIndexOf("PLANNING/ISSUED")).isLessThan(keys.indexOf("SAMPLING/SEALED"));
        assertThat(only(entries, "PLANNING/ISSUED").get("name").asString()).startsWith("计划 ");
        // the workflow's steps are still there, as before, now marked as such
        assertThat(entries).filteredOn(e -> "WORKFLOW".equals(e.get("source").asString()))
                .extracting(e -> e.get("activityId").asString()).contains("recordSampling", "receiveSample", "serveNotice");
        // custody of the sample, the lab's and the report's state changes, the disposal case's
        assertThat(keys).contains("SAMPLING/SEALED", "SAMPLING/HANDED_OVER", "SAMPLING/CONFIRMED", "SAMPLING/RECEIVED",
                "TESTING/SAMPLE_RECEIVED", "TESTING/DRAFTED", "TESTING/REVIEWED", "TESTING/APPROVED", "TESTING/ISSUED",
                "DISPOSAL/OPENED", "DISPOSAL/NOTICE_SERVED");
        // the documents with their download addresses
        assertThat(keys).contains("DOCUMENT/SAMPLING_FORM", "DOCUMENT/CASE_DOCUMENT_SIGNATURE", "DOCUMENT/REPORT_PDF",
                "DOCUMENT/RESULT_NOTICE");
        JsonNode report = only(entries, "DOCUMENT/REPORT_PDF");
        assertThat(report.get("url").asString()).matches("/api/reports/\\d+/pdf");
        assertThat(new String(api.getBytes("officer", report.get("url").asString()), 0, 4)).isEqualTo("%PDF");
        JsonNode notice = only(entries, "DOCUMENT/RESULT_NOTICE");
        assertThat(notice.get("url").asString()).isEqualTo("/api/disposal/cases/" + c.caseId() + "/notice.pdf");
        assertThat(new String(api.getBytes("officer", notice.get("url").asString()), 0, 4)).isEqualTo("%PDF");
        JsonNode form = only(entries, "DOCUMENT/SAMPLING_FORM");
        assertThat(new String(api.getBytes("officer", form.get("url").asString()), 0, 4)).isEqualTo("%PDF");

        // in the order it happened: sealed, received, report issued, case opened, notice served
        assertHappenedInOrder(entries, "SAMPLING/SEALED", "SAMPLING/HANDED_OVER", "TESTING/SAMPLE_RECEIVED",
                "TESTING/DRAFTED", "TESTING/ISSUED", "DISPOSAL/OPENED", "DISPOSAL/NOTICE_SERVED");
        assertThat(keys.indexOf("DOCUMENT/REPORT_PDF")).isLessThan(keys.indexOf("DOCUMENT/RESULT_NOTICE"));
        assertSortedAtTheirPrecision(entries);

        // the page: the merged timeline with source badges, document links and a filter
        Browserless officer = new Browserless(port, "officer");
        Browserless.Page page = officer.get("/cases/" + c.caseCode());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("id=\"timeline-filter\"").contains("样品流转").contains("封样")
                .contains("检验报告 PDF").contains("href=\"" + report.get("pageUrl").asString() + "\"")
                .contains("href=\"/disposal/cases/" + c.caseId() + "/notice.pdf\"") // the page route: the API door takes no session
                .contains("data-source=\"WORKFLOW\"").contains("data-source=\"DISPOSAL\"");
        Browserless.Page custody = officer.get("/cases/" + c.caseCode() + "?show=custody");
        assertThat(custody.body()).contains("data-source=\"SAMPLING\"").doesNotContain("data-source=\"WORKFLOW\"")
                .doesNotContain("data-source=\"DOCUMENT\"");
        Browserless.Page documents = officer.get("/cases/" + c.caseCode() + "?show=documents");
        assertThat(documents.body()).contains("data-source=\"DOCUMENT\"").doesNotContain("data-source=\"SAMPLING\"");
        Browserless.Page state = officer.get("/cases/" + c.caseCode() + "?show=state");
        assertThat(state.body()).contains("data-source=\"TESTING\"").contains("data-source=\"DISPOSAL\"")
                .doesNotContain("data-source=\"WORKFLOW\"");
        assertThat(officer.get("/cases/" + c.caseCode() + "?show=custody&lang=en").body()).contains("Sealed").contains("Custody");

        // the enterprise sees its case, with its custody and notice, but not the lab's drafts (testing's scope)
        Api.Response own = api.get(c.enterprise(), "/api/cases/" + c.caseCode());
        assertThat(own.status()).isEqualTo(200);
        List<String> ownKeys = own.get("entries").valueStream().map(CaseTimelineTest::key).toList();
        assertThat(ownKeys).contains("SAMPLING/SEALED", "DOCUMENT/RESULT_NOTICE", "DISPOSAL/NOTICE_SERVED")
                .doesNotContain("TESTING/DRAFTED");
        // the plan's internal history stays with its authority (the plan's own scope)
        assertThat(ownKeys).noneMatch(k -> k.startsWith("PLANNING/"));
        // another enterprise and a lab without a sample of it do not find the case
        assertThat(api.get(c.otherEnterprise(), "/api/cases/" + c.caseCode()).status()).isEqualTo(404);
        assertThat(new Browserless(port, c.otherEnterprise()).get("/cases/" + c.caseCode()).status()).isEqualTo(404);
        assertThat(api.get("lab2-tester", "/api/cases/" + c.caseCode()).status()).isEqualTo(404);
        assertThat(new Browserless(port, "lab2-tester").get("/cases/" + c.caseCode()).status()).isEqualTo(404);
    }

    @Test
    void theRetestLabSeesTheCaseOnceItHoldsTheBackupPortionAndOnlyItsOwnReport() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(api.get("lab2-tester", "/api/cases/" + c.caseCode()).status()).as("no sample of it yet").isEqualTo(404);
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");
        assertThat(flow.caseById("officer", c.caseId()).get("objection").get("retestLabCode").asString()).isEqualTo("LAB2");
        flow.labTested(c, "lab2", "YP-" + c.caseCode(), flow.backupSeal(c), Map.of("TP-07", "91.5"));

        Api.Response seen = api.get("lab2-tester", "/api/cases/" + c.caseCode());
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        List<JsonNode> entries = seen.get("entries").valueStream().toList();
        List<JsonNode> reports = entries.stream().filter(e -> "DOCUMENT/REPORT_PDF".equals(key(e))).toList();
        assertThat(reports).as("the re-test report only, not the first lab's").hasSize(1);
        assertThat(reports.get(0).get("activityId").asString()).startsWith("LAB2-");
        assertThat(new Browserless(port, "lab2-approver").get("/cases/" + c.caseCode()).status()).isEqualTo(200);
        // the first lab sees its own report, not the re-test lab's
        List<String> lab1Reports = api.get("lab1-tester", "/api/cases/" + c.caseCode()).get("entries").valueStream()
                .filter(e -> "DOCUMENT/REPORT_PDF".equals(key(e))).map(e -> e.get("activityId").asString()).toList();
        assertThat(lab1Reports).singleElement().satisfies(no -> assertThat(no).startsWith("LAB1-"));
        // the authority sees the whole story: the backup portion's custody and both reports
        List<String> officerReports = new ArrayList<>();
        List<JsonNode> officerEntries = api.get("officer", "/api/cases/" + c.caseCode()).get("entries").valueStream().toList();
        officerEntries.forEach(e -> {
            if ("DOCUMENT/REPORT_PDF".equals(key(e))) {
                officerReports.add(e.get("activityId").asString());
            }
        });
        assertHappenedInOrder(officerEntries, "DISPOSAL/OBJECTION_FILED", "DISPOSAL/RETEST_LAB_DRAWN",
                "SAMPLING/RETEST_RECEIVED", "DISPOSAL/RETEST_DONE");
        assertThat(officerReports).hasSize(2);
        assertThat(api.get(c.otherEnterprise(), "/api/cases/" + c.caseCode()).status()).isEqualTo(404);

        // walk 17: the re-test's report says 复检 in its title, on the PDF and on the case page; the first report does not
        List<JsonNode> officerPdfs = officerEntries.stream().filter(e -> "DOCUMENT/REPORT_PDF".equals(key(e))).toList();
        for (JsonNode pdf : officerPdfs) {
            String text = pdfText(api.getBytes("officer", pdf.get("url").asString()));
            if (pdf.get("activityId").asString().startsWith("LAB2-")) {
                assertThat(text).contains("检验报告（复检）");
                assertThat(pdf.get("name").asString()).startsWith("检验报告（复检） LAB2-");
            } else {
                assertThat(text).contains("检验报告").doesNotContain("（复检）");
                assertThat(pdf.get("name").asString()).startsWith("检验报告 LAB1-");
            }
        }
        assertThat(new Browserless(port, "officer").get("/cases/" + c.caseCode()).body()).contains("检验报告（复检） LAB2-");

        // walk 17: English lines use English punctuation (the TP-09 failure stands, so the officer orders rectification)
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        assertThat(order).isNotNull();
        String en = new Browserless(port, "officer").get("/tasks/" + order + "?lang=en").body();
        String card = en.substring(en.indexOf("id=\"disposal-case\""), en.indexOf("</div>", en.indexOf("id=\"objection-summary\"")));
        assertThat(card).contains("Conclusion</span>: <span>Non-conforming</span>").containsPattern("<span> \\(general\\)</span>")
                .contains("re-tested</span>: <span>受理复检申请</span>)").doesNotContain("</span>：").doesNotContain("：<span")
                .doesNotContain(">（<").doesNotContain("（general）");
        String zh = new Browserless(port, "officer").get("/tasks/" + order).body();
        assertThat(zh).contains("检验结论</span>：<span>不合格</span>");
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theProvinceOfficerSeesTheCaseEscalatedToHisAuthority() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(api.get("province-officer", "/api/cases/" + c.caseCode()).status()).as("not escalated yet").isEqualTo(404);
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 1, ResultHandlingFlow.failingTissue());
        assertThat(api.taskId("province-officer", c.caseCode(), "announceFailure")).isNotNull();

        Api.Response seen = api.get("province-officer", "/api/cases/" + c.caseCode());
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        List<String> keys = seen.get("entries").valueStream().map(CaseTimelineTest::key).toList();
        assertThat(keys).containsSubsequence("DISPOSAL/RECTIFICATION_ORDERED", "DISPOSAL/RECTIFICATION_REPORTED",
                "DISPOSAL/REINSPECTION_ORGANISED", "DISPOSAL/REINSPECTION_FAILED", "DISPOSAL/ESCALATED");
        assertThat(new Browserless(port, "province-officer").get("/cases/" + c.caseCode()).status()).isEqualTo(200);

        // the organising authority sees the rectification evidence and the re-inspection's sample and report
        List<JsonNode> entries = api.get("officer", "/api/cases/" + c.caseCode()).get("entries").valueStream().toList();
        assertThat(entries.stream().map(CaseTimelineTest::key).toList()).contains("DOCUMENT/CASE_DOCUMENT_EVIDENCE");
        assertThat(entries).filteredOn(e -> "DOCUMENT/SAMPLING_FORM".equals(key(e))).extracting(e -> e.get("activityId").asString())
                .containsExactly("YP-" + c.caseCode(), "YP-" + c.caseCode() + "-F1");
        assertThat(entries).filteredOn(e -> "DOCUMENT/REPORT_PDF".equals(key(e))).hasSize(2);
        assertThat(api.get(c.otherEnterprise(), "/api/cases/" + c.caseCode()).status()).isEqualTo(404);
        assertThat(api.get("lab2-tester", "/api/cases/" + c.caseCode()).status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/cases/" + c.caseCode()).status()).isEqualTo(404);
    }

    @Test
    void afterAReturnTheDiagramShowsTheReviewAsCurrentAndTheRevisionAsCompletedAndTheTimelineBothReviews() {
        SpotCheckFlow spotCheck = new SpotCheckFlow(api);
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER");
        String code = plan.get("code").asString();
        spotCheck.decide("plan-reviewer", code, "reviewPlan", "RETURN", "请补充抽查理由");
        String revise = api.taskId("planner", code, "revisePlan");
        assertThat(revise).isNotNull();
        assertThat(api.complete("planner", revise, Map.of("comment", "已补充")).status()).isEqualTo(204);
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).as("back at the section review").isNotNull();

        JsonNode timeline = api.get("planner", "/api/cases/" + code).json();
        assertThat(timeline.get("currentSteps").valueStream().map(JsonNode::asString).toList()).containsExactly("reviewPlan");
        List<JsonNode> entries = timeline.get("entries").valueStream().toList();
        assertThat(entries).filteredOn(e -> "userTask".equals(e.get("kind").asString()))
                .extracting(e -> e.get("activityId").asString()).containsExactly("reviewPlan", "revisePlan", "reviewPlan");
        JsonNode firstReview = entries.stream().filter(e -> "reviewPlan".equals(e.get("activityId").asString())).findFirst().orElseThrow();
        assertThat(firstReview.get("comment").asString()).contains("请补充抽查理由");
        assertThat(entries.get(entries.size() - 1).get("activityId").asString()).as("the open review last").isEqualTo("reviewPlan");
        assertThat(entries.get(entries.size() - 1).get("endedAt").isNull()).isTrue();
        // the plan's own state changes join the timeline
        assertThat(entries.stream().map(CaseTimelineTest::key).toList())
                .containsSubsequence("PLANNING/SUBMITTED", "PLANNING/RETURNED", "PLANNING/RESUBMITTED");

        // the diagram after the return: CaseDiagramTest (data) and CaseDiagramBrowserTest (bpmn-js)
    }

    /**
     * Each entry happened no earlier than the one before it, to the millisecond on both databases
     * (issue 12 point 6: MariaDB keeps the milliseconds too); the whole list is sorted by time.
     */
    private static void assertHappenedInOrder(List<JsonNode> entries, String... keys) {
        Instant previous = null;
        for (String k : keys) {
            JsonNode e = entries.stream().filter(x -> k.equals(key(x))).findFirst()
                    .orElseThrow(() -> new AssertionError(k + " not in the timeline"));
            Instant at = Instant.parse((e.get("endedAt").isNull() ? e.get("startedAt") : e.get("endedAt")).asString());
            if (previous != null) {
                assertThat(at).as(k + " after the step before it").isAfterOrEqualTo(previous);
            }
            previous = at;
        }
        assertSortedAtTheirPrecision(entries);
    }

    /**
     * The list is sorted by time: the modules' records (and the plan's) to the millisecond, every
     * entry to the second, since the engine's history keeps whole seconds (see CaseService).
     */
    private static void assertSortedAtTheirPrecision(List<JsonNode> entries) {
        List<JsonNode> ended = entries.stream().filter(x -> !x.get("endedAt").isNull()).toList();
        List<Instant> records = ended.stream().filter(x -> !"WORKFLOW".equals(x.get("source").asString()))
                .map(x -> Instant.parse(x.get("endedAt").asString())).toList();
        assertThat(records).isSorted();
        List<Instant> seconds = ended.stream()
                .map(x -> Instant.parse(x.get("endedAt").asString()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toList();
        assertThat(seconds).isSorted();
    }

    private static String key(JsonNode entry) {
        return entry.get("source").asString() + "/" + entry.get("kind").asString();
    }

    private static JsonNode only(List<JsonNode> entries, String key) {
        List<JsonNode> found = entries.stream().filter(e -> key.equals(key(e))).toList();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }
}
