package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the walk after day 60 (second re-inspection, 停业整顿, third re-inspection, revocation referral; issue 12) found
 * on the pages and the case timeline: evidence that finished uploading after its step was submitted, the case's files
 * missing from the announcement, suspension and revocation referral pages, and logins instead of names in the timeline.
 */
class PagesAfterDaySixtyTest extends ResultHandlingE2e {

    @Test
    void aFileSentForAStepAlreadySubmittedIsRefusedAndNothingIsLeftOnTheCase() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        String task = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");

        // the task page sends the step with each file and holds 提交 while a file uploads (js/upload-guard.js)
        Browserless enterprise = new Browserless(port, c.enterprise());
        Browserless.Page page = enterprise.get("/tasks/" + task);
        assertThat(page.body()).contains("&quot;task&quot;: &quot;" + task + "&quot;").contains("id=\"uploading-evidenceIds\"")
                .contains("data-uploading=\"上传中…\"").contains("/js/upload-guard.js");

        HttpResponse<String> first = upload(c, task, "整改记录.png");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(first.body());
        assertThat(id.find()).as(first.body()).isTrue();
        long evidence = Long.parseLong(id.group(1));
        Api.Response done = api.complete(c.enterprise(), task, Map.of("summary", "已更换原料供应商", "evidenceIds", List.of(evidence)));
        assertThat(done.status()).as(done.body()).isEqualTo(204);

        // a file that arrives after its step was submitted: refused, not kept on the case unlinked
        HttpResponse<String> late = upload(c, task, "整改记录-迟到.png");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("ALREADY_COMPLETED");
        // the page's upload (htmx) says so beside the field
        Browserless.Page latePage = enterprise.upload("/cases/" + c.caseCode() + "/attachments?kind=EVIDENCE&field=evidenceIds&task="
                + task, "迟到.png", Api.PNG, page.csrf());
        assertThat(latePage.status()).isEqualTo(200);
        assertThat(latePage.body()).contains("upload-error").contains("该步骤已提交，此文件未保存").doesNotContain("type=\"hidden\"");

        // the case holds the one file, linked to the report: once in the timeline, never twice, never orphaned
        List<JsonNode> files = api.get("officer", "/api/cases/" + c.caseCode()).json().get("entries").valueStream()
                .filter(e -> "CASE_DOCUMENT_EVIDENCE".equals(e.get("kind").asString())).toList();
        assertThat(files).singleElement().satisfies(e -> assertThat(e.get("url").asString()).isEqualTo("/api/attachments/" + evidence));
        assertThat(flow.caseById("officer", c.caseId()).get("rectification").get("reportEvidenceIds").toString())
                .isEqualTo("[" + evidence + "]");
    }

    @Test
    void theAnnouncementSuspensionAndRevocationReferralPagesListTheCasesFilesAndTheTimelineNamesTheEnforcersChoice() {
        ResultHandlingFlow.Case c = flow.failedFirstReinspection();

        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        Browserless province = new Browserless(port, "province-officer");
        String announcePage = province.get("/tasks/" + announce).body();
        assertEvidence(announcePage);
        // the province holds the case's step, not the city's records: it opens the files through its step
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/tasks/" + announce + "/case-files/\\d+)\"")
                .matcher(announcePage);
        assertThat(link.find()).as("a file read through the step").isTrue();
        assertThat(province.get(link.group(1)).status()).isEqualTo(200);
        assertThat(new Browserless(port, "officer").get(link.group(1)).status()).as("only the step's holder").isEqualTo(404);
        assertThat(api.get("province-officer", "/api/tasks/" + announce).json().get("context").get("caseEvidence").isArray()).isTrue();
        assertThat(api.complete("province-officer", announce, Map.of("text", "复查仍不合格，予以公告")).status()).isEqualTo(204);
        LocalDate announcedOn = LocalDate.now(ResultHandlingFlow.CHINA);

        flow.clockAt(announcedOn.plusDays(60));
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 2, ResultHandlingFlow.failingTissue());
        String suspend = api.taskId("officer", c.caseCode(), "orderSuspension");
        assertEvidence(new Browserless(port, "officer").get("/tasks/" + suspend).body());
        LocalDate until = announcedOn.plusDays(90);
        assertThat(api.complete("officer", suspend, Map.of("suspendedUntil", until.toString(), "text", "责令停业整顿30日")).status())
                .isEqualTo(204);
        flow.clockAt(until.plusDays(1));
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 3, ResultHandlingFlow.failingTissue());

        String referral = api.taskId("enforcer", c.caseCode(), "handleRevocationReferral");
        String referralPage = new Browserless(port, "enforcer").get("/tasks/" + referral).body();
        assertEvidence(referralPage);
        // each re-inspection's sampling form and issued report is among the files the referral rests on
        assertThat(referralPage).contains("YP-" + c.caseCode() + "-F1").contains("YP-" + c.caseCode() + "-F2")
                .contains("YP-" + c.caseCode() + "-F3");
        assertThat(referralPage.split("data-kind=\"REPORT_PDF\"", -1).length - 1).as("the first report and three re-inspections'")
                .isGreaterThanOrEqualTo(4);
        assertThat(api.complete("enforcer", referral, Map.of("decision", "CASE_OPENED", "comment", "立案")).status()).isEqualTo(204);

        // the timeline: the option the enforcer picked, in plain Chinese (English on request), with the comment
        Browserless officer = new Browserless(port, "officer");
        String timeline = timeline(officer.get("/cases/" + c.caseCode()).body());
        assertThat(timeline).contains("执法稽查决定：立案查处").contains("立案");
        assertThat(timeline(officer.get("/cases/" + c.caseCode() + "?lang=en").body()))
                .contains("Enforcement decision: case opened for investigation");
        assertThat(api.get("officer", "/api/cases/" + c.caseCode()).json().get("entries").valueStream()
                .anyMatch(e -> "REFERRAL_CASE_OPENED".equals(e.get("kind").asString())
                        && "enforcer".equals(e.get("actor").asString()))).isTrue();
    }

    @Test
    void theTimelineNamesPeopleAndTheSystemNeverALogin() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        // the objection page's evidence field is the same uploader: it sends its step and holds 提交 while uploading
        String objection = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        assertThat(new Browserless(port, c.enterprise()).get("/tasks/" + objection).body())
                .contains("&quot;task&quot;: &quot;" + objection + "&quot;").contains("id=\"uploading-evidenceIds\"")
                .contains("id=\"case-evidence\"");
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");
        String receive = api.taskId("lab2-tester", c.caseCode(), "receiveSample");
        Api.Response received = api.complete("lab2-tester", receive, Map.of("sampleCode", "YP-" + c.caseCode(),
                "testSealNumber", flow.backupSeal(c), "sealIntact", true, "note", "入库"));
        assertThat(received.status()).as(received.body()).isEqualTo(204);

        // the re-test lab's receipt stands in the custody log under its tester, the lab named in the note
        JsonNode receipt = flow.sampleOf(c.caseCode()).get("custody").valueStream()
                .filter(e -> "RETEST_RECEIVED".equals(e.get("eventType").asString())).findFirst().orElseThrow();
        assertThat(receipt.get("actor").asString()).isEqualTo("lab2-tester");
        assertThat(receipt.get("note").asString()).doesNotContain("lab2-tester").contains("入库");

        Browserless officer = new Browserless(port, "officer");
        String zh = timeline(officer.get("/cases/" + c.caseCode()).body());
        assertThat(zh).doesNotContain("lab2-tester").doesNotContain(">system<").contains(">系统<")
                .contains("苏州市产品质量监督检验所");
        assertThat(timeline(officer.get("/cases/" + c.caseCode() + "?lang=en").body())).doesNotContain(">system<").contains(">System<");
    }

    /** The page lists the case's files under 证据（照片、文书）: the sampling form, the rectification evidence, a report. */
    private static void assertEvidence(String page) {
        assertThat(page).contains("id=\"case-evidence\"").contains("证据（照片、文书）");
        String evidence = page.substring(page.indexOf("id=\"case-evidence\""));
        assertThat(evidence).contains("data-kind=\"SAMPLING_FORM\"").contains("整改记录.png").contains("data-kind=\"REPORT_PDF\"")
                .doesNotContain("id=\"no-evidence\"");
    }

    private static String timeline(String page) {
        int at = page.indexOf("id=\"timeline\"");
        assertThat(at).as("the case page has its timeline").isPositive();
        return page.substring(at);
    }

    private HttpResponse<String> upload(ResultHandlingFlow.Case c, String task, String name) {
        Api.Multipart form = new Api.Multipart().part("kind", null, "EVIDENCE".getBytes(StandardCharsets.UTF_8))
                .part("task", null, task.getBytes(StandardCharsets.UTF_8)).file("file", name, "image/png", Api.PNG);
        return api.postMultipart(c.enterprise(), "/api/cases/" + c.caseCode() + "/attachments", form, Map.of());
    }
}
