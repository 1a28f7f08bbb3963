package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * After a final non-conforming result (Order 18 arts. 45–49): stop-sale, rectification with its
 * reminder, re-inspections with free samples through sampling and testing, escalation and
 * announcement, the day 60–90 window, suspension, licence revocation and enforcement referrals.
 */
class FailurePathTest extends ResultHandlingE2e {

    @Test
    void aRectificationOrderGivesSixtyDaysAndAnOverdueReportIsReminded() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        LocalDate today = LocalDate.now(ResultHandlingFlow.CHINA);
        assertThat(ordered.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.get("rectification").get("dueOn").asString()).isEqualTo(today.plusDays(60).toString());
        assertThat(ordered.get("rectification").get("reinspectionDueOn").asString()).isEqualTo(today.plusDays(75).toString());
        // the enterprise's inbox shows the same last day as the order (Order 18 art. 47: 60 days)
        JsonNode inboxTask = api.get(c.enterprise(), "/api/tasks").json().valueStream()
                .filter(t -> c.caseCode().equals(t.get("businessKey").asString())
                        && "submitRectificationReport".equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow();
        assertThat(inboxTask.get("dueOn").asString()).isEqualTo(today.plusDays(60).toString());
        // and so does the task's own page
        WebClient enterprisePage = new WebClient(port);
        enterprisePage.login(c.enterprise(), Api.PASSWORD);
        assertThat(enterprisePage.get("/tasks/" + inboxTask.get("id").asString()).body())
                .contains("id=\"task-due\"").contains("办理期限：" + today.plusDays(60) + "（含当日）");
        // the reminder is due the day after the 60th day
        assertThat(flow.timers(c, "rectificationDeadline")).singleElement()
                .satisfies(t -> assertThat(t.getDuedate().toInstant())
                        .isEqualTo(today.plusDays(61).atStartOfDay(ResultHandlingFlow.CHINA).toInstant()));
        // not a serious quality problem: nothing went to enforcement
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNull();

        flow.fireTimer(c, "rectificationDeadline");
        JsonNode reminded = flow.caseById(c.enterprise(), c.caseId());
        assertThat(reminded.get("rectification").get("remindedAt").isNull()).isFalse();
        assertThat(reminded.get("events").valueStream().map(e -> e.get("action").asString()).toList())
                .contains("RECTIFICATION_OVERDUE", "NOTIFICATION");
        // a reminder, not the end: the enterprise can still report
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();

        // day 75 without a report: the re-inspection is due anyway and its lateness is reported
        flow.fireTimer(c, "reportMissingAtReinspectionDue");
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNull();
        assertThat(api.taskId("officer", c.caseCode(), "organiseReinspection")).isNotNull();
        flow.fireTimer(c, "reinspectionOverdue");
        assertThat(flow.caseById("officer", c.caseId()).get("events").valueStream().map(e -> e.get("action").asString()).toList())
                .contains("REINSPECTION_OVERDUE");
    }

    @Test
    void aPassedReinspectionWithFreeSamplesClosesTheCaseAndLiftsTheStopSale() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        String report = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");
        Api.Response noEvidence = api.complete(c.enterprise(), report, Map.of("summary", "已整改", "evidenceIds", List.of()));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.errorFields()).containsExactly("evidenceIds");
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);

        // re-inspection samples are supplied free (Order 18 art. 49)
        List<String> drawn = new SpotCheckFlow(api).samplers(c.caseCode());
        String sampling = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");
        // the page asks nothing to be paid: the amount is 0 and cannot be typed
        WebClient samplerPage = new WebClient(port);
        samplerPage.login(drawn.get(0), Api.PASSWORD);
        assertThat(samplerPage.get("/tasks/" + sampling).body()).contains("name=\"amountPaid\" value=\"0\" readonly")
                .contains("复查样品由企业无偿提供");
        Api.Response bought = api.complete(drawn.get(0), sampling, SpotCheckFlow.samplingForm("PAID" + System.nanoTime() % 100000,
                drawn));
        assertThat(bought.status()).isEqualTo(400);
        assertThat(bought.body()).contains("FREE_SAMPLE");
        flow.reinspected(c, 1, ResultHandlingFlow.PASSING_TISSUE);

        JsonNode closed = flow.caseById("officer", c.caseId());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("RECTIFIED");
        assertThat(closed.get("stopSale").asBoolean()).isFalse();
        assertThat(closed.get("reinspections").get(0).get("outcome").asString()).isEqualTo("PASSED");
        assertThat(flow.sampleOf(c.caseCode() + "-F1").get("freeSample").asBoolean()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).count()).isZero();
        // the closed case is named by its own process, not by the re-inspection's lab test that ended last
        assertThat(api.get("officer", "/api/cases/" + c.caseCode()).get("processKey").asString()).isEqualTo("spotCheck");
        assertThat(api.get("officer", "/api/cases/" + c.caseCode() + "/diagram").get("processes").valueStream()
                .filter(p -> p.get("shown").asBoolean()).map(p -> p.get("processKey").asString()).toList())
                .as("the diagram opens on the case's own process").containsExactly("spotCheck");
    }

    @Test
    void failingReinspectionsEscalateThenSuspendThenReferForLicenceRevocation() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 1, ResultHandlingFlow.failingTissue());

        // R15: the first failure goes up to the provincial authority, which announces it
        JsonNode escalated = flow.caseById("officer", c.caseId());
        assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("escalatedTo").asString()).isEqualTo("AUTH-320000");
        assertThat(api.taskId("officer", c.caseCode(), "announceFailure")).isNull();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        assertThat(announce).isNotNull();
        String text = "复查仍不合格，予以公告（" + c.caseCode() + "）";
        Api.Response announced = api.complete("province-officer", announce, Map.of("text", text));
        assertThat(announced.status()).as(announced.body()).isEqualTo(204);
        LocalDate announcedOn = LocalDate.now(ResultHandlingFlow.CHINA);
        // 一公开: the announcement too waits for a redaction review, by another officer of the province
        assertThat(api.get(null, "/api/public/results").body()).doesNotContain(text);
        JsonNode announcement = api.get("province-officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "ANNOUNCEMENT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(announcement.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(announcement.get("preparedBy").asString()).isEqualTo("province-officer");
        // the review page names the author by name, not by login
        WebClient provincePage = new WebClient(port);
        provincePage.login("province-officer", Api.PASSWORD);
        assertThat(provincePage.get("/disposal/publications").body()).contains("起草人：")
                .doesNotContain("起草人：province-officer");
        assertThat(announcement.get("remark").asString()).isEqualTo(text);
        String release = "/api/disposal/publications/" + announcement.get("id").asLong() + "/release";
        Api.Response byAuthor = api.post("province-officer", release, PublicationTest.releaseForm(true, Map.of()));
        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.rule()).isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(api.post("officer", release, PublicationTest.releaseForm(true, Map.of())).status())
                .as("the city's officer does not see the province's announcement").isEqualTo(404);
        assertThat(api.get(null, "/api/public/results").body()).doesNotContain(text);
        Api.Response reviewed = api.post("province-reviewer", release, PublicationTest.releaseForm(true, Map.of()));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.get("reviewedBy").asString()).isEqualTo("province-reviewer");
        assertThat(api.get(null, "/api/public/results").body()).contains(text);

        // R16: the second re-inspection only from day 60 after the announcement
        flow.clockAt(announcedOn.plusDays(59));
        Api.Response early = flow.organiseReinspection(c);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.rule()).isEqualTo("REINSPECTION_WINDOW_NOT_OPEN");
        assertThat(early.json().get("detail").asString()).contains(announcedOn.plusDays(60).toString());
        flow.clockAt(announcedOn.plusDays(60));
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        JsonNode second = flow.caseById("officer", c.caseId()).get("reinspections").get(1);
        assertThat(second.get("windowFrom").asString()).isEqualTo(announcedOn.plusDays(60).toString());
        assertThat(second.get("windowTo").asString()).isEqualTo(announcedOn.plusDays(90).toString());
        flow.reinspected(c, 2, ResultHandlingFlow.failingTissue());

        // failing it: suspension and rectification, then a re-inspection after the suspension period
        String suspend = api.taskId("officer", c.caseCode(), "orderSuspension");
        assertThat(suspend).isNotNull();
        LocalDate until = announcedOn.plusDays(90);
        assertThat(api.complete("officer", suspend, Map.of("suspendedUntil", until.toString(), "text", "责令停业整顿30日")).status())
                .isEqualTo(204);
        Api.Response duringSuspension = flow.organiseReinspection(c);
        assertThat(duringSuspension.rule()).isEqualTo("REINSPECTION_WINDOW_NOT_OPEN");
        flow.clockAt(until.plusDays(1));
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 3, ResultHandlingFlow.failingTissue());

        // failing again: licence revocation goes to enforcement
        JsonNode revoked = flow.caseById("officer", c.caseId());
        assertThat(revoked.get("status").asString()).isEqualTo("REVOCATION_REFERRED");
        assertThat(revoked.get("closeReason").asString()).isEqualTo("LICENCE_REVOCATION_REFERRED");
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleRevocationReferral");
        assertThat(referralTask).isNotNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("LICENCE_REVOCATION");
        assertThat(referral.get("facts").asString()).contains("停业整顿至 " + until);
        assertThat(api.complete("enforcer", referralTask, Map.of("decision", "CASE_OPENED", "comment", "立案")).status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).count()).isZero();
    }

    @Test
    void aSeriousQualityProblemGoesToEnforcementWithItsEvidenceOnlyWhenTheOfficerTicksIt() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(seriousResults());
        assertThat(flow.caseById("officer", c.caseId()).get("finalGrade").asString()).isEqualTo("SERIOUS");
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        // R27: the choice is the officer's; a missing choice is a 400 naming the field, never a default from the grade
        Api.Response missing = api.complete("officer", order, Map.of("requirements", "立即召回并整改"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("seriousQualityProblem");
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("CONCLUSION_FINAL");
        assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isEqualTo(order);

        assertThat(api.complete("officer", order, Map.of("requirements", "立即召回并整改", "seriousQualityProblem", true)).status())
                .isEqualTo(204);
        assertThat(flow.caseById("officer", c.caseId()).get("rectification").get("seriousProblem").asBoolean()).isTrue();
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleReferral");
        assertThat(referralTask).isNotNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("SERIOUS_QUALITY_PROBLEM");
        assertThat(referral.get("facts").asString()).contains(flow.caseById("officer", c.caseId()).get("reportNo").asString())
                .contains("细菌菌落总数");
        // rectification goes on in parallel
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();
    }

    @Test
    void unTickingTheSeriousBoxOnThePageSendsNothingToEnforcementEvenForASeriousGrade() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(seriousResults());
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        WebClient page = new WebClient(port);
        page.login("officer", Api.PASSWORD);
        WebClient.Reply form = page.get("/tasks/" + order);
        assertThat(form.status()).isEqualTo(200);
        // the lab's grade 严重不合格 pre-ticks the box visibly
        assertThat(form.body()).containsPattern("name=\"seriousQualityProblem\" id=\"seriousQualityProblem\" value=\"true\"\\s+checked");
        // the browser sends what an unticked box sends: only the hidden "false" that follows it
        WebClient.Reply done = page.postForm("/tasks/" + order + "/complete", WebClient.form(
                "requirements", "查明原因，整改", "seriousQualityProblem", "false"), form.csrf());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        assertThat(ordered.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.get("rectification").get("seriousProblem").asBoolean()).isFalse();
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNull();
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();
    }

    @Test
    void tickingTheSeriousBoxOnThePageSendsAGeneralGradeToEnforcement() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(flow.caseById("officer", c.caseId()).get("finalGrade").asString()).isEqualTo("GENERAL");
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        WebClient page = new WebClient(port);
        page.login("officer", Api.PASSWORD);
        WebClient.Reply form = page.get("/tasks/" + order);
        assertThat(form.body()).doesNotContainPattern("id=\"seriousQualityProblem\" value=\"true\"\\s+checked");
        // a ticked box comes before its hidden "false": the browser sends true, false
        WebClient.Reply done = page.postForm("/tasks/" + order + "/complete", Map.of(
                "requirements", List.of("查明原因，整改"), "seriousQualityProblem", List.of("true", "false")), form.csrf());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(flow.caseById("officer", c.caseId()).get("rectification").get("seriousProblem").asBoolean()).isTrue();
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNotNull();
    }

    private static Map<String, String> seriousResults() {
        Map<String, String> results = ResultHandlingFlow.failingTissue();
        results.put("TP-01", "500"); // total bacterial count above 200 CFU/g: a class-A (safety) item, grade SERIOUS
        return results;
    }
}
