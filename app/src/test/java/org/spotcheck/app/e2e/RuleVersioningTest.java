package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Implementation rules (实施细则) are versioned: a draft changes, publishing supersedes the active
 * version, a published version never changes, and plans keep the version they were planned with.
 */
class RuleVersioningTest extends SpotCheckE2e {

    static final List<String> ITEM_HEADER = List.of("code", "name_zh", "standard_clause", "method", "limit_type",
            "limit_value", "limit_min", "limit_max", "limit_text", "unit", "decimals", "item_class");

    @Test
    void aPublishedRuleNeverChangesAndANewVersionSupersedesItWhilePlansKeepTheirVersion() {
        String product = Registers.unique("P");
        assertThat(api.post("planner", "/api/registers/products", Map.of("code", product, "name_zh", "测试杯", "name_en", "Test cup",
                "category", "日用品", "industry", "塑料制品", "risk_level", "MEDIUM")).status()).isEqualTo(201);
        String lab = Registers.unique("L");
        assertThat(api.post("planner", "/api/registers/labs", Map.of("code", lab, "name", "测试检验所", "accreditation_no", "CMA 9",
                "region_code", "320104", "address", "南京", "products", product, "capacity", "50")).status()).isEqualTo(201);

        Map<String, Object> draft = Registers.ruleDraft(product);
        draft.put("items", List.of(
                Map.of("code", "T-01", "name_zh", "容量", "standard_clause", "GB/T 0000 5.1", "method", "GB/T 0000 6.1",
                        "limit_type", "RANGE", "limit_min", "510", "limit_max", "490", "unit", "mL", "item_class", "B")));
        Api.Response reversed = api.post("planner", "/api/registers/rules", draft);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.errorFields()).containsExactly("items[0].limit_max");

        draft.put("items", List.of(
                Map.of("code", "T-01", "name_zh", "容量", "standard_clause", "GB/T 0000 5.1", "method", "GB/T 0000 6.1",
                        "limit_type", "RANGE", "limit_min", "490", "limit_max", "510", "unit", "mL", "item_class", "B"),
                Map.of("code", "T-02", "name_zh", "铅迁移量", "standard_clause", "GB 4806.7 4.2", "method", "GB 31604.34",
                        "limit_type", "MAX", "limit_value", "0.01", "unit", "mg/kg", "decimals", "3", "item_class", "A")));
        JsonNode v1 = created(api.post("planner", "/api/registers/rules", draft));
        assertThat(v1.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v1.get("items").get(1).get("display").asString()).isEqualTo("≤ 0.01 mg/kg");

        Map<String, Object> planCommand = PlanTestSupport.plan(List.of(PlanTestSupport.item(product, "320100", lab, 1)));
        Api.Response noRule = api.post("planner", "/api/plans", planCommand);
        assertThat(noRule.status()).isEqualTo(400);
        assertThat(noRule.errorFields()).containsExactly("items[0].productCode");

        JsonNode published = ok(api.post("planner", "/api/registers/rules/" + v1.get("id").asLong() + "/publish", null));
        assertThat(published.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(published.get("publishedBy").asString()).isEqualTo("planner");
        JsonNode earlyPlan = created(api.post("planner", "/api/plans", planCommand));
        assertThat(earlyPlan.get("items").get(0).get("ruleId").asLong()).isEqualTo(v1.get("id").asLong());

        Api.Response changePublished = api.upload("planner", "/api/registers/rules/" + v1.get("id").asLong() + "/items/import",
                "items.csv", Registers.csv(List.of(ITEM_HEADER, List.of("T-09", "x", "c", "m", "QUALITATIVE", "", "", "", "无", "", "", "B"))));
        assertThat(changePublished.status()).isEqualTo(409);
        assertThat(changePublished.rule()).isEqualTo("RULE_PUBLISHED");

        JsonNode v2 = created(api.post("planner", "/api/registers/rules/" + v1.get("id").asLong() + "/versions", Map.of("version", "2027-修订")));
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v2.get("basedOnId").asLong()).isEqualTo(v1.get("id").asLong());
        assertThat(v2.get("items").size()).isEqualTo(2);

        Api.Response badItems = api.upload("planner", "/api/registers/rules/" + v2.get("id").asLong() + "/items/import", "items.csv",
                Registers.csv(List.of(ITEM_HEADER,
                        List.of("T-01", "容量", "5.1", "6.1", "RANGE", "", "480", "520", "", "mL", "", "B"),
                        List.of("T-02", "铅迁移量", "4.2", "31604.34", "MAX", "", "", "", "", "mg/kg", "3", "A"),
                        List.of("T-03", "外观", "5.3", "目测", "ENUMERATION", "", "", "", "无裂纹", "", "", "C"))));
        assertThat(badItems.status()).isEqualTo(400);
        // a one-value ENUMERATION (无裂纹) is a requirement too since issue 12 (不得检出 items are one value): only the class is wrong
        assertThat(badItems.errorFields()).containsExactlyInAnyOrder("row 3 / limit_value", "row 4 / item_class");

        JsonNode imported = ok(api.upload("planner", "/api/registers/rules/" + v2.get("id").asLong() + "/items/import", "items.xlsx",
                Registers.xlsx(List.of(ITEM_HEADER,
                        List.of("T-01", "容量", "5.1", "6.1", "范围", "", "480", "520", "", "mL", "", "B"),
                        List.of("T-02", "铅迁移量", "4.2", "31604.34", "MAX", "0.005", "", "", "", "mg/kg", "3", "A类"),
                        List.of("T-03", "外观", "5.3", "目测", "ENUMERATION", "", "", "", "无裂纹|轻微划痕", "", "", "B")))));
        assertThat(imported.get("items").size()).isEqualTo(3);

        ok(api.post("planner", "/api/registers/rules/" + v2.get("id").asLong() + "/publish", null));
        assertThat(api.get("planner", "/api/registers/rules/" + v1.get("id").asLong()).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(api.get("planner", "/api/registers/rules/" + v1.get("id").asLong()).get("items").size())
                .as("the superseded version is unchanged").isEqualTo(2);
        assertThat(api.get("planner", "/api/plans/" + earlyPlan.get("id").asLong()).get("items").get(0).get("ruleId").asLong())
                .as("a plan keeps the version it was planned with").isEqualTo(v1.get("id").asLong());
        JsonNode laterPlan = created(api.post("planner", "/api/plans", planCommand));
        assertThat(laterPlan.get("items").get(0).get("ruleId").asLong()).isEqualTo(v2.get("id").asLong());
        assertThat(api.post("planner", "/api/registers/rules/" + v2.get("id").asLong() + "/publish", null).status()).isEqualTo(409);

        Browserless planner = new Browserless(port, "planner");
        assertThat(planner.get("/registers/rules/" + v2.get("id").asLong()).body()).contains("id=\"version-form\"").doesNotContain("id=\"publish-form\"");
        assertThat(planner.get("/registers/rules").body()).contains("2027-修订");
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
