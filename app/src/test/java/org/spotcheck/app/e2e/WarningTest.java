package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Quality early warning (domain.md §5.3): rules fire on final conclusions and give planners a task. */
class WarningTest extends ResultHandlingE2e {

    private long rule(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("name", "规则 " + UUID.randomUUID());
        Api.Response created = api.post("planner", "/api/disposal/warning-rules", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.get("id").asLong();
    }

    private List<JsonNode> warningsOf(long ruleId) {
        return api.get("planner", "/api/disposal/warnings").json().valueStream()
                .filter(w -> w.get("ruleId").asLong() == ruleId).toList();
    }

    @Test
    void aSafetyItemFailureWarnsAndThePlannerStartsASpecialPlanLinkedToIt() {
        long safety = rule(Map.of("kind", "SAFETY_ITEM_FAILURE", "productCode", "TISSUE_PAPER", "regionCode", "320100"));
        long otherProduct = rule(Map.of("kind", "SAFETY_ITEM_FAILURE", "productCode", "E_BIKE"));
        // a general (class-B) failure: no safety warning
        ResultHandlingFlow.Case general = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(warningsOf(safety)).noneMatch(w -> w.get("caseId").asLong() == general.caseId());

        Map<String, String> results = ResultHandlingFlow.failingTissue();
        results.put("TP-02", "检出"); // coliforms found: a class-A safety item
        ResultHandlingFlow.Case c = flow.finalNonConforming(results);
        JsonNode warning = warningsOf(safety).stream().filter(w -> w.get("caseId").asLong() == c.caseId()).findFirst().orElseThrow();
        assertThat(warning.get("status").asString()).isEqualTo("OPEN");
        assertThat(warning.get("message").asString()).contains("大肠菌群");
        assertThat(warningsOf(otherProduct)).isEmpty();

        String businessKey = "YJ-" + warning.get("id").asLong();
        String task = api.taskId("planner", businessKey, "startSpecialPlan");
        assertThat(task).as("startSpecialPlan for planner").isNotNull();
        assertThat(api.taskId("officer", businessKey, "startSpecialPlan")).isNull();
        assertThat(new Browserless(port, "planner").get("/tasks/" + task).body()).contains("id=\"warning-message\"");

        Api.Response noPlan = api.complete("planner", task, Map.of("decision", "START_PLAN"));
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.errorFields()).containsExactly("planId");
        Map<String, Object> special = Map.of("title", "纸巾纸质量专项抽查", "kind", "SPECIAL", "planYear", 2027,
                "legalBasis", "《产品质量法》第十五条", "items", List.of(Map.of("productCode", "TISSUE_PAPER", "regionCode", "320100",
                        "labCode", "LAB1", "batches", 2, "quarter", 1, "budget", 8000, "reason", "QUALITY_INDEX")));
        Api.Response drafted = api.post("planner", "/api/plans", special);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode plan = drafted.json();
        Api.Response started = api.complete("planner", task, Map.of("decision", "START_PLAN", "planId", plan.get("id").asLong(),
                "comment", "针对安全项目不合格开展专项抽查"));
        assertThat(started.status()).as(started.body()).isEqualTo(204);
        JsonNode handled = warningsOf(safety).stream().filter(w -> w.get("caseId").asLong() == c.caseId()).findFirst().orElseThrow();
        assertThat(handled.get("status").asString()).isEqualTo("PLAN_STARTED");
        assertThat(handled.get("planCode").asString()).isEqualTo(plan.get("code").asString());
    }

    @Test
    void passRateAndRepeatRulesFireOnlyPastTheirThresholds() {
        // never below 0 %: does not fire; below 100 % with one batch: fires on the first failure
        long never = rule(Map.of("kind", "PASS_RATE_BELOW", "productCode", "TISSUE_PAPER", "thresholdPct", 0, "minBatches", 1));
        long strict = rule(Map.of("kind", "PASS_RATE_BELOW", "productCode", "TISSUE_PAPER", "thresholdPct", 100, "minBatches", 1,
                "windowDays", 30));
        long tooFew = rule(Map.of("kind", "PASS_RATE_BELOW", "productCode", "TISSUE_PAPER", "thresholdPct", 100, "minBatches", 100000));
        long repeat = rule(Map.of("kind", "REPEAT_FAILURE", "productCode", "TISSUE_PAPER", "windowDays", 30));
        assertThat(api.post("planner", "/api/disposal/warning-rules", Map.of("name", "x", "kind", "PASS_RATE_BELOW")).status())
                .isEqualTo(400);
        assertThat(api.post("enterprise-a", "/api/disposal/warning-rules", Map.of("name", "x", "kind", "REPEAT_FAILURE")).status())
                .isEqualTo(403);

        ResultHandlingFlow.Case first = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(warningsOf(never)).isEmpty();
        assertThat(warningsOf(tooFew)).isEmpty();
        assertThat(warningsOf(strict)).singleElement().satisfies(w -> assertThat(w.get("message").asString()).contains("低于预警阈值 100"));
        // one open warning per rate rule until planners act on it
        ResultHandlingFlow.Case second = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(warningsOf(strict)).hasSize(1);
        // three failures among two enterprises (tissue paper in 320100: ENT-A, ENT-B): one is a repeat within 30 days
        ResultHandlingFlow.Case third = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        ResultHandlingFlow.Case repeated = second.enterprise().equals(first.enterprise()) ? second : third;
        assertThat(warningsOf(repeat)).anyMatch(w -> w.get("caseId").asLong() == repeated.caseId()
                && w.get("message").asString().contains("再次抽查不合格"));
    }
    @Test
    void aRuleIsCreatedAndEditedOnThePageWithTheErrorBesideTheFieldAndAStaleEditIsRefused() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page form = planner.get("/disposal/warning-rules");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"rule-form\"").contains("name=\"thresholdPct\"");
        String name = "纸巾纸合格率 " + UUID.randomUUID();
        Map<String, List<String>> fields = Browserless.form(
                "name", name,
                "kind", "PASS_RATE_BELOW",
                "productCode", "TISSUE_PAPER",
                "regionCode", "320100",
                "thresholdPct", "150",
                "minBatches", "5",
                "windowDays", "90");
        Browserless.Page tooHigh = planner.post("/disposal/warning-rules", fields, form.csrf());
        assertThat(tooHigh.status()).isEqualTo(200);
        assertThat(tooHigh.body()).contains("id=\"thresholdPct-error\"").contains("合格率阈值须在 0 至 100 之间")
                .contains("value=\"150\"").contains("value=\"" + name + "\"");
        fields.put("thresholdPct", List.of("九十"));
        Browserless.Page notANumber = planner.post("/disposal/warning-rules", fields, tooHigh.csrf());
        assertThat(notANumber.body()).contains("id=\"thresholdPct-error\"").doesNotContain("id=\"name-error\"");
        // the specific hints, not the generic 格式错误 / 必填 (problem.<RULE>.thresholdPct)
        assertThat(notANumber.body()).contains("请填写数字");
        fields.put("thresholdPct", List.of(""));
        Browserless.Page noThreshold = planner.post("/disposal/warning-rules", fields, notANumber.csrf());
        assertThat(noThreshold.body()).contains("id=\"thresholdPct-error\"").contains("请填写合格率阈值");
        // a control character: refused beside its field, the rest of the form kept without it (was a bare 400 page)
        fields.put("thresholdPct", List.of("90"));
        fields.put("name", List.of("页面\u202E" + name));
        Browserless.Page bidi = planner.post("/disposal/warning-rules", fields, noThreshold.csrf());
        assertThat(bidi.status()).isEqualTo(200);
        assertThat(bidi.body()).contains("id=\"name-error\"").contains("不得含有控制字符").contains("value=\"页面" + name + "\"")
                .contains("value=\"90\"");
        fields.put("name", List.of(name));
        assertThat(api.get("planner", "/api/disposal/warning-rules").body()).doesNotContain(name);
        // the API names the field and the rule (RFC 9457)
        Api.Response badApi = api.post("planner", "/api/disposal/warning-rules", Map.of("name", name, "kind", "PASS_RATE_BELOW",
                "thresholdPct", 150));
        assertThat(badApi.status()).isEqualTo(400);
        assertThat(badApi.errorFields()).containsExactly("thresholdPct");
        assertThat(badApi.json().get("errors").get(0).get("rule").asString()).isEqualTo("DecimalMax");

        fields.put("thresholdPct", List.of("90"));
        Browserless.Page created = planner.post("/disposal/warning-rules", fields, bidi.csrf());
        assertThat(created.status()).isEqualTo(302);
        JsonNode rule = api.get("planner", "/api/disposal/warning-rules").json().valueStream()
                .filter(r -> name.equals(r.get("name").asString())).findFirst().orElseThrow();
        assertThat(Api.decimal(rule.get("thresholdPct"))).isEqualByComparingTo("90");
        assertThat(rule.get("minBatches").asInt()).isEqualTo(5);
        assertThat(rule.get("createdBy").asString()).isEqualTo("planner");
        long id = rule.get("id").asLong();
        int version = rule.get("version").asInt();

        // edit on the page: the form is filled in and carries the version
        Browserless.Page edit = planner.get("/disposal/warning-rules/" + id);
        assertThat(edit.body()).contains("value=\"" + name + "\"").contains("name=\"version\" value=\"" + version + "\"");
        fields.put("thresholdPct", List.of("85.5"));
        fields.put("version", List.of(String.valueOf(version)));
        assertThat(planner.post("/disposal/warning-rules/" + id, fields, edit.csrf()).status()).isEqualTo(302);
        JsonNode edited = api.get("officer", "/api/disposal/warning-rules/" + id).json();
        assertThat(Api.decimal(edited.get("thresholdPct"))).isEqualByComparingTo("85.5");
        assertThat(edited.get("updatedBy").asString()).isEqualTo("planner");
        assertThat(edited.get("version").asInt()).isEqualTo(version + 1);
        // an edit from the version read before: 409 on the API, the error on the page; nothing changes
        Map<String, Object> stale = new LinkedHashMap<>(Map.of("name", name, "kind", "PASS_RATE_BELOW", "thresholdPct", 50,
                "version", version));
        Api.Response conflict = api.put("officer", "/api/disposal/warning-rules/" + id, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.rule()).isEqualTo("CONCURRENT_CHANGE");
        Browserless.Page stalePage = planner.post("/disposal/warning-rules/" + id, fields, edit.csrf());
        assertThat(stalePage.status()).isEqualTo(200);
        assertThat(stalePage.body()).contains("id=\"form-error\"").contains("已被他人修改");
        assertThat(Api.decimal(api.get("planner", "/api/disposal/warning-rules/" + id).get("thresholdPct"))).isEqualByComparingTo("85.5");
        Api.Response noVersion = api.put("officer", "/api/disposal/warning-rules/" + id, Map.of("name", name, "kind", "PASS_RATE_BELOW",
                "thresholdPct", 50));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.errorFields()).containsExactly("version");
        // the data scope: another authority's planner does not see the rule; an enterprise may not call it
        assertThat(api.get("planner-sz", "/api/disposal/warning-rules/" + id).status()).isEqualTo(404);
        assertThat(api.post("planner-sz", "/api/disposal/warning-rules/" + id + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(api.post("enterprise-a", "/api/disposal/warning-rules/" + id + "/deactivate", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aDeactivatedRuleDoesNotFireKeepsItsWarningsAndFiresAgainOnceReactivated() {
        long safety = rule(Map.of("kind", "SAFETY_ITEM_FAILURE", "productCode", "TISSUE_PAPER", "regionCode", "320100"));
        Map<String, String> results = ResultHandlingFlow.failingTissue();
        results.put("TP-02", "检出"); // coliforms found: a class-A safety item
        ResultHandlingFlow.Case before = flow.finalNonConforming(results);
        assertThat(warningsOf(safety)).singleElement().satisfies(w -> assertThat(w.get("caseId").asLong()).isEqualTo(before.caseId()));

        Api.Response off = api.post("planner", "/api/disposal/warning-rules/" + safety + "/deactivate", Map.of());
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.get("active").asBoolean()).isFalse();
        Api.Response again = api.post("planner", "/api/disposal/warning-rules/" + safety + "/deactivate", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.rule()).isEqualTo("ALREADY_INACTIVE");
        // where it would have fired, it does not; the warning it raised stays
        ResultHandlingFlow.Case whileOff = flow.finalNonConforming(results);
        assertThat(warningsOf(safety)).singleElement().satisfies(w -> assertThat(w.get("caseId").asLong()).isEqualTo(before.caseId()));
        assertThat(flow.caseById("officer", whileOff.caseId()).get("events").valueStream()
                .map(e -> e.get("action").asString())).doesNotContain("QUALITY_WARNING");

        // reactivated from the page, it fires again
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/disposal/warning-rules");
        assertThat(page.body()).contains("/disposal/warning-rules/" + safety + "/reactivate");
        assertThat(planner.post("/disposal/warning-rules/" + safety + "/reactivate", Map.of(), page.csrf()).status()).isEqualTo(302);
        assertThat(api.get("planner", "/api/disposal/warning-rules/" + safety).get("active").asBoolean()).isTrue();
        ResultHandlingFlow.Case after = flow.finalNonConforming(results);
        assertThat(warningsOf(safety)).extracting(w -> w.get("caseId").asLong()).containsExactlyInAnyOrder(before.caseId(), after.caseId());
    }
}
