package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Re-tests (复检, R7–R9): a randomly drawn other lab, the backup portion, only the disputed items, the fee rule. */
class RetestTest extends ResultHandlingE2e {

    @Autowired
    Draws draws;

    @Test
    void theRetestLabIsDrawnAmongQualifiedLabsAndIsNeverTheOriginalLab() {
        for (int i = 0; i < 12; i++) {
            DrawView draw = draws.drawRetestLab(Actor.SYSTEM, "TISSUE_PAPER", i % 2 == 0 ? "LAB1" : "LAB2", "test " + i);
            String excluded = i % 2 == 0 ? "LAB1" : "LAB2";
            assertThat(draw.kind()).isEqualTo("RETEST_LAB");
            assertThat(draw.pool()).doesNotContain(excluded).isNotEmpty();
            assertThat(draw.result()).hasSize(1).doesNotContain(excluded);
            assertThat(draws.verifyDraw(Actor.SYSTEM, draw.id()).genuine()).isTrue();
        }
        // children's clothing: LAB1 is the only qualified lab, so no re-test lab can be drawn without it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> draws.drawRetestLab(Actor.SYSTEM, "CHILD_APPAREL", "LAB1", "x"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no other lab");
    }

    @Test
    void anAgreeingRetestOfTheDisputedItemAtAnotherLabIsFinalAndTheApplicantBearsTheFee() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");

        JsonNode retesting = flow.caseById("officer", c.caseId());
        assertThat(retesting.get("status").asString()).isEqualTo("RETESTING");
        JsonNode objection = retesting.get("objection");
        assertThat(objection.get("retestLabCode").asString()).isEqualTo("LAB2"); // LAB1 tested first
        JsonNode verification = api.get("officer", "/api/draws/" + objection.get("retestDrawId").asLong() + "/verify").json();
        assertThat(verification.get("genuine").asBoolean()).isTrue();
        assertThat(api.get("officer", "/api/draws/" + objection.get("retestDrawId").asLong()).json().get("pool")
                .valueStream().map(JsonNode::asString).toList()).doesNotContain("LAB1");
        // the first lab has nothing to do; the drawn lab receives the backup portion with only the disputed item
        assertThat(api.taskId("lab1-tester", c.caseCode(), "receiveSample")).isNull();
        JsonNode labSample = api.get("lab2-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(c.caseCode())).findFirst().orElseThrow();
        assertThat(labSample.get("items").valueStream().map(i -> i.get("code").asString()).toList()).containsExactly("TP-07");

        String backupSeal = flow.backupSeal(c);
        flow.labTested(c, "lab2", "YP-" + c.caseCode(), backupSeal, Map.of("TP-07", "91.5"));

        JsonNode done = flow.caseById(c.enterprise(), c.caseId());
        assertThat(done.get("objection").get("status").asString()).isEqualTo("RETESTED");
        assertThat(done.get("objection").get("retestConclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(done.get("objection").get("feePrepaidBy").asString()).isEqualTo("APPLICANT");
        assertThat(done.get("objection").get("feeBorneBy").asString()).isEqualTo("APPLICANT");
        assertThat(done.get("finalConclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(done.get("finalBasis").asString()).isEqualTo("RETEST");
        assertThat(done.get("stopSale").asBoolean()).isTrue();
        assertThat(done.get("items").valueStream().map(i -> i.get("code").asString() + ":" + i.get("finalVerdict").asString()).toList())
                .containsExactly("TP-07:FAIL", "TP-09:FAIL");
        // the backup portion's custody: handed over to the re-test lab and received there
        List<String> custody = flow.sampleOf(c.caseCode()).get("custody").valueStream()
                .map(e -> e.get("eventType").asString() + "/" + e.get("portion").asString()).toList();
        assertThat(custody).contains("HANDED_OVER/BACKUP", "RETEST_RECEIVED/BACKUP");
        assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isNotNull();
    }

    @Test
    void aDisagreeingRetestClearsTheProductAndTheAuthorityBearsTheFee() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07", "TP-09")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理");
        // a wrong seal at receipt is refused: the re-test lab must find the backup portion's seal
        String receive = api.taskId("lab2-tester", c.caseCode(), "receiveSample");
        Api.Response wrongSeal = api.complete("lab2-tester", receive,
                Map.of("sampleCode", "YP-" + c.caseCode(), "testSealNumber", "NOT-THE-SEAL", "sealIntact", true));
        assertThat(wrongSeal.status()).isBetween(400, 422);
        flow.labTested(c, "lab2", "YP-" + c.caseCode(), flow.backupSeal(c), Map.of("TP-07", "88.0", "TP-09", "0.8"));

        JsonNode done = flow.caseById("officer", c.caseId());
        assertThat(done.get("objection").get("feeBorneBy").asString()).isEqualTo("AUTHORITY");
        assertThat(done.get("finalConclusion").asString()).isEqualTo("NO_NONCONFORMITY_FOUND");
        assertThat(done.get("status").asString()).isEqualTo("CLOSED");
        assertThat(done.get("closeReason").asString()).isEqualTo("RETEST_CLEARED");
        assertThat(done.get("stopSale").asBoolean()).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).count()).isZero();
    }
}
