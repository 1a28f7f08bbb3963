package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The objection window (R5) on the workflow clock, and the officer's decision (issue 6). */
class ObjectionTest extends ResultHandlingE2e {

    @Test
    void anObjectionOnDay15IsAcceptedAndOnDay16RefusedCountingFromServiceNotIssue() {
        LocalDate servedOn = LocalDate.now(ResultHandlingFlow.CHINA).minusDays(3);
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), servedOn);
        JsonNode served = flow.caseById("officer", c.caseId());
        assertThat(served.get("status").asString()).isEqualTo("NOTIFIED");
        // the clock starts at service (three days ago), not at the report's issue (today)
        assertThat(served.get("objectionDeadline").asString()).isEqualTo(servedOn.plusDays(15).toString());
        // one date for one deadline: the inbox shows the same last day as the case, as a day (not "day 16 00:00")
        JsonNode inboxTask = api.get(c.enterprise(), "/api/tasks").json().valueStream()
                .filter(t -> c.caseCode().equals(t.get("businessKey").asString()) && "fileObjection".equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow();
        assertThat(inboxTask.get("dueOn").asString()).isEqualTo(servedOn.plusDays(15).toString());
        WebClient page = new WebClient(port);
        page.login(c.enterprise(), Api.PASSWORD);
        String inbox = page.get("/tasks").body();
        assertThat(inbox).contains(servedOn.plusDays(15).toString()).doesNotContain(servedOn.plusDays(16) + " 00:00");

        flow.clockAt(servedOn.plusDays(16));
        Api.Response late = flow.object(c, List.of("TP-07"));
        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.rule()).isEqualTo("OBJECTION_WINDOW_CLOSED");
        assertThat(late.json().get("detail").asString()).contains("异议期已于 " + servedOn.plusDays(15) + " 届满")
                // a Chinese reader gets Chinese only (issue 17.2): no English half of the old bilingual text
                .doesNotContain("objection window closed");
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("NOTIFIED");

        flow.clockAt(servedOn.plusDays(15));
        Api.Response onTime = flow.object(c, List.of("TP-07"));
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(204);
        JsonNode objected = flow.caseById(c.enterprise(), c.caseId());
        assertThat(objected.get("status").asString()).isEqualTo("OBJECTION_FILED");
        assertThat(objected.get("objection").get("disputedItems").valueStream().map(JsonNode::asString).toList())
                .containsExactly("TP-07");
        assertThat(objected.get("objection").get("feePrepaidBy").asString()).isEqualTo("APPLICANT");
        assertThat(api.taskId("officer", c.caseCode(), "decideObjection")).isNotNull();
        // the objection ended the window: no timer is left to make the conclusion final
        assertThat(flow.timers(c, "objectionWindowClosed")).isEmpty();
    }

    @Test
    void theServedEnterpriseDownloadsItsIssuedReportAndAnotherEnterpriseDoesNot() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Api.Response own = api.get(c.enterprise(), "/api/cases/" + c.caseCode());
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        String pdfUrl = own.get("entries").valueStream()
                .filter(e -> "DOCUMENT".equals(e.get("source").asString()) && "REPORT_PDF".equals(e.get("kind").asString()))
                .map(e -> e.get("url").asString()).findFirst().orElseThrow(() -> new AssertionError(own.body()));
        byte[] pdf = api.getBytes(c.enterprise(), pdfUrl);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String reportJson = pdfUrl.replace("/pdf", "");
        JsonNode report = api.get(c.enterprise(), reportJson).json();
        assertThat(report.get("status").asString()).isEqualTo("ISSUED");
        // the issued report, not the lab's review chain
        assertThat(report.get("events").valueStream().map(e -> e.get("action").asString()).toList()).containsOnly("ISSUED");
        // the enterprise's own case timeline does not show the lab's drafts
        assertThat(own.get("entries").valueStream().map(e -> e.get("source").asString() + "/" + e.get("kind").asString()).toList())
                .doesNotContain("TESTING/DRAFTED");
        // another enterprise does not find it
        assertThat(api.get(c.otherEnterprise(), pdfUrl).status()).isEqualTo(404);
        assertThat(api.get(c.otherEnterprise(), reportJson).status()).isEqualTo(404);
    }

    @Test
    void theObjectionCarriesEvidenceFilesCheckedLikeSamplingPhotosAndTheOfficerSeesThem() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Api.Response disguised = api.upload(c.enterprise(), c.caseCode(), "EVIDENCE", "自检报告.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(disguised.status()).as(disguised.body()).isEqualTo(400);
        assertThat(disguised.errorFields()).containsExactly("file");
        assertThat(disguised.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TYPE_MISMATCH");

        long evidence = api.upload(c.enterprise(), c.caseCode(), "EVIDENCE", "自检报告.png", "image/png", Api.PNG).get("id").asLong();
        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        // another case's file is no evidence for this one: 400 naming the field, nothing written
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("disputedItems", List.of("TP-07"));
        form.put("reason", "企业自检结果合格");
        form.put("acceptsPrepayment", true);
        form.put("evidenceIds", List.of(evidence + 1_000_000));
        Api.Response unknown = api.complete(c.enterprise(), task, form);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("evidenceIds");
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("NOTIFIED");

        form.put("evidenceIds", List.of(evidence));
        assertThat(api.complete(c.enterprise(), task, form).status()).isEqualTo(204);
        JsonNode objection = flow.caseById("officer", c.caseId()).get("objection");
        assertThat(objection.get("evidenceIds").valueStream().map(JsonNode::asLong).toList()).containsExactly(evidence);
        // the officer's review task lists it and may open it; another enterprise may not
        String decide = api.taskId("officer", c.caseCode(), "decideObjection");
        Browserless officer = new Browserless(port, "officer");
        assertThat(officer.get("/tasks/" + decide).body()).contains("id=\"objection-evidence-" + evidence + "\"");
        assertThat(api.getBytes("officer", "/api/attachments/" + evidence)).isEqualTo(Api.PNG);
        assertThat(api.get(c.otherEnterprise(), "/api/attachments/" + evidence).status()).isEqualTo(404);
    }

    @Test
    void theObjectionPageListsEachFailedItemWithMeasuredValueLimitAndJudgment() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        JsonNode failed = api.get(c.enterprise(), "/api/tasks/" + task).get("context").get("failedItems");
        assertThat(failed.valueStream().map(i -> i.get("code").asString() + "=" + i.get("measured").asString() + "/" + i.get("verdict").asString())
                .toList()).containsExactlyInAnyOrder("TP-07=92.0/FAIL", "TP-09=1.5/FAIL");
        assertThat(failed.valueStream().map(i -> i.get("limitDisplay").asString()).toList()).allSatisfy(l -> assertThat(l).isNotBlank());
        WebClient page = new WebClient(port);
        page.login(c.enterprise(), Api.PASSWORD);
        String body = page.get("/tasks/" + task).body();
        assertThat(body).contains("id=\"failed-TP-07\"").contains("92.0").contains("id=\"failed-TP-09\"").contains("1.5")
                .contains(failed.get(0).get("limitDisplay").asString());
    }

    @Test
    void onlyFailedItemsMayBeDisputedAndTheApplicantPrepays() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Api.Response passedItem = flow.object(c, List.of("TP-07", "TP-01"));
        assertThat(passedItem.status()).as(passedItem.body()).isEqualTo(400);
        assertThat(passedItem.errorFields()).containsExactly("disputedItems");
        assertThat(passedItem.body()).contains("NOT_A_FAILED_ITEM").contains("TP-01");

        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        Api.Response noPrepayment = api.complete(c.enterprise(), task,
                Map.of("disputedItems", List.of("TP-07"), "reason", "有异议", "acceptsPrepayment", false));
        assertThat(noPrepayment.status()).isEqualTo(400);
        assertThat(noPrepayment.errorFields()).containsExactly("acceptsPrepayment");
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("NOTIFIED");
    }

    @Test
    void withoutAnObjectionTheConclusionBecomesFinalByTimerAndSetsTheStopSaleFlag() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        flow.fireTimer(c, "objectionWindowClosed");

        JsonNode finalCase = flow.caseById("officer", c.caseId());
        assertThat(finalCase.get("status").asString()).isEqualTo("CONCLUSION_FINAL");
        assertThat(finalCase.get("finalConclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(finalCase.get("finalBasis").asString()).isEqualTo("NO_OBJECTION");
        assertThat(finalCase.get("stopSale").asBoolean()).isTrue();
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "fileObjection")).isNull();
        assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isNotNull();
    }

    @Test
    void theOfficerRejectsAnObjectionWithAReasonAndTheFirstConclusionIsFinal() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-09")).status()).isEqualTo(204);
        String task = api.taskId("officer", c.caseCode(), "decideObjection");
        Api.Response noReason = api.complete("officer", task, Map.of("decision", "REJECT"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");

        flow.decideObjection(c, "REJECT", "异议理由不涉及检验结果，不予受理");
        JsonNode rejected = flow.caseById(c.enterprise(), c.caseId());
        assertThat(rejected.get("objection").get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("objection").get("decisionReason").asString()).isEqualTo("异议理由不涉及检验结果，不予受理");
        assertThat(rejected.get("finalBasis").asString()).isEqualTo("OBJECTION_REJECTED");
        assertThat(rejected.get("stopSale").asBoolean()).isTrue();
    }

    @Test
    void anotherEnterpriseNeitherSeesNorObjectsToTheResult() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(api.get(c.otherEnterprise(), "/api/disposal/cases/" + c.caseId()).status()).isEqualTo(404);
        assertThat(api.get(c.otherEnterprise(), "/api/disposal/cases").json().valueStream()
                .map(x -> x.get("taskCode").asString()).toList()).doesNotContain(c.caseCode());
        assertThat(api.get(c.otherEnterprise(), "/api/disposal/cases/" + c.caseId() + "/notice.pdf").status()).isEqualTo(404);
        assertThat(api.taskId(c.otherEnterprise(), c.caseCode(), "fileObjection")).isNull();

        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        Api.Response foreign = api.complete(c.otherEnterprise(), task,
                Map.of("disputedItems", List.of("TP-07"), "reason", "冒名异议", "acceptsPrepayment", true));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("NOTIFIED");
    }
}
