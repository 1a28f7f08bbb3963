package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case diagram's data (ADR 0012): the deployed BPMN XML of each process that ran under the
 * business key, with the finished elements, the current ones and the taken sequence flows from the
 * engine's history, one entry per process instance (the spot check, the result handling it calls,
 * the re-test it calls); the same on the page's session; 404 and a DENIED audit row outside the
 * caller's data scope.
 */
class CaseDiagramTest extends ResultHandlingE2e {

    @Test
    void aReturnedAndResubmittedPlanMarksTheRevisionFinishedTheReviewCurrentAndBothLoopFlowsTaken() {
        SpotCheckFlow spotCheck = new SpotCheckFlow(api);
        String code = spotCheck.submittedPlan("TISSUE_PAPER").get("code").asString();
        spotCheck.decide("plan-reviewer", code, "reviewPlan", "RETURN", "请补充抽查理由");
        assertThat(api.complete("planner", api.taskId("planner", code, "revisePlan"), Map.of("comment", "已补充")).status())
                .isEqualTo(204);

        Api.Response got = api.get("planner", "/api/cases/" + code + "/diagram");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        assertThat(WebClient.basic(port, "planner", Api.PASSWORD).get("/api/cases/" + code + "/diagram").header("Content-Type"))
                .startsWith("application/json");
        JsonNode diagram = got.json();
        assertThat(diagram.get("businessKey").asString()).isEqualTo(code);
        List<JsonNode> processes = diagram.get("processes").valueStream().toList();
        assertThat(processes).hasSize(1);
        JsonNode plan = processes.get(0);
        assertThat(plan.get("processKey").asString()).isEqualTo("planApproval");
        assertThat(plan.get("shown").asBoolean()).isTrue();
        assertThat(plan.get("calledBy").isNull()).isTrue();
        // the XML as deployed, with the DI that bpmn-js lays the diagram out from
        String xml = diagram.get("definitions").get(plan.get("processDefinitionId").asString()).asString();
        assertThat(xml).contains("<process id=\"planApproval\"").contains("bpmnElement=\"reviewPlan\"")
                .contains("bpmnElement=\"reviewReturned\"");
        // reviewed once (returned), revised, now under review again: current, not finished
        assertThat(ids(plan, "current")).containsExactly("reviewPlan");
        assertThat(ids(plan, "finished")).contains("revisePlan").doesNotContain("reviewPlan", "approvePlan");
        assertThat(ids(plan, "flows")).contains("reviewReturned", "resubmitted");

        // the page's session reads the same data
        Browserless.Page page = new Browserless(port, "planner").get("/cases/" + code + "/diagram");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"processKey\":\"planApproval\"").contains("\"current\":[\"reviewPlan\"]");
    }

    @Test
    void aRetestShowsTheSpotCheckTheResultHandlingItCallsAndTheLabTestThatCallsEachWithItsMarks() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");

        Api.Response got = api.get("officer", "/api/cases/" + c.caseCode() + "/diagram");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        JsonNode diagram = got.json();
        List<JsonNode> processes = diagram.get("processes").valueStream().toList();
        assertThat(processes).extracting(p -> p.get("processKey").asString())
                .containsExactly("spotCheck", "resultHandling", "labTest");
        JsonNode spotCheck = processes.get(0);
        JsonNode resultHandling = processes.get(1);
        JsonNode labTest = processes.get(2);
        // each definition's XML once, keyed by its id
        assertThat(diagram.get("definitions").propertyNames()).hasSize(3);
        for (JsonNode p : processes) {
            assertThat(diagram.get("definitions").get(p.get("processDefinitionId").asString()).asString())
                    .contains("<process id=\"" + p.get("processKey").asString() + "\"");
            assertThat(p.get("endedAt").isNull()).as(p.get("processKey").asString() + " running").isTrue();
        }
        // the call chain: the spot check waits in its call activity, the result handling in the re-test's
        assertThat(resultHandling.get("calledBy").asString()).isEqualTo(spotCheck.get("processInstanceId").asString());
        assertThat(labTest.get("calledBy").asString()).isEqualTo(resultHandling.get("processInstanceId").asString());
        assertThat(ids(spotCheck, "current")).containsExactly("handleResult");
        assertThat(ids(spotCheck, "finished")).contains("recordSampling", "receiveSample", "approveReport", "serveNotice")
                .doesNotContain("handleResult");
        assertThat(ids(resultHandling, "current")).containsExactly("retestLabTest");
        assertThat(ids(resultHandling, "finished")).contains("resultHandlingStarted", "fileObjection", "decideObjection", "drawRetestLab");
        assertThat(ids(resultHandling, "flows")).contains("objectionAcceptedFlow", "toRetest").doesNotContain("objectionRejectedFlow");
        assertThat(ids(labTest, "current")).containsExactly("receiveSample");
        assertThat(ids(labTest, "finished")).doesNotContain("receiveSample", "enterResults");
        // the page opens on the innermost running process
        assertThat(processes).extracting(p -> p.get("shown").asBoolean()).containsExactly(false, false, true);

        // the re-test done: the lab test has ended with its chain finished, the result handling has moved on
        flow.labTested(c, "lab2", "YP-" + c.caseCode(), flow.backupSeal(c), Map.of("TP-07", "91.5"));
        List<JsonNode> after = api.get("officer", "/api/cases/" + c.caseCode() + "/diagram").get("processes").valueStream().toList();
        JsonNode doneLab = after.stream().filter(p -> "labTest".equals(p.get("processKey").asString())).findFirst().orElseThrow();
        assertThat(doneLab.get("endedAt").isNull()).isFalse();
        assertThat(ids(doneLab, "current")).isEmpty();
        assertThat(ids(doneLab, "finished")).contains("receiveSample", "enterResults", "reviewReport", "approveReport");
        JsonNode handling = after.stream().filter(p -> "resultHandling".equals(p.get("processKey").asString())).findFirst().orElseThrow();
        assertThat(ids(handling, "finished")).contains("retestLabTest", "recordRetestResult");
    }

    @Test
    void anotherEnterpriseGets404OnTheApiAndThePageAndARefusalIsAudited() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(api.get(c.enterprise(), "/api/cases/" + c.caseCode() + "/diagram").status()).isEqualTo(200);

        WebClient.Reply refused = WebClient.basic(port, c.otherEnterprise(), Api.PASSWORD)
                .get("/api/cases/" + c.caseCode() + "/diagram");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("<process");
        assertThat(new Browserless(port, c.otherEnterprise()).get("/cases/" + c.caseCode() + "/diagram").status()).isEqualTo(404);
        assertThat(SecurityFixtures.awaitAudit(port, "actor=" + c.otherEnterprise() + "&outcome=DENIED&limit=50",
                e -> e.get("target").asString().equals("/api/cases/" + c.caseCode() + "/diagram"))).isNotEmpty();
        // a case that does not exist is 404 too
        assertThat(api.get("officer", "/api/cases/NO-SUCH-CASE/diagram").status()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode process, String list) {
        return process.get(list).valueStream().map(JsonNode::asString).toList();
    }
}
