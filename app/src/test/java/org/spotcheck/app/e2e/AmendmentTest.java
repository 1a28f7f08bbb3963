package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An issued plan is amended by a new version that goes through approval again; the reviewers see
 * what changed; the old version stays as it was and is superseded; issued draws stand.
 */
class AmendmentTest extends SpotCheckE2e {

    @Test
    void anAmendmentIsApprovedAgainWithItsChangesShownAndSupersedesTheIssuedVersion() {
        JsonNode v1 = flow.submittedPlan("PLASTIC_BAG");
        String firstCase = flow.approvedCase(v1);
        long v1Id = v1.get("id").asLong();
        String code = v1.get("code").asString();

        Api.Response amended = api.post("planner", "/api/plans/" + v1Id + "/amend", Map.of("comment", "增加纸巾项目"));
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);
        JsonNode v2 = amended.json();
        long v2Id = v2.get("id").asLong();
        assertThat(v2.get("code").asString()).isEqualTo(code + "-V2");
        assertThat(v2.get("versionNo").asInt()).isEqualTo(2);
        assertThat(v2.get("amendsId").asLong()).isEqualTo(v1Id);
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v2.get("items").get(0).get("issued").asBoolean()).isTrue();
        assertThat(api.post("planner", "/api/plans/" + v1Id + "/amend", null).rule()).isEqualTo("AMENDMENT_IN_PROGRESS");
        assertThat(api.post("planner", "/api/plans/" + v2Id + "/submit", null).rule()).as("nothing changed yet").isEqualTo("NOTHING_CHANGED");

        Map<String, Object> carried = itemOf(v2.get("items").get(0));
        Map<String, Object> moreBatches = new java.util.HashMap<>(carried);
        moreBatches.put("batches", 2);
        Api.Response fixed = api.put("planner", "/api/plans/" + v2Id, command(v2, List.of(moreBatches)));
        assertThat(fixed.status()).isEqualTo(400);
        assertThat(fixed.errorFields()).containsExactly("items[0].batches");
        Map<String, Object> added = PlanTestSupport.item("TISSUE_PAPER", "320100", "LAB1", 1);
        added.put("emergency", true);
        Api.Response removed = api.put("planner", "/api/plans/" + v2Id, command(v2, List.of(added)));
        assertThat(removed.status()).isEqualTo(400);
        assertThat(removed.json().get("errors").get(0).get("rule").asString()).isEqualTo("ISSUED_ITEM_REMOVED");

        Map<String, Object> cheaper = new java.util.HashMap<>(carried);
        cheaper.put("budget", 8000);
        cheaper.put("quarter", 3);
        added.put("legalBasis", "《产品质量法》第十五条；消费者集中投诉");
        Api.Response edited = api.put("planner", "/api/plans/" + v2Id, command(v2, List.of(cheaper, added)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.get("items").get(1).get("legalBasis").asString()).as("an item's own legal basis").contains("集中投诉");
        assertThat(edited.get("items").get(0).get("legalBasis").isNull()).as("the plan's applies").isTrue();

        JsonNode diff = api.get("plan-reviewer", "/api/plans/" + v2Id + "/diff").json();
        assertThat(diff.get("previousCode").asString()).isEqualTo(code);
        JsonNode changed = diff.get("items").get(0);
        assertThat(changed.get("seq").asInt()).isEqualTo(1);
        assertThat(changed.get("change").asString()).isEqualTo("CHANGED");
        assertThat(changed.get("fields").valueStream().map(f -> f.get("field").asString()).toList()).containsExactlyInAnyOrder("budget", "quarter");
        assertThat(changed.get("fields").valueStream().filter(f -> f.get("field").asString().equals("budget"))
                .findFirst().orElseThrow().get("after").asString()).isEqualTo("8000");
        assertThat(diff.get("items").get(1).get("change").asString()).isEqualTo("ADDED");
        assertThat(diff.get("items").get(1).get("seq").asInt()).isEqualTo(2);

        plans.submit("planner", api.get("planner", "/api/plans/" + v2Id).json());
        String review = api.taskId("plan-reviewer", code + "-V2", "reviewPlan");
        JsonNode context = api.get("plan-reviewer", "/api/tasks/" + review).get("context");
        assertThat(context.get("planDiff").get("items").size()).as("the reviewer sees the changes").isEqualTo(2);
        Browserless reviewer = new Browserless(port, "plan-reviewer");
        String reviewPage = reviewer.get("/tasks/" + review).body();
        assertThat(reviewPage).contains("id=\"plan-diff\"").contains("data-change=\"ADDED\"");
        // the changes read as names and labels, not codes (issue 17): the added item's product, region, lab and emergency flag
        String diffItems = reviewPage.substring(reviewPage.indexOf("id=\"plan-diff-items\""));
        diffItems = diffItems.substring(0, diffItems.indexOf("</table>"));
        assertThat(diffItems).contains("纸巾纸").contains("南京市").contains("江苏省产品质量监督检验研究院（示例）").contains("<ins><span>是</span></ins>")
                .doesNotContain(">TISSUE_PAPER<").doesNotContain(">320100<").doesNotContain(">LAB1<").doesNotContain(">true<");
        assertThat(diff.get("productNames").get("TISSUE_PAPER").asString()).isEqualTo("纸巾纸");

        flow.decide("plan-reviewer", code + "-V2", "reviewPlan", "APPROVE", null);
        flow.decide("plan-approver", code + "-V2", "approvePlan", "APPROVE", null);
        assertThat(api.get("planner", "/api/plans/" + v2Id).get("status").asString()).isEqualTo("ISSUED");
        JsonNode old = api.get("planner", "/api/plans/" + v1Id).json();
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.get("items").size()).as("the old version is unchanged").isEqualTo(1);
        assertThat(Api.decimal(old.get("items").get(0).get("budget"))).isEqualByComparingTo("6000");

        // issued draws stand: only the added item is drawn; the first spot-check goes on
        assertThat(api.get("planner", "/api/spot-check-tasks/" + code + "-V2-02-01").status()).isEqualTo(200);
        assertThat(api.get("planner", "/api/spot-check-tasks/" + code + "-V2-01-01").status()).isEqualTo(404);
        assertThat(api.get("planner", "/api/spot-check-tasks/" + firstCase).status()).isEqualTo(200);
        assertThat(plans.publicPlan(code)).as("the superseded version is no longer published").isNull();
        JsonNode published = plans.publicPlan(code + "-V2");
        assertThat(published.get("items").get(0).get("enterpriseDrawIds").size()).as("the carried item shows its draw").isEqualTo(1);
        assertThat(published.get("items").get(1).get("enterpriseDrawIds").size()).isEqualTo(1);
    }

    @Test
    void theAmendmentPagesEditAndCompare() {
        JsonNode v1 = flow.submittedPlan("PLASTIC_BAG");
        flow.approvedCase(v1);
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/plans/" + v1.get("id").asLong());
        assertThat(page.body()).contains("id=\"amend-form\"");
        Browserless.Page amend = planner.post("/plans/" + v1.get("id").asLong() + "/amend", Map.of("comment", List.of("页面变更")), page.csrf());
        assertThat(amend.status()).isEqualTo(302);
        String editPath = amend.location().replaceAll("^https?://[^/]+", "");
        assertThat(editPath).endsWith("/edit");
        Browserless.Page edit = planner.get(editPath);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("name=\"items[0].budget\"").contains("readonly");

        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put("title", List.of(v1.get("title").asString() + "（变更）"));
        fields.put("planYear", List.of("2027"));
        fields.put("legalBasis", List.of("《产品质量法》第十五条"));
        fields.put("items[0].seq", List.of("1"));
        fields.put("items[0].productCode", List.of("PLASTIC_BAG"));
        fields.put("items[0].regionCode", List.of("320100"));
        fields.put("items[0].labCode", List.of("LAB1"));
        fields.put("items[0].batches", List.of("1"));
        fields.put("items[0].quarter", List.of("4"));
        fields.put("items[0].budget", List.of("7000"));
        fields.put("items[0].reason", List.of("HEALTH_SAFETY_RISK"));
        fields.put("items[0].emergency", List.of("true"));
        fields.put("items[1].productCode", List.of(""));
        Browserless.Page saved = planner.post(editPath, fields, edit.csrf());
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String planPath = saved.location().replaceAll("^https?://[^/]+", "");
        Browserless.Page amendment = planner.get(planPath);
        assertThat(amendment.body()).contains("id=\"plan-diff\"").contains("data-change=\"CHANGED\"").contains("7000");
        assertThat(planner.get(planPath + "/diff").body()).contains("（变更）");
    }

    private static Map<String, Object> itemOf(JsonNode item) {
        Map<String, Object> out = PlanTestSupport.item(item.get("productCode").asString(), item.get("regionCode").asString(),
                item.get("labCode").asString(), item.get("batches").asInt());
        out.put("quarter", item.get("quarter").asInt());
        out.put("budget", Api.decimal(item.get("budget")).toPlainString()); // a decimal string, sent back as one
        out.put("reason", item.get("reason").asString());
        out.put("emergency", item.get("emergency").asBoolean());
        out.put("seq", item.get("seq").asInt());
        return out;
    }

    private static Map<String, Object> command(JsonNode plan, List<Map<String, Object>> items) {
        return Map.of("title", plan.get("title").asString(), "kind", plan.get("kind").asString(),
                "planYear", plan.get("planYear").asInt(), "legalBasis", plan.get("legalBasis").asString(), "items", items);
    }
}
