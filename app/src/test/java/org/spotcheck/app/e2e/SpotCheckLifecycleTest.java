package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The walking skeleton's thin path, end to end over real HTTP with the demo users. */
class SpotCheckLifecycleTest extends SpotCheckE2e {

    /** The application's clock: "today" is {@link AppToday#of} of it, never the JVM's UTC date. */
    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("workflowClock")
    java.time.Clock workflowClock;

    @Test
    void conformingBatchTravelsFromPlanToAClosedCase() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String planCode = plan.get("code").asString();
        // the review step waits in the reviewer's inbox only
        assertThat(api.taskId("plan-reviewer", planCode, "reviewPlan")).isNotNull();
        assertThat(api.taskId("plan-approver", planCode, "reviewPlan")).isNull();
        assertThat(api.taskId("planner", planCode, "reviewPlan")).isNull();

        String caseCode = flow.approvedCase(plan);
        JsonNode issued = api.get("planner", "/api/plans/" + plan.get("id").asLong()).json();
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("approvedBy").asString()).isEqualTo("plan-approver");

        // 双随机: the draw is stored; the planner re-verifies it at once, the public only after sampling
        // (issue 12 point 2, DrawRulesTest shows the public side before and after)
        JsonNode published = publicPlan(planCode);
        long drawId = published.get("items").get(0).get("enterpriseDrawId").asLong();
        Api.Response verify = api.get("planner", "/api/draws/" + drawId + "/verify");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.get("genuine").asBoolean()).isTrue();
        assertThat(api.get("planner", "/api/draws/" + drawId).get("pool").size()).isGreaterThanOrEqualTo(2);
        assertThat(api.get(null, "/api/draws/" + drawId + "/verify").status()).as("sealed before sampling").isEqualTo(409);
        JsonNode drawnBy = api.get(null, "/api/draws/" + drawId).get("drawnBy");
        assertThat(drawnBy == null || drawnBy.isNull()).as("who drew is not public").isTrue();
        // the inspector draw (the next one) is not public: no inspectors' data without login
        assertThat(api.get(null, "/api/draws/" + (drawId + 1)).status()).isEqualTo(404);
        JsonNode inspectorDraw = api.get("planner", "/api/draws/" + (drawId + 1)).json();
        assertThat(inspectorDraw.get("kind").asString()).isEqualTo("INSPECTOR");
        assertThat(inspectorDraw.get("result").size()).isEqualTo(2);

        // only the drawn samplers get the sampling task
        List<String> drawn = flow.samplers(caseCode);
        assertThat(api.taskId(drawn.get(1), caseCode, "recordSampling")).isNotNull();
        for (String other : List.of("sampler-a", "sampler-b", "sampler-c", "sampler-d")) {
            if (!drawn.contains(other)) {
                assertThat(api.taskId(other, caseCode, "recordSampling")).as(other + " was not drawn").isNull();
            }
        }
        assertThat(api.taskId("lab1-tester", caseCode, "recordSampling")).isNull();
        String seal = flow.sampled(caseCode);

        // the assigned lab receives; the other lab never sees the task
        assertThat(api.taskId("lab2-tester", caseCode, "receiveSample")).isNull();
        flow.received(caseCode, seal);
        flow.resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", "数据核对无误");
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);

        JsonNode timeline = api.get("planner", "/api/cases/" + caseCode).json();
        assertThat(timeline.get("ended").asBoolean()).isTrue();
        assertThat(actorsOf(timeline)).contains(drawn.get(0), "lab1-tester", "lab1-reviewer", "lab1-approver");
        List<JsonNode> diagram = api.get("planner", "/api/cases/" + caseCode + "/diagram").json().get("processes").valueStream().toList();
        assertThat(diagram.get(0).get("finished").valueStream().map(JsonNode::asString).toList()).contains("recordSampling", "approveReport");
        assertThat(diagram).allSatisfy(p -> assertThat(p.get("current").isEmpty()).isTrue());

        JsonNode disposalCase = caseOf("officer", caseCode);
        assertThat(disposalCase.get("status").asString()).isEqualTo("CLOSED");
        assertThat(disposalCase.get("conclusion").asString()).isEqualTo("NO_NONCONFORMITY_FOUND");
        assertThat(api.get("planner", "/api/plans/" + plan.get("id").asLong()).get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void nonConformingBatchOpensTheNoticeTaskForTheOfficer() {
        Map<String, String> results = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        results.put("PB-02", "0.0244"); // film thickness min 0.025 mm, rounds to 0.024 (GB/T 8170): fails
        String caseCode = flow.issuedReport("PLASTIC_BAG", results);

        JsonNode disposalCase = caseOf("officer", caseCode);
        assertThat(disposalCase.get("status").asString()).isEqualTo("AWAITING_NOTICE");
        assertThat(disposalCase.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(disposalCase.get("grade").asString()).isEqualTo("GENERAL");

        JsonNode running = api.get("officer", "/api/cases/" + caseCode).json();
        assertThat(running.get("currentSteps").valueStream().map(JsonNode::asString).toList()).containsExactly("serveNotice");
        JsonNode shown = api.get("officer", "/api/cases/" + caseCode + "/diagram").json().get("processes").valueStream()
                .filter(p -> p.get("shown").asBoolean()).findFirst().orElseThrow();
        assertThat(shown.get("current").valueStream().map(JsonNode::asString).toList()).containsExactly("serveNotice");

        String notice = api.taskId("officer", caseCode, "serveNotice");
        assertThat(notice).isNotNull();
        assertThat(api.taskId("enforcer", caseCode, "serveNotice")).isNull();
        Api.Response served = api.complete("officer", notice, Map.of("servedOn", AppToday.of(workflowClock).toString(), "method", "ONLINE"));
        assertThat(served.status()).as(served.body()).isEqualTo(204);
        JsonNode notified = caseOf("officer", caseCode);
        assertThat(notified.get("status").asString()).isEqualTo("NOTIFIED");
        // R5: the objection window counts 15 days from service
        assertThat(notified.get("objectionDeadline").asString()).isEqualTo(AppToday.of(workflowClock).plusDays(15).toString());
    }

    @Test
    void aReturnedPlanGoesBackToItsDrafterAndComesBackToReview() {
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER");
        String code = plan.get("code").asString();
        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        Api.Response noComment = api.complete("plan-reviewer", review, Map.of("decision", "RETURN"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.errorFields()).containsExactly("comment");

        flow.decide("plan-reviewer", code, "reviewPlan", "RETURN", "预算偏高，请调整");
        assertThat(api.get("planner", "/api/plans/" + plan.get("id").asLong()).get("status").asString()).isEqualTo("RETURNED");
        // a returned plan goes back through its revise task, not through a second submission
        assertThat(api.post("planner", "/api/plans/" + plan.get("id").asLong() + "/submit", null).status()).isEqualTo(409);
        String revise = api.taskId("planner", code, "revisePlan");
        assertThat(revise).isNotNull();
        assertThat(api.complete("planner", revise, Map.of("comment", "已调整")).status()).isEqualTo(204);
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNotNull();

        JsonNode events = api.get("planner", "/api/plans/" + plan.get("id").asLong()).get("events");
        assertThat(events.valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "RESUBMITTED");
        assertThat(events.get(2).get("comment").asString()).isEqualTo("预算偏高，请调整");
    }

    @Test
    void aReturnedReportGoesBackToTheTesterWithTheResultsKept() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String caseCode = flow.approvedCase(plan);
        flow.received(caseCode, flow.sampled(caseCode));
        flow.resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "RETURN", "PB-07 请复核");
        String again = api.taskId("lab1-tester", caseCode, "enterResults");
        assertThat(again).isNotNull();
        JsonNode items = api.get("lab1-tester", "/api/tasks/" + again).get("context").get("labSample").get("items");
        assertThat(items.get(6).get("measured").asString()).isEqualTo("7.0");
    }

    private JsonNode publicPlan(String planCode) {
        for (JsonNode plan : api.get(null, "/api/public/plans").json()) {
            if (planCode.equals(plan.get("code").asString())) {
                return plan;
            }
        }
        throw new AssertionError("plan " + planCode + " is not published");
    }

    private JsonNode caseOf(String user, String caseCode) {
        for (JsonNode c : api.get(user, "/api/disposal/cases").json()) {
            if (caseCode.equals(c.get("taskCode").asString())) {
                return c;
            }
        }
        throw new AssertionError("no disposal case " + caseCode + " for " + user);
    }

    private static List<String> actorsOf(JsonNode timeline) {
        return timeline.get("entries").valueStream().map(e -> e.get("actor")).filter(a -> a != null && !a.isNull())
                .map(JsonNode::asString).toList();
    }
}
