package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Drafting, approving and inspecting plans for the planning tests. */
final class PlanTestSupport {

    /** Business dates are counted in China's time zone (spotcheck.planning.zone). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final SpotCheckFlow flow;

    PlanTestSupport(Api api) {
        this.api = api;
        this.flow = new SpotCheckFlow(api);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static Map<String, Object> item(String product, String region, String lab, int batches) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("productCode", product);
        item.put("regionCode", region);
        item.put("labCode", lab);
        item.put("batches", batches);
        item.put("quarter", 2);
        item.put("budget", "6000");
        item.put("reason", "HEALTH_SAFETY_RISK");
        return item;
    }

    static Map<String, Object> plan(List<Map<String, Object>> items) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", "测试计划 " + UUID.randomUUID());
        plan.put("kind", "ANNUAL");
        plan.put("planYear", 2027);
        plan.put("legalBasis", "《产品质量法》第十五条");
        plan.put("items", items);
        return plan;
    }

    /**
     * The new-plan page's form (/plans/new) for a one-item annual plan of plastic bags tested by LAB1, with no region
     * chosen: a test adds its {@code regionCode}. Emergency: the suite re-checks the same demo enterprises (see
     * Api.planCommand).
     */
    static Map<String, List<String>> annualPlanPageForm(String title) {
        return Browserless.form("title", title, "kind", "ANNUAL", "planYear", "2027", "legalBasis", "《产品质量法》第十五条",
                "productCode", "PLASTIC_BAG", "labCode", "LAB1", "batches", "1", "quarter", "3", "budget", "4000",
                "reason", "COMPLAINTS", "emergency", "true");
    }

    JsonNode draft(String planner, Map<String, Object> command) {
        Api.Response drafted = api.post(planner, "/api/plans", command);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json();
    }

    JsonNode submit(String planner, JsonNode plan) {
        Api.Response submitted = api.post(planner, "/api/plans/" + plan.get("id").asLong() + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    /** Every approval step of the plan's path, by the demo people of its authority. */
    void approveAll(JsonNode plan) {
        String code = plan.get("code").asString();
        boolean suzhou = plan.get("authorityCode").asString().equals("AUTH-320500");
        if (plan.get("sectionReview").asBoolean()) {
            flow.decide(suzhou ? "plan-reviewer-sz" : "plan-reviewer", code, "reviewPlan", "APPROVE", null);
        }
        List<String> approvers = suzhou ? List.of("plan-approver-sz", "plan-director-sz") : List.of("plan-approver");
        for (int level = 0; level < plan.get("approvalLevels").asInt(); level++) {
            flow.decide(approvers.get(level), code, "approvePlan", "APPROVE", null);
        }
    }

    /** Drafts, submits and approves; returns the issued plan. */
    JsonNode issued(String planner, Map<String, Object> command) {
        JsonNode plan = submit(planner, draft(planner, command));
        approveAll(plan);
        JsonNode issued = get(planner, plan);
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        return issued;
    }

    JsonNode get(String user, JsonNode plan) {
        return api.get(user, "/api/plans/" + plan.get("id").asLong()).json();
    }

    JsonNode candidates(String user, JsonNode plan, int seq) {
        Api.Response pool = api.get(user, "/api/plans/" + plan.get("id").asLong() + "/items/" + seq + "/candidates");
        assertThat(pool.status()).as(pool.body()).isEqualTo(200);
        return pool.json();
    }

    /** The spot-check tasks of one item of an issued plan, in order. */
    List<JsonNode> tasks(String user, JsonNode plan, int seq) {
        List<JsonNode> tasks = new ArrayList<>();
        for (int n = 1; ; n++) {
            Api.Response task = api.get(user, String.format("/api/spot-check-tasks/%s-%02d-%02d", plan.get("code").asString(), seq, n));
            if (task.status() == 404) {
                return tasks;
            }
            tasks.add(task.json());
        }
    }

    /** Imports enterprises through the register import; returns their codes. */
    List<String> importEnterprises(String planner, String region, String products, String... sizes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Registers.ENTERPRISE_HEADER);
        List<String> codes = new ArrayList<>();
        for (String size : sizes) {
            String code = Registers.unique("E");
            codes.add(code);
            rows.add(Registers.enterprise(code, region, size, products));
        }
        Api.Response imported = api.upload(planner, "/api/registers/enterprises/import", "e.csv", Registers.csv(rows));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return codes;
    }

    JsonNode publicPlan(String code) {
        for (JsonNode plan : api.get(null, "/api/public/plans").json()) {
            if (code.equals(plan.get("code").asString())) {
                return plan;
            }
        }
        return null;
    }
}
