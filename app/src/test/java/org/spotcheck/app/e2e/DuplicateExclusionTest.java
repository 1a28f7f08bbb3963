package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Order 18 art. 8 (R2, R3): the same authority does not check the same product of the same
 * producer twice within 6 months, unless the item is a follow-up or an emergency check. The draw
 * reads the record of checked products that the spot-check process writes after sampling.
 */
class DuplicateExclusionTest extends SpotCheckE2e {

    @Test
    void aProductCheckedSixMonthsMinusOneDayAgoIsLeftOutAndOneCheckedSixMonthsPlusOneDayAgoIsNot() {
        List<String> codes = plans.importEnterprises("planner", "320114", "TISSUE_PAPER", "SMALL", "SMALL", "SMALL");
        String recent = codes.get(0);
        String old = codes.get(1);
        String otherAuthority = codes.get(2);
        LocalDate today = PlanTestSupport.today();
        LocalDate withinSixMonths = today.minusMonths(6).plusDays(1);
        LocalDate beyondSixMonths = today.minusMonths(6).minusDays(1);
        checked("AUTH-320100", recent, "TISSUE_PAPER", withinSixMonths);
        checked("AUTH-320100", old, "TISSUE_PAPER", beyondSixMonths);
        checked("AUTH-320500", otherAuthority, "TISSUE_PAPER", today.minusDays(1)); // another authority's check
        checked("AUTH-320100", otherAuthority, "PLASTIC_BAG", today.minusDays(1));  // another product

        JsonNode plan = plans.draft("planner", PlanTestSupport.plan(List.of(PlanTestSupport.item("TISSUE_PAPER", "320114", "LAB1", 1))));
        JsonNode pool = plans.candidates("planner", plan, 1);
        assertThat(pool.get("exempt").asBoolean()).isFalse();
        assertThat(codes(pool.get("candidates"))).contains(old, otherAuthority).doesNotContain(recent);
        JsonNode excluded = pool.get("excluded").valueStream().filter(e -> e.get("enterpriseCode").asString().equals(recent))
                .findFirst().orElseThrow();
        assertThat(excluded.get("rule").asString()).isEqualTo("DUPLICATE_WITHIN_6_MONTHS");
        assertThat(excluded.get("lastCheckedOn").asString()).isEqualTo(withinSixMonths.toString());
        assertThat(LocalDate.parse(excluded.get("blockedUntil").asString())).isAfterOrEqualTo(today);

        // the draw itself applies the same filter: its stored pool leaves the recent one out
        plans.approveAll(plans.submit("planner", plan));
        JsonNode task = plans.tasks("planner", plan, 1).get(0);
        JsonNode draw = api.get("planner", "/api/draws/" + task.get("enterpriseDrawId").asLong()).json();
        assertThat(strings(draw.get("pool"))).contains(old, otherAuthority).doesNotContain(recent);
        assertThat(draw.get("filters").asString()).contains("duplicateRule=O18-art8").contains(recent + "@" + withinSixMonths);
        assertThat(api.get("planner", "/api/draws/" + draw.get("id").asLong() + "/verify").get("genuine").asBoolean()).isTrue();
    }

    @Test
    void followUpAndEmergencyItemsAreExempt() {
        String recent = plans.importEnterprises("planner", "320114", "TISSUE_PAPER", "MEDIUM").get(0);
        checked("AUTH-320100", recent, "TISSUE_PAPER", PlanTestSupport.today().minusDays(10));

        Map<String, Object> followUp = PlanTestSupport.item("TISSUE_PAPER", "320114", "LAB1", 1);
        followUp.put("reason", "FOLLOW_UP");
        Map<String, Object> emergency = PlanTestSupport.item("TISSUE_PAPER", "320114", "LAB1", 1);
        emergency.put("emergency", true);
        Map<String, Object> ordinary = PlanTestSupport.item("TISSUE_PAPER", "320114", "LAB1", 1);
        JsonNode plan = plans.draft("planner", PlanTestSupport.plan(List.of(followUp, emergency, ordinary)));

        for (int seq : new int[] {1, 2}) {
            JsonNode pool = plans.candidates("planner", plan, seq);
            assertThat(pool.get("exempt").asBoolean()).isTrue();
            assertThat(codes(pool.get("candidates"))).contains(recent);
            assertThat(pool.get("filters").asString()).contains("duplicateRule=exempt");
        }
        assertThat(codes(plans.candidates("planner", plan, 3).get("candidates"))).doesNotContain(recent);
    }

    @Test
    void samplingRecordsTheCheckedProductAndTheNextDrawLeavesTheProducerOut() {
        SpotCheckFlow flow = new SpotCheckFlow(api);
        String fresh = plans.importEnterprises("planner", "320115", "PLASTIC_BAG", "SMALL").get(0);
        Map<String, Object> item = PlanTestSupport.item("PLASTIC_BAG", "320115", "LAB1", 1);
        item.put("emergency", true); // earlier runs sampled other enterprises here; draw them all again
        JsonNode draft = plans.draft("planner", PlanTestSupport.plan(List.of(item)));
        item.put("batches", plans.candidates("planner", draft, 1).get("candidates").size()); // draw every candidate
        assertThat(api.put("planner", "/api/plans/" + draft.get("id").asLong(), PlanTestSupport.plan(List.of(item))).status()).isEqualTo(200);
        plans.approveAll(plans.submit("planner", draft));
        JsonNode task = plans.tasks("planner", draft, 1).stream()
                .filter(t -> t.get("enterpriseCode").asString().equals(fresh)).findFirst().orElseThrow();
        String caseCode = task.get("code").asString();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_checked_product WHERE task_code = ?", Integer.class, caseCode)).isZero();

        flow.sampled(caseCode);

        Map<String, Object> row = jdbc.queryForMap("SELECT authority_code, enterprise_code, product_code, trademark, checked_on "
                + "FROM pln_checked_product WHERE task_code = ?", caseCode);
        assertThat(row.get("authority_code")).isEqualTo("AUTH-320100");
        assertThat(row.get("enterprise_code")).isEqualTo(fresh);
        assertThat(row.get("product_code")).isEqualTo("PLASTIC_BAG");
        assertThat(row.get("trademark")).isEqualTo("绿洁");
        assertThat(api.get("planner", "/api/spot-check-tasks/" + caseCode).get("status").asString()).isEqualTo("SAMPLED");

        JsonNode next = plans.draft("planner", PlanTestSupport.plan(List.of(PlanTestSupport.item("PLASTIC_BAG", "320115", "LAB1", 1))));
        JsonNode pool = plans.candidates("planner", next, 1);
        assertThat(codes(pool.get("candidates"))).doesNotContain(fresh);
        assertThat(codes(pool.get("excluded"))).contains(fresh);
    }

    private void checked(String authority, String enterprise, String product, LocalDate on) {
        jdbc.update("INSERT INTO pln_checked_product (authority_code, enterprise_code, product_code, trademark, "
                + "specification, checked_on, recorded_at) VALUES (?, ?, ?, '测试', '标准', ?, CURRENT_TIMESTAMP)",
                authority, enterprise, product, java.sql.Date.valueOf(on));
    }

    private static List<String> codes(JsonNode list) {
        return list.valueStream().map(e -> e.get("enterpriseCode").asString()).toList();
    }

    private static List<String> strings(JsonNode list) {
        return list.valueStream().map(JsonNode::asString).toList();
    }
}
