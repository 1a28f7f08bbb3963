package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 point 2 (Order 18 art. 14, no advance notice), the gap left last session: a sampler of the
 * organising authority who was NOT drawn for a case learns neither the case nor its enterprise before it is
 * sampled, at any door (the spot-check task, the case timeline and its diagram, the page, the draw, the
 * inbox task, a photo uploaded while sampling is open, an upload); each refusal is a 404 audited as DENIED.
 * The drawn samplers see their own case, and the authority's planner, reviewer and approver see the draw at
 * once. Once the case is sampled, the authority's people see it as before.
 */
class DrawSecrecyForSamplersTest extends SpotCheckE2e {

    /** An account the helper Api can log in with (it uses the demo password). */
    private String user(String prefix, Role... roles) {
        String name = fixtures.account(prefix, "AUTH-320100", "AUTHORITY", "320100", roles);
        accounts.updatePassword(name, passwords.encode(Api.PASSWORD), false, Instant.now());
        return name;
    }

    @Test
    void aSamplerWhoWasNotDrawnSeesNothingOfTheCaseBeforeSamplingAndTheDrawnAndThePlanOfficialsDo() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER", "320104"));
        List<String> drawn = flow.samplers(caseCode);
        JsonNode task = api.get("planner", "/api/spot-check-tasks/" + caseCode).json();
        String enterprise = task.get("enterpriseName").asString();
        long drawId = task.get("enterpriseDrawId").asLong();
        String colleague = user("smp", Role.SAMPLER);
        assertThat(drawn).doesNotContain(colleague);
        // a photo taken on site while 现场抽样 is open, and the open sampling task
        long photo = api.upload(drawn.get(0), caseCode, "PHOTO", "现场.png", "image/png", Api.PNG).get("id").asLong();
        String samplingTask = api.taskId(drawn.get(0), caseCode, "recordSampling");
        assertThat(samplingTask).isNotNull();

        // the colleague: every door answers as if the case did not exist
        List<String> doors = List.of("/api/spot-check-tasks/" + caseCode, "/api/cases/" + caseCode,
                "/api/cases/" + caseCode + "/diagram", "/api/attachments/" + photo, "/api/tasks/" + samplingTask);
        for (String door : doors) {
            Api.Response refused = api.get(colleague, door);
            assertThat(refused.status()).as(door + ": " + refused.body()).isEqualTo(404);
            assertThat(refused.body()).as(door).doesNotContain(enterprise);
        }
        Api.Response upload = api.upload(colleague, caseCode, "PHOTO", "p.png", "image/png", Api.PNG);
        assertThat(upload.status()).as(upload.body()).isEqualTo(404);
        assertThat(new Browserless(port, colleague).get("/cases/" + caseCode).body()).doesNotContain(enterprise);
        assertThat(api.get(colleague, "/api/draws/" + drawId).json().get("result").size()).isZero();
        assertThat(api.get(colleague, "/api/tasks").body()).doesNotContain(caseCode);
        // each refusal of an existing record is audited as DENIED
        for (String door : List.of("/api/spot-check-tasks/" + caseCode, "/api/cases/" + caseCode, "/api/attachments/" + photo)) {
            assertThat(SecurityFixtures.awaitAudit(port, "actor=" + colleague + "&outcome=DENIED&limit=500",
                    e -> e.get("target").asString().equals(door))).as(door).hasSize(1);
        }

        // the drawn samplers see their own case, the photo and the enterprise
        for (String sampler : drawn) {
            assertThat(api.get(sampler, "/api/spot-check-tasks/" + caseCode).get("enterpriseName").asString()).isEqualTo(enterprise);
            assertThat(api.get(sampler, "/api/cases/" + caseCode).status()).isEqualTo(200);
            assertThat(api.bytes(sampler, "/api/attachments/" + photo).statusCode()).isEqualTo(200);
        }
        // the plan's officials of the authority see the draw at once
        String reviewer = user("rev", Role.PLAN_REVIEWER);
        // (a new approver would first enrol a second factor: the demo approver stands for him)
        for (String official : List.of("planner", reviewer, "plan-approver")) {
            assertThat(api.get(official, "/api/spot-check-tasks/" + caseCode).status()).as(official).isEqualTo(200);
            assertThat(api.get(official, "/api/draws/" + drawId).json().get("result").size()).as(official).isOne();
        }

        flow.sampledUnconfirmed(caseCode);

        // once sampled, the enterprise knows: the authority's other samplers see the case again
        assertThat(api.get(colleague, "/api/spot-check-tasks/" + caseCode).get("enterpriseName").asString()).isEqualTo(enterprise);
        assertThat(api.get(colleague, "/api/cases/" + caseCode).status()).isEqualTo(200);
        assertThat(api.bytes(colleague, "/api/attachments/" + photo).statusCode()).isEqualTo(200);
    }
}
