package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 驳回 and 撤回 over the task API and the pages (issue 8 point 2), with their refusals (point 5). */
class ReturnAndWithdrawTest extends SpotCheckE2e {

    /** A case whose report was reviewed and waits for approval. */
    private String reviewedCase() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        flow.resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        return caseCode;
    }

    private JsonNode report(String caseCode) {
        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> caseCode.equals(s.get("taskCode").asString())).findFirst().orElseThrow().get("id").asLong();
        return api.get("lab1-tester", "/api/lab-samples/" + labSampleId).json();
    }

    @Test
    void theApproverReturnsTheReportToTheReviewerWithTheResultsKeptAndItGoesOnFromThere() {
        String caseCode = reviewedCase();
        String approve = api.taskId("lab1-approver", caseCode, "approveReport");
        assertThat(api.get("lab1-approver", "/api/tasks/" + approve + "/return-targets").json().valueStream()
                .map(JsonNode::asString).toList()).containsExactly("initiator", "previous");
        String resultsBefore = report(caseCode).get("items").toString();

        Api.Response returned = api.post("lab1-approver", "/api/tasks/" + approve + "/return",
                Map.of("comment", "结论依据需补充", "to", "previous"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);

        // back at the review step, not at the drafter; nothing entered was lost
        assertThat(api.taskId("lab1-reviewer", caseCode, "reviewReport")).isNotNull();
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isNull();
        assertThat(report(caseCode).get("items").toString()).isEqualTo(resultsBefore);

        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", "已补充");
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
        JsonNode timeline = api.get("officer", "/api/cases/" + caseCode).json();
        assertThat(timeline.get("entries").valueStream().filter(e -> "issueReport".equals(e.get("activityId").asString())
                && e.get("endedAt") != null && !e.get("endedAt").isNull()).count()).as("the report was issued").isEqualTo(1);
        assertThat(timeline.get("entries").valueStream().filter(e -> "reviewReport".equals(e.get("activityId").asString())).count())
                .isEqualTo(2);
    }

    @Test
    void theDefaultReturnOfTheApproverGoesToTheDrafter() {
        String caseCode = reviewedCase();
        String approve = api.taskId("lab1-approver", caseCode, "approveReport");
        Api.Response returned = api.post("lab1-approver", "/api/tasks/" + approve + "/return", Map.of("comment", "请复核限量"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isNotNull();
        assertThat(api.taskId("lab1-reviewer", caseCode, "reviewReport")).isNull();
    }

    @Test
    void illegalReturnsAreRefusedAndChangeNothing() {
        String caseCode = reviewedCase();
        String approve = api.taskId("lab1-approver", caseCode, "approveReport");

        Api.Response noComment = api.post("lab1-approver", "/api/tasks/" + approve + "/return", Map.of("to", "previous"));
        assertThat(noComment.status()).as(noComment.body()).isEqualTo(400);
        assertThat(noComment.errorFields()).containsExactly("comment");

        Api.Response badTarget = api.post("lab1-approver", "/api/tasks/" + approve + "/return",
                Map.of("comment", "x", "to", "somewhere"));
        assertThat(badTarget.status()).as(badTarget.body()).isEqualTo(422);
        assertThat(badTarget.rule()).isEqualTo("RETURN_TARGET_NOT_AVAILABLE");

        // another lab cannot even see it
        assertThat(api.post("lab2-approver", "/api/tasks/" + approve + "/return", Map.of("comment", "x")).status()).isEqualTo(404);
        assertThat(api.taskId("lab1-approver", caseCode, "approveReport")).isEqualTo(approve);

        // a step with no return path: receiving a sample
        String other = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampled(other);
        String receive = api.taskId("lab1-tester", other, "receiveSample");
        Api.Response none = api.post("lab1-tester", "/api/tasks/" + receive + "/return", Map.of("comment", "x"));
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.rule()).isEqualTo("NO_RETURN");
        assertThat(api.get("lab1-tester", "/api/tasks/" + receive + "/return-targets").json().size()).isZero();
    }

    @Test
    void onTheApprovalPageTheReturnTargetIsChosenAndAMissingCommentIsShownBesideTheField() {
        String caseCode = reviewedCase();
        String approve = api.taskId("lab1-approver", caseCode, "approveReport");
        Browserless approver = new Browserless(port, "lab1-approver");
        Browserless.Page page = approver.get("/tasks/" + approve);
        assertThat(page.body()).contains("id=\"returnTo\"").contains("审核人（审核报告）");

        Browserless.Page refused = approver.post("/tasks/" + approve + "/complete",
                Map.of("decision", List.of("RETURN"), "returnTo", List.of("previous"), "comment", List.of("")), page.csrf());
        assertThat(refused.body()).contains("退回时必须填写意见");
        assertThat(api.taskId("lab1-approver", caseCode, "approveReport")).isEqualTo(approve);

        Browserless.Page done = approver.post("/tasks/" + approve + "/complete",
                Map.of("decision", List.of("RETURN"), "returnTo", List.of("previous"), "comment", List.of("请补充判定依据")), page.csrf());
        assertThat(done.status()).isIn(200, 302);
        assertThat(api.taskId("lab1-reviewer", caseCode, "reviewReport")).isNotNull();
    }

    /** The id of the newest task of this step the user completed on this business key. */
    private String completedTask(String user, String businessKey, String taskKey) {
        return api.get(user, "/api/tasks/completed").json().valueStream()
                .filter(t -> businessKey.equals(t.get("businessKey").asString()) && taskKey.equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(taskKey + " not completed by " + user)).get("id").asString();
    }

    private String planStatus(JsonNode plan) {
        return api.get("planner", "/api/plans/" + plan.get("id").asLong()).get("status").asString();
    }

    @Test
    void theReviewerWithdrawsHisApprovalWhileTheDirectorHasNotStartedAndDecidesAgain() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", "同意");
        assertThat(planStatus(plan)).isEqualTo("REVIEWED");
        String reviewed = completedTask("plan-reviewer", code, "reviewPlan");

        Api.Response withdrawn = api.post("plan-reviewer", "/api/tasks/" + reviewed + "/withdraw", Map.of("comment", "需补充依据"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.get("taskKey").asString()).isEqualTo("reviewPlan");
        assertThat(withdrawn.get("assignee").asString()).isEqualTo("plan-reviewer");
        assertThat(planStatus(plan)).isEqualTo("SUBMITTED");
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNull();

        // he decides again and the plan goes on as usual
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", "已补充，同意");
        flow.decide("plan-approver", code, "approvePlan", "APPROVE", "同意下达");
        assertThat(planStatus(plan)).isIn("ISSUED", "IN_PROGRESS", "APPROVED");
    }

    @Test
    void aWithdrawalAfterTheNextStepStartedOrOfAStepWithoutOneIsRefusedAndChangesNothing() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", "同意");
        String reviewed = completedTask("plan-reviewer", code, "reviewPlan");

        // someone else's completed task is not his to withdraw
        assertThat(api.post("plan-approver", "/api/tasks/" + reviewed + "/withdraw", Map.of()).status()).isEqualTo(404);

        String approve = api.taskId("plan-approver", code, "approvePlan");
        assertThat(api.post("plan-approver", "/api/tasks/" + approve + "/claim", Map.of()).status()).isEqualTo(200);
        Api.Response late = api.post("plan-reviewer", "/api/tasks/" + reviewed + "/withdraw", Map.of());
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.rule()).isEqualTo("NEXT_STEP_STARTED");
        assertThat(planStatus(plan)).isEqualTo("REVIEWED");
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isEqualTo(approve);

        // the director's approval cannot be withdrawn (its next steps are the draws and the spot-checks)
        flow.decide("plan-approver", code, "approvePlan", "APPROVE", "同意");
        Api.Response notWithdrawable = api.post("plan-approver", "/api/tasks/" + completedTask("plan-approver", code, "approvePlan")
                + "/withdraw", Map.of());
        assertThat(notWithdrawable.status()).isEqualTo(409);
        assertThat(notWithdrawable.rule()).isEqualTo("NOT_WITHDRAWABLE");
    }

    @Test
    void onThePageOfCompletedTasksTheReviewerWithdrawsHisReportReview() {
        String caseCode = reviewedCase();
        Browserless reviewer = new Browserless(port, "lab1-reviewer");
        Browserless.Page done = reviewer.get("/tasks/done");
        String reviewTask = completedTask("lab1-reviewer", caseCode, "reviewReport");
        assertThat(done.body()).contains("data-task=\"" + reviewTask + "\"").contains("撤回");

        Browserless.Page withdrawn = reviewer.post("/tasks/" + reviewTask + "/withdraw", Map.of("comment", List.of("漏看一项")), done.csrf());
        assertThat(withdrawn.status()).isEqualTo(302);
        String again = api.taskId("lab1-reviewer", caseCode, "reviewReport");
        assertThat(again).isNotNull();
        assertThat(withdrawn.location()).endsWith("/tasks/" + again);
        assertThat(api.taskId("lab1-approver", caseCode, "approveReport")).isNull();

        // a second withdrawal of the same completed task: the step was taken back already
        Browserless.Page twice = reviewer.post("/tasks/" + reviewTask + "/withdraw", Map.of("comment", List.of("")), done.csrf());
        assertThat(twice.status()).isEqualTo(302);
        assertThat(reviewer.get("/tasks/done").body()).contains("id=\"withdraw-error\"");

        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", "已复核");
        assertThat(api.taskId("lab1-approver", caseCode, "approveReport")).isNotNull();
    }
}
