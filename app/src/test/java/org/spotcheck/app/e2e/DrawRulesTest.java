package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 双随机 draws as stored and re-verified: stratified shares, a tampered record failing
 * verification, inspector teams that avoid declared conflicts and the last team, re-draws with a
 * logged reason, and nothing personal about inspectors in public.
 */
class DrawRulesTest extends SpotCheckE2e {

    @Test
    void aStratifiedDrawTakesEachSizeByItsShareWithinRounding() {
        Set<String> large = new HashSet<>(plans.importEnterprises("planner", "320116", "CHILD_APPAREL", "LARGE", "LARGE", "LARGE", "LARGE"));
        Set<String> medium = new HashSet<>(plans.importEnterprises("planner", "320116", "CHILD_APPAREL", "MEDIUM", "MEDIUM", "MEDIUM"));
        Set<String> small = new HashSet<>(plans.importEnterprises("planner", "320116", "CHILD_APPAREL", "SMALL", "SMALL", "SMALL"));
        Map<String, Object> item = PlanTestSupport.item("CHILD_APPAREL", "320116", "LAB1", 7);
        item.put("shareLarge", 50);
        item.put("shareMedium", 30);
        item.put("shareSmall", 20);
        item.put("emergency", true);
        JsonNode plan = plans.issued("planner", PlanTestSupport.plan(List.of(item)));

        JsonNode published = plans.publicPlan(plan.get("code").asString());
        List<Long> drawIds = published.get("items").get(0).get("enterpriseDrawIds").valueStream().map(JsonNode::asLong).toList();
        assertThat(drawIds).hasSize(3);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> shares = Map.of("LARGE", 50, "MEDIUM", 30, "SMALL", 20);
        List<String> allLarge = sizeOf("LARGE");
        List<String> allMedium = sizeOf("MEDIUM");
        for (long id : drawIds) {
            JsonNode draw = api.get("planner", "/api/draws/" + id).json(); // not sampled yet: the planner sees it
            String stratum = draw.get("stratum").asString();
            List<String> result = draw.get("result").valueStream().map(JsonNode::asString).toList();
            counts.put(stratum, result.size());
            // 7 × 50/30/20 % = 3.5 / 2.1 / 1.4: every count within one of its exact quota
            assertThat(Math.abs(result.size() - 7 * shares.get(stratum) / 100.0)).as(stratum).isLessThan(1.0);
            List<String> ofSize = stratum.equals("LARGE") ? allLarge : stratum.equals("MEDIUM") ? allMedium : sizeOf("SMALL");
            assertThat(ofSize).as("drawn from the %s stratum only", stratum).containsAll(result);
            assertThat(draw.get("filters").asString()).contains("size=" + stratum);
            assertThat(api.get("planner", "/api/draws/" + id + "/verify").get("genuine").asBoolean()).isTrue();
        }
        assertThat(counts).containsEntry("LARGE", 4).containsEntry("MEDIUM", 2).containsEntry("SMALL", 1);
        assertThat(plans.tasks("planner", plan, 1)).hasSize(7);
        assertThat(large).isNotEmpty();
        assertThat(medium).isNotEmpty();
        assertThat(small).isNotEmpty();
    }

    @Test
    void aTamperedPoolOrResultFailsVerificationAndTheSameSeedAndPoolGiveTheSameResult() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        long drawId = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("enterpriseDrawId").asLong();
        JsonNode first = api.get("planner", "/api/draws/" + drawId + "/verify").json();
        assertThat(first.get("genuine").asBoolean()).isTrue();
        assertThat(api.get("planner", "/api/draws/" + drawId + "/verify").get("recomputedResult")).isEqualTo(first.get("recomputedResult"));

        Map<String, Object> stored = jdbc.queryForMap("SELECT pool, result FROM pln_draw WHERE id = ?", drawId);
        String pool = (String) stored.get("pool");
        String result = (String) stored.get("result");
        try {
            String withoutOne = pool.substring(pool.indexOf(',') + 1); // one candidate quietly removed
            jdbc.update("UPDATE pln_draw SET pool = ? WHERE id = ?", withoutOne, drawId);
            JsonNode tampered = api.get("planner", "/api/draws/" + drawId + "/verify").json();
            assertThat(tampered.get("poolHashMatches").asBoolean()).isFalse();
            assertThat(tampered.get("genuine").asBoolean()).isFalse();

            jdbc.update("UPDATE pln_draw SET pool = ?, result = ? WHERE id = ?", pool, "ENT-F", drawId);
            JsonNode swapped = api.get("planner", "/api/draws/" + drawId + "/verify").json();
            assertThat(swapped.get("poolHashMatches").asBoolean()).isTrue();
            assertThat(swapped.get("resultMatches").asBoolean()).isFalse();
            assertThat(swapped.get("genuine").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE pln_draw SET pool = ?, result = ? WHERE id = ?", pool, result, drawId);
        }
        assertThat(api.get("planner", "/api/draws/" + drawId + "/verify").get("genuine").asBoolean()).isTrue();
    }

    @Test
    void inspectorTeamsAvoidDeclaredConflictsAndTheTeamThatCheckedTheEnterpriseLastTime() {
        List<String> imported = plans.importEnterprises("planner-sz", "320508", "TISSUE_PAPER", "SMALL", "SMALL");
        String enterprise = imported.get(0);
        String conflicted = Registers.unique("I");
        // with a user name, so that only the conflict keeps it out of the pool
        Api.Response inspector = api.post("planner-sz", "/api/registers/inspectors", Map.of("code", conflicted,
                "name", "回避测试", "region_code", "320500", "username", "inspector-" + conflicted.toLowerCase(),
                "qualifications", "行政执法证", "conflicts", enterprise));
        assertThat(inspector.status()).as(inspector.body()).isEqualTo(201);

        JsonNode first = issueForAll("320508", "TISSUE_PAPER");
        JsonNode firstTask = taskOf(first, enterprise);
        JsonNode firstDraw = api.get("planner-sz", "/api/draws/" + firstTask.get("inspectorDrawId").asLong()).json();
        assertThat(strings(firstDraw.get("pool"))).doesNotContain(conflicted).contains("INS-03", "INS-07", "INS-08");
        JsonNode otherTask = taskOf(first, imported.get(1)); // no conflict with this one: the same inspector is in its pool
        assertThat(strings(api.get("planner-sz", "/api/draws/" + otherTask.get("inspectorDrawId").asLong()).json().get("pool")))
                .contains(conflicted);
        assertThat(firstDraw.get("filters").asString()).contains("excludeConflictsWith=" + enterprise);
        List<String> firstTeam = strings(firstTask.get("inspectorCodes"));
        assertThat(firstTeam).hasSize(2).doesNotContain(conflicted);

        JsonNode second = issueForAll("320508", "TISSUE_PAPER");
        JsonNode secondTask = taskOf(second, enterprise);
        JsonNode secondDraw = api.get("planner-sz", "/api/draws/" + secondTask.get("inspectorDrawId").asLong()).json();
        assertThat(strings(secondDraw.get("pool"))).doesNotContainAnyElementsOf(firstTeam).doesNotContain(conflicted);
        assertThat(strings(secondTask.get("inspectorCodes"))).hasSize(2).doesNotContainAnyElementsOf(firstTeam);
        assertThat(secondDraw.get("filters").asString()).contains("excludeLastTeam=").contains(firstTask.get("code").asString());
    }

    @Test
    void aRedrawNeedsALoggedReasonAndHandsTheSamplingStepToTheNewTeam() {
        String enterprise = plans.importEnterprises("planner", "320117", "PLASTIC_BAG", "SMALL").get(0);
        JsonNode plan = issueForAllNanjing("320117", "PLASTIC_BAG");
        JsonNode task = taskOf(plan, enterprise);
        String code = task.get("code").asString();
        List<String> oldTeam = strings(task.get("inspectorCodes"));
        List<String> oldSamplers = strings(task.get("samplerUsernames"));

        Api.Response noReason = api.post("planner", "/api/spot-check-tasks/" + code + "/redraw-inspectors", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");

        Api.Response redrawn = api.post("planner", "/api/spot-check-tasks/" + code + "/redraw-inspectors",
                Map.of("reason", "张伟与该企业负责人系亲属，申请回避", "exclude", List.of(oldTeam.get(0))));
        assertThat(redrawn.status()).as(redrawn.body()).isEqualTo(200);
        List<String> newTeam = strings(redrawn.get("inspectorCodes"));
        assertThat(newTeam).hasSize(2).doesNotContain(oldTeam.get(0));
        JsonNode draw = api.get("planner", "/api/draws/" + redrawn.get("inspectorDrawId").asLong()).json();
        assertThat(draw.get("reason").asString()).contains("回避");
        assertThat(draw.get("replacesDrawId").asLong()).isEqualTo(task.get("inspectorDrawId").asLong());
        assertThat(draw.get("filters").asString()).contains("excludeNamed=" + oldTeam.get(0));
        assertThat(api.get(null, "/api/draws/" + draw.get("id").asLong() + "/verify").status()).as("inspector draws are not public").isEqualTo(404);
        assertThat(api.get("planner", "/api/draws/" + draw.get("id").asLong() + "/verify").get("genuine").asBoolean()).isTrue();

        List<String> newSamplers = strings(redrawn.get("samplerUsernames"));
        for (String sampler : newSamplers) {
            assertThat(api.taskId(sampler, code, "recordSampling")).as(sampler + " got the step").isNotNull();
        }
        for (String sampler : oldSamplers) {
            if (!newSamplers.contains(sampler)) {
                assertThat(api.taskId(sampler, code, "recordSampling")).as(sampler + " lost the step").isNull();
            }
        }
        assertThat(plans.get("planner", plan).get("events").valueStream().map(e -> e.get("action").asString()))
                .contains("INSPECTORS_REDRAWN");

        flow.sampled(code);
        Api.Response late = api.post("planner", "/api/spot-check-tasks/" + code + "/redraw-inspectors", Map.of("reason", "太晚了"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.rule()).isEqualTo("ALREADY_SAMPLED");
    }

    @Test
    void thePublicSeesPlansAndEnterpriseDrawsButNothingPersonalAboutInspectors() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String caseCode = flow.approvedCase(plan);
        JsonNode task = api.get("planner", "/api/spot-check-tasks/" + caseCode).json();

        Api.Response published = api.get(null, "/api/public/plans");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).contains(plan.get("code").asString());
        Browserless.Page page = new Browserless(port, null).get("/public/plans");
        assertThat(page.status()).isEqualTo(200);
        for (String body : List.of(published.body(), page.body())) {
            assertThat(body).doesNotContain("sampler-").doesNotContain("INS-0").doesNotContain("张伟").doesNotContain("李娜")
                    .doesNotContain("行政执法证");
        }
        assertThat(api.get(null, "/api/draws/" + task.get("inspectorDrawId").asLong()).status()).isEqualTo(404);
        JsonNode enterpriseDraw = api.get(null, "/api/draws/" + task.get("enterpriseDrawId").asLong()).json();
        assertThat(enterpriseDraw.get("drawnBy").isNull()).isTrue();
        assertThat(api.get(null, "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(401);
    }

    /**
     * Issue 12 point 2 (Order 18 art. 14, no advance notice): until the case is sampled the public
     * and the enterprise see the plan and a commitment, not the enterprise; the authority's planner
     * sees the draw at once; after sampling anyone sees it and re-verifies it against the commitment.
     */
    @Test
    void thePublicSeesACommitmentBeforeSamplingAndTheDrawOnlyAfter() {
        // Qinhuai (320104): tissue paper there is made by ENT-B alone, whose user is enterprise-b
        JsonNode plan = flow.submittedPlan("TISSUE_PAPER", "320104");
        String caseCode = flow.approvedCase(plan);
        JsonNode task = api.get("planner", "/api/spot-check-tasks/" + caseCode).json();
        assertThat(task.get("enterpriseCode").asString()).isEqualTo("ENT-B");
        String name = task.get("enterpriseName").asString();
        long drawId = task.get("enterpriseDrawId").asLong();

        // before sampling: the plan and the commitment, never the enterprise
        JsonNode item = plans.publicPlan(plan.get("code").asString()).get("items").get(0);
        assertThat(item.get("drawnEnterprises").size()).isZero();
        assertThat(item.get("notYetRevealed").asInt()).isEqualTo(1);
        JsonNode committed = item.get("draws").get(0);
        String commitment = committed.get("commitment").asString();
        assertThat(commitment).matches("[0-9a-f]{64}");
        // nor the pool's size: a pool of one tells its one candidate (Order 18: no advance notice)
        assertThat(committed.get("poolSize").isNull()).isTrue();
        assertThat(committed.get("revealed").asBoolean()).isFalse();
        assertThat(committed.get("seed").isNull()).isTrue();
        assertThat(committed.get("result").size()).isZero();
        assertThat(plans.publicPlan(plan.get("code").asString()).toString()).doesNotContain(name).doesNotContain("ENT-B");
        String card = card(new Browserless(port, null).get("/public/plans").body(), plan.get("code").asString());
        assertThat(card).contains(commitment).contains("1 家抽样完成后公开").doesNotContain(name).doesNotContain("候选 1 家");
        JsonNode sealed = api.get(null, "/api/draws/" + drawId).json();
        assertThat(sealed.get("commitment").asString()).isEqualTo(commitment);
        assertThat(sealed.get("result").size()).isZero();
        assertThat(sealed.get("pool").size()).isZero();
        assertThat(sealed.get("poolSize").isNull()).isTrue();
        assertThat(sealed.get("seed").isNull()).isTrue();
        Api.Response early = api.get(null, "/api/draws/" + drawId + "/verify");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("DRAW_NOT_REVEALED").doesNotContain("ENT-B");
        // nor from the enterprise's own doors
        assertThat(api.get("enterprise-b", "/api/draws/" + drawId).json().get("result").size()).isZero();
        assertThat(api.get("enterprise-b", "/api/draws/" + drawId + "/verify").status()).isEqualTo(409);
        assertThat(api.get("enterprise-b", "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(404);
        assertThat(api.get("enterprise-b", "/api/cases/" + caseCode).status()).isEqualTo(404);
        // the authority's planner sees the draw at once
        assertThat(api.get("planner", "/api/draws/" + drawId).json().get("result").get(0).asString()).isEqualTo("ENT-B");

        flow.sampled(caseCode);

        // after sampling: the enterprise, pool, seed and result, and the commitment recomputes
        JsonNode after = plans.publicPlan(plan.get("code").asString()).get("items").get(0);
        assertThat(after.get("drawnEnterprises").get(0).asString()).isEqualTo(name);
        assertThat(after.get("notYetRevealed").asInt()).isZero();
        JsonNode revealed = after.get("draws").get(0);
        assertThat(revealed.get("revealed").asBoolean()).isTrue();
        assertThat(revealed.get("poolSize").asInt()).isEqualTo(1);
        assertThat(revealed.get("commitment").asString()).isEqualTo(commitment);
        assertThat(revealed.get("seed").asString()).matches("[0-9a-f]{64}");
        assertThat(revealed.get("result").get(0).asString()).isEqualTo("ENT-B");
        assertThat(card(new Browserless(port, null).get("/public/plans").body(), plan.get("code").asString())).contains(name)
                .contains("/public/draws/" + drawId + "/verify").doesNotContain("抽样完成后公开");
        JsonNode verified = api.get(null, "/api/draws/" + drawId + "/verify").json();
        assertThat(verified.get("storedCommitment").asString()).isEqualTo(commitment);
        assertThat(verified.get("recomputedCommitment").asString()).isEqualTo(commitment);
        assertThat(verified.get("commitmentMatches").asBoolean()).isTrue();
        assertThat(verified.get("genuine").asBoolean()).isTrue();
        assertThat(api.get("enterprise-b", "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(200);

        // a seed changed after the commitment was published no longer matches it
        String seed = revealed.get("seed").asString();
        try {
            jdbc.update("UPDATE pln_draw SET seed = ? WHERE id = ?", "00".repeat(32), drawId);
            JsonNode forged = api.get(null, "/api/draws/" + drawId + "/verify").json();
            assertThat(forged.get("commitmentMatches").asBoolean()).isFalse();
            assertThat(forged.get("genuine").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE pln_draw SET seed = ? WHERE id = ?", seed, drawId);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** One plan's card on the public page (other tests' plans are listed too). */
    private static String card(String body, String planCode) {
        String from = body.substring(body.indexOf(planCode));
        return from.substring(0, from.indexOf("</table>"));
    }

    /** A Suzhou plan drawing every candidate of the product in the region. */
    private JsonNode issueForAll(String region, String product) {
        Map<String, Object> item = PlanTestSupport.item(product, region, "LAB2", 1);
        item.put("emergency", true);
        JsonNode draft = plans.draft("planner-sz", PlanTestSupport.plan(List.of(item)));
        item.put("batches", plans.candidates("planner-sz", draft, 1).get("candidates").size());
        assertThat(api.put("planner-sz", "/api/plans/" + draft.get("id").asLong(), PlanTestSupport.plan(List.of(item))).status()).isEqualTo(200);
        plans.approveAll(plans.submit("planner-sz", draft));
        return plans.get("planner-sz", draft);
    }

    private JsonNode issueForAllNanjing(String region, String product) {
        Map<String, Object> item = PlanTestSupport.item(product, region, "LAB1", 1);
        item.put("emergency", true);
        JsonNode draft = plans.draft("planner", PlanTestSupport.plan(List.of(item)));
        item.put("batches", plans.candidates("planner", draft, 1).get("candidates").size());
        assertThat(api.put("planner", "/api/plans/" + draft.get("id").asLong(), PlanTestSupport.plan(List.of(item))).status()).isEqualTo(200);
        plans.approveAll(plans.submit("planner", draft));
        return plans.get("planner", draft);
    }

    private JsonNode taskOf(JsonNode plan, String enterprise) {
        String owner = plan.get("authorityCode").asString().equals("AUTH-320500") ? "planner-sz" : "planner";
        return plans.tasks(owner, plan, 1).stream().filter(t -> t.get("enterpriseCode").asString().equals(enterprise))
                .findFirst().orElseThrow(() -> new AssertionError(enterprise + " was not drawn"));
    }

    private List<String> sizeOf(String size) {
        return api.get("planner", "/api/registers/enterprises").json().valueStream()
                .filter(e -> e.get("size").asString().equals(size)).map(e -> e.get("code").asString()).toList();
    }

    private static List<String> strings(JsonNode list) {
        return list.valueStream().map(JsonNode::asString).toList();
    }
}
