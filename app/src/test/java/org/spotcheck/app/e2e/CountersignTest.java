package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 会签 of an annual plan (issue 8 point 2): the section reviewer asks colleagues of related sections;
 * by default all must agree, so one disagreement returns the plan to its drafter at once.
 */
class CountersignTest extends SpotCheckE2e {

    static Api.Response review(Api api, String code, List<String> countersigners) {
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(task).isNotNull();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", "APPROVE");
        form.put("comment", "同意，请相关处室会签");
        form.put("countersigners", countersigners);
        return api.complete("plan-reviewer", task, form);
    }

    static Api.Response countersign(Api api, String user, String code, String decision, String comment) {
        String task = api.taskId(user, code, "countersignPlan");
        assertThat(task).as("countersignPlan for " + user).isNotNull();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", decision);
        if (comment != null) {
            form.put("comment", comment);
        }
        return api.complete(user, task, form);
    }

    static JsonNode plan(Api api, JsonNode plan) {
        return api.get("planner", "/api/plans/" + plan.get("id").asLong()).json();
    }

    static List<String> events(Api api, JsonNode plan) {
        return plan(api, plan).get("events").valueStream().map(e -> e.get("action").asString()).toList();
    }

    @Test
    void oneDisagreementReturnsThePlanToItsDrafterAndEndsTheOtherCountersigns() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        Api.Response reviewed = review(api, code, List.of("officer", "enforcer"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        assertThat(api.taskId("officer", code, "countersignPlan")).isNotNull();
        assertThat(api.taskId("enforcer", code, "countersignPlan")).isNotNull();
        assertThat(api.taskId("plan-approver", code, "approvePlan")).as("not before the countersign").isNull();

        // disagreeing needs a reason, and the refusal changes nothing
        Api.Response noReason = countersign(api, "enforcer", code, "RETURN", null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("comment");

        assertThat(countersign(api, "enforcer", code, "RETURN", "抽样批次与执法计划冲突").status()).isEqualTo(204);
        // all must agree: the outcome is certain, so the officer's countersign ends and the plan goes back
        assertThat(api.taskId("officer", code, "countersignPlan")).isNull();
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNull();
        assertThat(api.taskId("planner", code, "revisePlan")).isNotNull();
        assertThat(plan(api, plan).get("status").asString()).isEqualTo("RETURNED");
        assertThat(events(api, plan)).contains("COUNTERSIGN_DISAGREED", "COUNTERSIGN_FAILED").doesNotContain("COUNTERSIGN_AGREED");
    }

    @Test
    void whenAllAgreeTheDirectorDecidesNext() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        assertThat(review(api, code, List.of("officer", "enforcer")).status()).isEqualTo(204);
        assertThat(countersign(api, "officer", code, "APPROVE", null).status()).isEqualTo(204);
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNull();
        assertThat(countersign(api, "enforcer", code, "APPROVE", "无意见").status()).isEqualTo(204);
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNotNull();
        assertThat(events(api, plan)).contains("COUNTERSIGNED");
        flow.decide("plan-approver", code, "approvePlan", "APPROVE", "同意下达");
        assertThat(plan(api, plan).get("status").asString()).isNotIn("REVIEWED", "RETURNED");
    }

    @Test
    void onlyBusinessColleaguesOfTheAuthorityMayCountersignAndOnlyAfterAnApprovingReview() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        for (String wrong : List.of("lab1-tester", "sysadmin", "planner", "plan-reviewer", "plan-approver-sz", "nobody")) {
            Api.Response refused = review(api, code, List.of("officer", wrong));
            assertThat(refused.status()).as(wrong + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.rule()).isEqualTo("COUNTERSIGNER_NOT_ELIGIBLE");
        }
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        Api.Response onReturn = api.complete("plan-reviewer", task,
                Map.of("decision", "RETURN", "comment", "退回", "countersigners", List.of("officer")));
        assertThat(onReturn.status()).isEqualTo(422);
        assertThat(onReturn.rule()).isEqualTo("COUNTERSIGN_ONLY_WHEN_APPROVING");
        assertThat(plan(api, plan).get("status").asString()).isEqualTo("SUBMITTED");

        // the page offers the colleagues who may countersign, and not the drafter or the reviewer
        Browserless reviewer = new Browserless(port, "plan-reviewer");
        Browserless.Page page = reviewer.get("/tasks/" + task);
        String body = page.body();
        int start = body.indexOf("id=\"countersigners\"");
        assertThat(start).isPositive();
        String picker = body.substring(start, body.indexOf("</select>", start));
        assertThat(picker).contains("value=\"officer\"").contains("value=\"enforcer\"")
                .doesNotContain("value=\"planner\"").doesNotContain("value=\"plan-reviewer\"").doesNotContain("value=\"sysadmin\"");
        Browserless.Page sent = reviewer.post("/tasks/" + task + "/complete", Map.of("decision", List.of("APPROVE"),
                "comment", List.of("请会签"), "countersigners", List.of("officer", "enforcer")), page.csrf());
        assertThat(sent.status()).isEqualTo(302);
        Browserless.Page countersignPage = new Browserless(port, "officer").get("/tasks/" + api.taskId("officer", code, "countersignPlan"));
        assertThat(countersignPage.body()).contains("id=\"countersign-progress\"").contains("不同意");
    }
}
