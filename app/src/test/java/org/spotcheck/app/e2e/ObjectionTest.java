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

        flow.clockAt(servedOn.plusDays(16));
        Api.Response late = flow.object(c, List.of("TP-07"));
        assertThat(late.status()).as(late.body()).isEqualTo(422);
        assertThat(late.rule()).isEqualTo("OBJECTION_WINDOW_CLOSED");
        assertThat(late.json().get("detail").asString()).contains("异议期已于 " + servedOn.plusDays(15) + " 届满")
                .contains("objection window closed on " + servedOn.plusDays(15));
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
