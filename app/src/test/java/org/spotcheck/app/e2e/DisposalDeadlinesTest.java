package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, points 4 and 5: one date for one deadline (the last day in time, everywhere the same), and the
 * enterprise's issued test report only once the result notice has been served on it.
 */
class DisposalDeadlinesTest extends ResultHandlingE2e {

    @Test
    void theObjectionAndRectificationLastDaysAreTheSameInTheApiThePagesTheNoticesTheMailAndTheInbox() throws Exception {
        LocalDate today = LocalDate.now(ResultHandlingFlow.CHINA);
        LocalDate servedOn = today.minusDays(2);
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), servedOn);
        // R5: 15 days from service, the day of service not counted: the last day in time
        LocalDate objectionLastDay = servedOn.plusDays(15);

        // the API: a day, and no instant beside it
        JsonNode served = flow.caseById("officer", c.caseId());
        assertThat(served.get("objectionDeadline").asString()).isEqualTo(objectionLastDay.toString());
        assertThat(served.has("objectionWindowClosesAt")).isFalse();
        assertThat(served.has("rectificationDueAt")).isFalse();
        // the inbox
        assertThat(dueOn(c.enterprise(), c.caseCode(), "fileObjection")).isEqualTo(objectionLastDay.toString());
        // the case list page and the task page
        assertThat(deadlinesCell("officer", c.caseId())).contains("异议期至 " + objectionLastDay)
                .doesNotContain(objectionLastDay.plusDays(1).toString());
        // the case timeline page, for the authority and the enterprise (issue 12.4: the same day everywhere)
        for (String reader : List.of("officer", c.enterprise())) {
            assertThat(caseDeadlines(reader, c.caseCode())).contains("异议期至 " + objectionLastDay)
                    .doesNotContain(objectionLastDay.plusDays(1).toString());
        }
        String objectionPage = page(c.enterprise(), "/tasks/" + api.taskId(c.enterprise(), c.caseCode(), "fileObjection"));
        assertThat(objectionPage).contains("id=\"objection-deadline\">" + objectionLastDay + "<");
        // the notice PDF
        assertThat(pdfText(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/notice.pdf"))
                .contains("异议期至" + inWords(objectionLastDay) + "（含当日）").doesNotContain(inWords(objectionLastDay.plusDays(1)));
        // the e-mail sent with the notice
        assertThat(mails(served)).anyMatch(m -> m.contains("检验结果通知书") && m.contains("异议期至 " + objectionLastDay + "（含当日）"));

        // no objection: the window's timer makes the conclusion final; the officer orders rectification today
        flow.fireTimer(c, "objectionWindowClosed");
        flow.orderRectification(c, false);
        // R13: 60 days from the order; R14: the re-inspection within 75 days
        LocalDate rectificationLastDay = today.plusDays(60);
        LocalDate reinspectionLastDay = today.plusDays(75);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        assertThat(ordered.get("rectificationDueOn").asString()).isEqualTo(rectificationLastDay.toString());
        assertThat(ordered.get("rectification").get("dueOn").asString()).isEqualTo(rectificationLastDay.toString());
        assertThat(ordered.get("reinspectionDueOn").asString()).isEqualTo(reinspectionLastDay.toString());
        assertThat(ordered.has("reinspectionDueAt")).isFalse();
        assertThat(dueOn(c.enterprise(), c.caseCode(), "submitRectificationReport")).isEqualTo(rectificationLastDay.toString());
        assertThat(deadlinesCell("officer", c.caseId())).contains("整改期限至 " + rectificationLastDay)
                .contains("复查期限至 " + reinspectionLastDay);
        assertThat(caseDeadlines("officer", c.caseCode())).contains("整改期限至 " + rectificationLastDay)
                .contains("复查期限至 " + reinspectionLastDay).doesNotContain(rectificationLastDay.plusDays(1).toString());
        assertThat(caseDeadlines(c.enterprise(), c.caseCode())).contains("整改期限至 " + rectificationLastDay);
        String reportPage = page(c.enterprise(), "/tasks/" + api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport"));
        assertThat(reportPage).contains("整改期限至 " + rectificationLastDay).contains("id=\"rectification-notice-pdf\"");
        String order = pdfText(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/rectification-notice.pdf");
        assertThat(order).contains("责令整改通知书").contains("整改期限至" + inWords(rectificationLastDay) + "（含当日）")
                .contains(inWords(reinspectionLastDay) + "（含当日）前组织复查").doesNotContain(inWords(rectificationLastDay.plusDays(1)));
        assertThat(mails(ordered)).anyMatch(m -> m.contains("责令整改通知书") && m.contains("整改期限至 " + rectificationLastDay + "（含当日）"));
        // the timer behind the inbox fires at the start of the day after the last day, never on it
        assertThat(flow.timers(c, "rectificationDeadline")).singleElement().satisfies(t -> assertThat(t.getDuedate().toInstant())
                .isEqualTo(rectificationLastDay.plusDays(1).atStartOfDay(ResultHandlingFlow.CHINA).toInstant()));
        // another enterprise does not get the order
        assertThat(api.get(c.otherEnterprise(), "/api/disposal/cases/" + c.caseId() + "/rectification-notice.pdf").status())
                .isEqualTo(404);
    }

    @Test
    void theRectificationNoticeExistsOnlyOnceRectificationWasOrdered() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Api.Response early = api.get("officer", "/api/disposal/cases/" + c.caseId() + "/rectification-notice.pdf");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.rule()).isEqualTo("NOT_ORDERED");
    }

    @Test
    void theEnterpriseReadsItsIssuedReportOnlyOnceTheResultNoticeIsServedOnIt() throws Exception {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        String pdfUrl = reportPdfUrl("officer", c.caseCode());
        String reportUrl = pdfUrl.replace("/pdf", "");
        String pagePdfUrl = pdfUrl.replace("/api/reports/", "/lab-samples/reports/");
        // the authority reads it at once
        assertThat(api.get("officer", reportUrl).status()).isEqualTo(200);

        // issued, no notice yet: the enterprise learns nothing, and the refusal is audited as DENIED
        assertThat(api.get(c.enterprise(), pdfUrl).status()).isEqualTo(404);
        assertThat(api.get(c.enterprise(), reportUrl).status()).isEqualTo(404);
        List<JsonNode> denied = SecurityFixtures.awaitAudit(port, "actor=" + c.enterprise() + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals(pdfUrl));
        assertThat(denied).hasSize(1);
        assertThat(denied.get(0).get("httpStatus").asInt()).isEqualTo(404);
        assertThat(denied.get(0).get("detail").asString()).contains("report " + pdfUrl.replaceAll("\\D+", " ").strip());
        Api.Response ownCase = api.get(c.enterprise(), "/api/cases/" + c.caseCode());
        if (ownCase.status() == 200) {
            assertThat(ownCase.body()).doesNotContain(pdfUrl);
        }

        // sent in the system but not yet acknowledged: not served yet
        flow.serve(c, LocalDate.now(ResultHandlingFlow.CHINA), "IN_APP");
        assertThat(api.get(c.enterprise(), pdfUrl).status()).isEqualTo(404);
        WebClient page = new WebClient(port);
        page.login(c.enterprise(), Api.PASSWORD);
        assertThat(page.get(pagePdfUrl).status()).isEqualTo(404);

        // acknowledged online: served, and the report comes with the notice
        String ack = api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice");
        Api.Response acknowledged = api.complete(c.enterprise(), ack, Map.of("acknowledged", true));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(204);
        byte[] pdf = api.getBytes(c.enterprise(), pdfUrl);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(api.get(c.enterprise(), reportUrl).json().get("status").asString()).isEqualTo("ISSUED");
        assertThat(page.get(pagePdfUrl).status()).isEqualTo(200);
        assertThat(api.get(c.enterprise(), "/api/cases/" + c.caseCode()).body()).contains(pdfUrl);

        // another enterprise never sees it
        assertThat(api.get(c.otherEnterprise(), pdfUrl).status()).isEqualTo(404);
        assertThat(api.get(c.otherEnterprise(), reportUrl).status()).isEqualTo(404);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + c.otherEnterprise() + "&outcome=DENIED&limit=500",
                e -> e.get("target").asString().equals(pdfUrl))).hasSize(1);
    }

    @Test
    void aConformingCaseHasNoNoticeSoItsEnterpriseReadsTheReportOnceTheCaseIsClosed() throws Exception {
        // all items pass: the report is issued and the case closes in the same step, with no notice to serve
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.PASSING_TISSUE);
        assertThat(flow.caseOf("officer", c.caseCode()).get("closeReason").asString()).isEqualTo("NO_NONCONFORMITY");
        String pdfUrl = reportPdfUrl("officer", c.caseCode());
        byte[] pdf = api.getBytes(c.enterprise(), pdfUrl);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(api.get(c.otherEnterprise(), pdfUrl).status()).isEqualTo(404);
    }

    private String reportPdfUrl(String user, String caseCode) {
        Api.Response timeline = api.get(user, "/api/cases/" + caseCode);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        return timeline.get("entries").valueStream()
                .filter(e -> "DOCUMENT".equals(e.get("source").asString()) && "REPORT_PDF".equals(e.get("kind").asString()))
                .map(e -> e.get("url").asString()).findFirst().orElseThrow(() -> new AssertionError(timeline.body()));
    }

    private String dueOn(String user, String caseCode, String taskKey) {
        return api.get(user, "/api/tasks").json().valueStream()
                .filter(t -> caseCode.equals(t.get("businessKey").asString()) && taskKey.equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(taskKey + " not in the inbox of " + user)).get("dueOn").asString();
    }

    private String page(String user, String path) {
        WebClient page = new WebClient(port);
        page.login(user, Api.PASSWORD);
        WebClient.Reply reply = page.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.body();
    }

    /** The case's deadlines cell on the result-handling list page. */
    private String deadlinesCell(String user, long caseId) {
        String html = page(user, "/disposal/cases");
        Matcher m = Pattern.compile("<td id=\"deadlines-" + caseId + "\">(.*?)</td>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("deadlines of case " + caseId).isTrue();
        return m.group(1);
    }

    /** The deadline lines of the case timeline page /cases/{case number}. */
    private String caseDeadlines(String user, String caseCode) {
        String html = page(user, "/cases/" + caseCode);
        Matcher m = Pattern.compile("<div id=\"case-deadlines\"[^>]*>(.*?)</div>\\s*<section", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("deadlines on the case page of " + caseCode).isTrue();
        return m.group(1);
    }

    /** A day as the official documents write it (ADR 0021): 2026年12月21日. */
    private static String inWords(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private String pdfText(String user, String path) throws Exception {
        byte[] pdf = api.getBytes(user, path);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // the notice wraps lines anywhere: compare the text without any white space
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    /** The e-mails the case queued (EMAIL_INTENT entries of its log: the subject the enterprise receives). */
    private static List<String> mails(JsonNode c) {
        return c.get("events").valueStream().filter(e -> "EMAIL_INTENT".equals(e.get("action").asString()))
                .map(e -> e.get("comment").asString()).toList();
    }
}
