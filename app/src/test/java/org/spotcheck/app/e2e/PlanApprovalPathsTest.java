package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The approval paths of a plan through the BPMN process: approve (with filing and issue),
 * return at each level, withdrawal by the drafter before review, self-approval refused, director
 * levels configured per authority, and the shorter path of a special plan.
 */
class PlanApprovalPathsTest extends SpotCheckE2e {

    @Test
    void anApprovedPlanIsFiledWithTheSuperiorAuthorityThenIssuedWithOneSpotCheckPerDrawnEnterprise() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String caseCode = flow.approvedCase(plan);

        JsonNode issued = plan(plan);
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("filedWith").asString()).as("Nanjing files with Jiangsu").isEqualTo("AUTH-320000");
        assertThat(actions(issued)).containsExactly("DRAFTED", "SUBMITTED", "REVIEWED", "APPROVED", "FILED_WITH_SUPERIOR", "ISSUED");
        JsonNode timeline = api.get("planner", "/api/cases/" + plan.get("code").asString()).json();
        assertThat(timeline.get("entries").valueStream().map(e -> e.get("activityId").asString()).toList())
                .contains("reviewPlan", "approvePlan", "fileWithSuperior", "issuePlan")
                .doesNotContain("withdrawnBeforeReview", "withdrawnBeforeApproval", "planWithdrawn");

        JsonNode task = api.get("planner", "/api/spot-check-tasks/" + caseCode).json();
        assertThat(task.get("labCode").asString()).isEqualTo("LAB1");
        assertThat(task.get("samplerUsernames").size()).isEqualTo(2);
        assertThat(api.get("planner", "/api/spot-check-tasks/" + plan.get("code").asString() + "-01-02").status())
                .as("one batch, one spot-check task").isEqualTo(404);
    }

    @Test
    void aDirectorReturnSendsThePlanToItsDrafterWhoEditsItAndTheRoundStartsAgainAtTheSectionReview() {
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER");
        String code = plan.get("code").asString();
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", "同意");
        flow.decide("plan-approver", code, "approvePlan", "RETURN", "预算请压缩到5000元");
        assertThat(plan(plan).get("status").asString()).isEqualTo("RETURNED");
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNull();

        Map<String, Object> edited = new HashMap<>(Api.planCommand(plan.get("title").asString(), "TISSUE_PAPER", "320100", "LAB1"));
        Map<String, Object> item = new HashMap<>(((List<Map<String, Object>>) edited.get("items")).get(0));
        item.put("budget", 5000);
        edited.put("items", List.of(item));
        Api.Response put = api.put("planner", "/api/plans/" + plan.get("id").asLong(), edited);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(Api.decimal(put.get("items").get(0).get("budget"))).isEqualByComparingTo("5000");

        String revise = api.taskId("planner", code, "revisePlan");
        assertThat(api.complete("planner", revise, Map.of("comment", "已压缩预算")).status()).isEqualTo(204);
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).as("back to the section review").isNotNull();
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", null);
        flow.decide("plan-approver", code, "approvePlan", "APPROVE", null);
        assertThat(actions(plan(plan))).containsSubsequence("RETURNED", "EDITED", "RESUBMITTED", "REVIEWED", "APPROVED", "ISSUED");
    }

    @Test
    void theDrafterWithdrawsBeforeReviewAndTheApprovalEndsAtItsWithdrawnEvent() {
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER");
        String code = plan.get("code").asString();
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNotNull();

        Api.Response withdrawn = api.post("planner", "/api/plans/" + plan.get("id").asLong() + "/withdraw", Map.of("comment", "补充项目"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNull();
        JsonNode timeline = api.get("planner", "/api/cases/" + code).json();
        assertThat(timeline.get("ended").asBoolean()).isTrue();
        assertThat(timeline.get("entries").valueStream().map(e -> e.get("activityId").asString()).toList())
                .contains("withdrawnBeforeReview", "planWithdrawn");

        // a draft again: it can be edited and submitted, which starts a new approval
        Api.Response again = api.post("planner", "/api/plans/" + plan.get("id").asLong() + "/submit", null);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNotNull();
        assertThat(actions(plan(plan))).containsExactly("DRAFTED", "SUBMITTED", "WITHDRAWN", "SUBMITTED");
    }

    @Test
    void noWithdrawalOnceTheReviewerHasTakenTheTaskOrDecided() {
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER");
        String code = plan.get("code").asString();
        long id = plan.get("id").asLong();
        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + review + "/claim", null).status()).isEqualTo(200);

        Api.Response claimed = api.post("planner", "/api/plans/" + id + "/withdraw", null);
        assertThat(claimed.status()).isEqualTo(409);
        assertThat(claimed.rule()).isEqualTo("REVIEW_STARTED");
        assertThat(plan(plan).get("status").asString()).as("the refusal rolled the withdrawal back").isEqualTo("SUBMITTED");
        assertThat(actions(plan(plan))).doesNotContain("WITHDRAWN");

        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", null);
        Api.Response reviewed = api.post("planner", "/api/plans/" + id + "/withdraw", null);
        assertThat(reviewed.status()).isEqualTo(409);
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNotNull();
        // and only the drafter may withdraw at all
        assertThat(api.post("plan-reviewer", "/api/plans/" + id + "/withdraw", null).status()).isEqualTo(403);
    }

    @Test
    void nobodyApprovesAPlanTheyDraftedAtTheDirectorLevelEither() {
        String user = "drafter-director-" + Instant.now().toEpochMilli();
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "编制兼批准", "AUTH-320100", "AUTHORITY", "320100", Instant.now());
            accounts.insertRole(user, "PLANNER");
            accounts.insertRole(user, "PLAN_APPROVER");
            accounts.markDemo(user); // a test account: no second factor, so HTTP Basic works (ADR 0007)
        });
        Api.Response drafted = api.post(user, "/api/plans", Api.planCommand("自批 " + UUID.randomUUID(), "PLASTIC_BAG", "320100", "LAB1"));
        JsonNode plan = api.post(user, "/api/plans/" + drafted.get("id").asLong() + "/submit", null).json();
        flow.decide("plan-reviewer", plan.get("code").asString(), "reviewPlan", "APPROVE", null);
        String approve = api.taskId(user, plan.get("code").asString(), "approvePlan");
        Api.Response self = api.complete(user, approve, Map.of("decision", "APPROVE"));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.rule()).isEqualTo("NO_SELF_APPROVAL");
        assertThat(plan(plan).get("status").asString()).isEqualTo("REVIEWED");
    }

    @Test
    void anAuthorityWithTwoDirectorLevelsNeedsTwoDifferentDirectors() {
        Map<String, Object> command = Api.planCommand("苏州两级审批 " + UUID.randomUUID(), "ELECTRIC_KETTLE", "320500", "LAB2");
        Api.Response drafted = api.post("planner-sz", "/api/plans", command);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode plan = api.post("planner-sz", "/api/plans/" + drafted.get("id").asLong() + "/submit", null).json();
        assertThat(plan.get("approvalLevels").asInt()).as("AUTH-320500 approves in two levels").isEqualTo(2);
        String code = plan.get("code").asString();

        decide("plan-reviewer-sz", code, "reviewPlan", "APPROVE");
        decide("plan-approver-sz", code, "approvePlan", "APPROVE");
        JsonNode afterFirst = api.get("planner-sz", "/api/plans/" + plan.get("id").asLong()).json();
        assertThat(afterFirst.get("status").asString()).isEqualTo("REVIEWED");
        assertThat(afterFirst.get("approvalsDone").asInt()).isEqualTo(1);

        String second = api.taskId("plan-approver-sz", code, "approvePlan");
        assertThat(second).as("the second level waits").isNotNull();
        Api.Response sameAgain = api.complete("plan-approver-sz", second, Map.of("decision", "APPROVE"));
        assertThat(sameAgain.status()).isEqualTo(403);
        assertThat(sameAgain.rule()).isEqualTo("SEPARATION_OF_DUTIES");

        decide("plan-director-sz", code, "approvePlan", "APPROVE");
        JsonNode done = api.get("planner-sz", "/api/plans/" + plan.get("id").asLong()).json();
        assertThat(done.get("status").asString()).isEqualTo("ISSUED");
        assertThat(done.get("approvedBy").asString()).isEqualTo("plan-director-sz");
        assertThat(actions(done)).containsSubsequence("REVIEWED", "LEVEL_APPROVED", "APPROVED", "FILED_WITH_SUPERIOR", "ISSUED");
    }

    @Test
    void aSpecialPlanTakesTheShorterPathWithoutSectionReview() {
        Map<String, Object> command = new HashMap<>(Api.planCommand("专项 " + UUID.randomUUID(), "PLASTIC_BAG", "320100", "LAB1"));
        command.put("kind", "SPECIAL");
        Api.Response drafted = api.post("planner", "/api/plans", command);
        assertThat(drafted.get("code").asString()).startsWith("ZX-");
        JsonNode plan = api.post("planner", "/api/plans/" + drafted.get("id").asLong() + "/submit", null).json();
        String code = plan.get("code").asString();
        assertThat(plan.get("sectionReview").asBoolean()).isFalse();
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNull();
        // withdrawal before the first decision works on this path too
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNotNull();
        decide("plan-approver", code, "approvePlan", "APPROVE");
        assertThat(plan(plan).get("status").asString()).isEqualTo("ISSUED");
    }

    private void decide(String user, String code, String taskKey, String decision) {
        flow.decide(user, code, taskKey, decision, "RETURN".equals(decision) ? "请修改" : null);
    }

    private JsonNode plan(JsonNode plan) {
        String owner = plan.get("authorityCode").asString().equals("AUTH-320500") ? "planner-sz" : "planner";
        return api.get(owner, "/api/plans/" + plan.get("id").asLong()).json();
    }

    private static List<String> actions(JsonNode plan) {
        return plan.get("events").valueStream().map(e -> e.get("action").asString()).toList();
    }
}
