package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise that refuses the re-inspection's sampling (issue 6 point 3): the round fails as a
 * non-conforming re-inspection would (escalation to the province) and the refusal goes to
 * enforcement with its evidence.
 */
class ReinspectionRefusalTest extends ResultHandlingE2e {

    @Test
    void aRefusedReinspectionSamplingEscalatesAndGoesToEnforcementWithItsEvidence() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        List<String> drawn = flow.spotCheck().samplers(c.caseCode());
        String task = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");

        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("outcome", "NO_PRODUCT");
        visit.put("reason", "REFUSED_BY_ENTERPRISE");
        visit.put("note", "称已停产");
        visit.put("evidenceIds", List.of(api.upload(drawn.get(0), c.caseCode(), "EVIDENCE", "现场.png", "image/png", Api.PNG)
                .get("id").asLong()));
        visit.put("samplers", drawn);
        Api.Response noProduct = api.complete(drawn.get(0), task, visit);
        assertThat(noProduct.status()).as(noProduct.body()).isEqualTo(422);
        assertThat(noProduct.rule()).isEqualTo("REINSPECTION_REFUSAL_ONLY");

        visit.put("outcome", "REFUSED");
        visit.put("refusedByName", "钱经理");
        visit.put("refusedByPosition", "厂长");
        visit.put("consequencesExplained", true);
        visit.put("note", "企业拒绝提供复查样品");
        Api.Response refused = api.complete(drawn.get(0), task, visit);
        assertThat(refused.status()).as(refused.body()).isEqualTo(204);

        // the round failed: the case goes to the province like a failed first re-inspection
        JsonNode after = flow.caseById("officer", c.caseId());
        assertThat(after.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(after.get("events").toString()).contains("REINSPECTION_REFUSED").contains("钱经理");
        assertThat(api.taskId("province-officer", c.caseCode(), "announceFailure")).isNotNull();
        assertThat(api.taskId("lab1-tester", c.caseCode(), "receiveSample")).as("nothing was sent to a lab").isNull();

        // and the refusal goes to enforcement with its evidence
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleRefusalReferral");
        assertThat(referralTask).isNotNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("REFUSED_SAMPLING");
        assertThat(referral.get("facts").asString()).contains("拒绝复查抽样").contains("钱经理");
        assertThat(referral.get("evidenceIds").size()).isEqualTo(1);
        assertThat(new Browserless(port, "enforcer").get("/tasks/" + referralTask).body()).contains("钱经理");
        assertThat(api.complete("enforcer", referralTask, Map.of("decision", "CASE_OPENED", "comment", "立案调查")).status())
                .isEqualTo(204);

        // the province's announcement of a refused round publishes no sample as if it had failed again: no batch, no
        // specification and no failed items of the first sample, and says that the refusal counts as a failure
        // (Order 18 art. 49)
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        assertThat(api.complete("province-officer", announce, Map.of("text", "拒绝复查抽样，予以公告（" + c.caseCode() + "）")).status())
                .isEqualTo(204);
        JsonNode announcement = api.get("province-officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "ANNOUNCEMENT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(announcement.get("conclusionText").asString()).isEqualTo("企业拒绝第1次复查抽样，按复查不合格处理");
        assertThat(announcement.get("batchNumber").isNull()).as("no batch of the first sample").isTrue();
        assertThat(announcement.get("specification").isNull()).as("no specification of the first sample").isTrue();
        assertThat(announcement.get("failedItemsText").isNull()).as("no failed items of the first test").isTrue();
    }
}
