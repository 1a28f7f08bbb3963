package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Special plans started from complaints, and officials acting only within their own authority. */
class ComplaintAndScopeTest extends SpotCheckE2e {

    @Test
    void aComplaintStartsASpecialPlanThatTakesTheShorterPath() {
        String enterprise = plans.importEnterprises("planner", "320118", "E_BIKE", "MEDIUM").get(0);
        Api.Response recorded = api.post("planner", "/api/complaints", Map.of("receivedOn", PlanTestSupport.today().toString(),
                "complainant", "王先生", "description", "电动自行车充电时外壳发烫变形", "productCode", "E_BIKE", "enterpriseCode", enterprise));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode complaint = recorded.json();
        assertThat(complaint.get("regionCode").asString()).as("the enterprise's region").isEqualTo("320118");
        assertThat(complaint.get("status").asString()).isEqualTo("OPEN");

        Api.Response outside = api.post("planner", "/api/complaints", Map.of("receivedOn", PlanTestSupport.today().toString(),
                "complainant", "匿名", "description", "x", "productCode", "E_BIKE", "enterpriseCode", "ENT-D"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorFields()).containsExactly("regionCode");

        Map<String, Object> special = Map.of("labCode", "LAB1", "batches", 1, "quarter", 2, "budget", 3000, "planYear", 2027);
        Api.Response started = api.post("planner", "/api/complaints/" + complaint.get("id").asLong() + "/special-plan", special);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode plan = started.json();
        assertThat(plan.get("kind").asString()).isEqualTo("SPECIAL");
        assertThat(plan.get("sourceType").asString()).isEqualTo("COMPLAINT");
        assertThat(plan.get("sourceRef").asString()).isEqualTo(complaint.get("id").asString());
        assertThat(plan.get("items").get(0).get("regionCode").asString()).isEqualTo("320118");
        assertThat(plan.get("items").get(0).get("reason").asString()).isEqualTo("COMPLAINTS");
        assertThat(api.post("planner", "/api/complaints/" + complaint.get("id").asLong() + "/special-plan", special).status()).isEqualTo(409);
        JsonNode listed = api.get("planner", "/api/complaints").json().valueStream()
                .filter(c -> c.get("id").asLong() == complaint.get("id").asLong()).findFirst().orElseThrow();
        assertThat(listed.get("status").asString()).isEqualTo("PLAN_DRAFTED");
        assertThat(listed.get("planId").asLong()).isEqualTo(plan.get("id").asLong());

        JsonNode submitted = plans.submit("planner", plan);
        assertThat(api.taskId("plan-reviewer", plan.get("code").asString(), "reviewPlan")).isNull();
        plans.approveAll(submitted);
        assertThat(plans.get("planner", plan).get("status").asString()).isEqualTo("ISSUED");
        assertThat(api.get("planner-sz", "/api/complaints").json().valueStream()
                .noneMatch(c -> c.get("id").asLong() == complaint.get("id").asLong())).as("another authority's complaints").isTrue();

        Browserless planner = new Browserless(port, "planner");
        assertThat(planner.get("/complaints").body()).contains("id=\"complaint-" + complaint.get("id").asLong() + "\"");
    }

    @Test
    void aPlannerOfOneRegionCannotSeeOrTouchAnotherRegionsPlan() {
        JsonNode nanjing = flow.submittedPlan("TISSUE_PAPER");
        long id = nanjing.get("id").asLong();
        String code = nanjing.get("code").asString();
        Map<String, Object> command = Api.planCommand("越权修改", "ELECTRIC_KETTLE", "320500", "LAB2");

        assertThat(api.get("planner-sz", "/api/plans/" + id).status()).isEqualTo(404);
        assertThat(api.put("planner-sz", "/api/plans/" + id, command).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/plans/" + id + "/submit", null).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/plans/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/plans/" + id + "/amend", null).status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/plans/" + id + "/diff").status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/plans/" + id + "/items/1/candidates").status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/cases/" + code).status()).isEqualTo(404);
        assertThat(api.get("planner-sz", "/api/plans").json().valueStream().noneMatch(p -> p.get("id").asLong() == id)).isTrue();
        assertThat(new Browserless(port, "planner-sz").get("/plans/" + id).status()).isEqualTo(404);

        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(api.taskId("plan-reviewer-sz", code, "reviewPlan")).isNull();
        assertThat(api.complete("plan-reviewer-sz", review, Map.of("decision", "APPROVE")).status()).isEqualTo(404);

        String caseCode = flow.approvedCase(nanjing);
        assertThat(api.get("planner-sz", "/api/spot-check-tasks/" + caseCode).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/spot-check-tasks/" + caseCode + "/redraw-inspectors",
                Map.of("reason", "越权")).status()).isEqualTo(404);
        // and the Nanjing planner cannot plan in Suzhou
        assertThat(api.post("planner", "/api/plans", command).errorFields()).containsExactly("items[0].regionCode");
        assertThat(api.get("plan-reviewer", "/api/plans/" + id).status()).isEqualTo(200);
        assertThat(List.of(api.get("planner-sz", "/api/registers/inspectors").body())).noneMatch(b -> b.contains("INS-01"));
    }
}
