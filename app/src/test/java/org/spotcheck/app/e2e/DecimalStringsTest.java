package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18.3: decimal results and limits are strings that keep the reported precision, in every API
 * answer: the LIMS answer, the lab sample, the report and the rule say the same "0.024" (rounded to
 * the limit's 3 places, GB/T 8170-2008), never a binary number nor the stored 0.0240000000.
 */
class DecimalStringsTest extends SpotCheckE2e {

    @Test
    void roundedResultsAndLimitsAreStringsWithTheReportedPrecisionInEveryAnswer() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        long labSampleId = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
        Map<String, String> results = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        results.put("PB-02", "0.0245"); // rounds to even 0.024 (GB/T 8170)
        results.put("PB-07", "7.00");
        HttpResponse<String> sent = api.postWithHeaders("lab1-tester", "/api/lims/lab-samples/" + labSampleId + "/results",
                Map.of("results", results), Map.of("Idempotency-Key", "decimals-" + caseCode));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode lims = Api.parse(sent.body());
        Map<String, String> fromLims = rounded(lims);
        assertThat(fromLims).containsEntry("PB-02", "0.024");

        // the lab sample and the report answer the same strings
        JsonNode sample = api.get("lab1-tester", "/api/lab-samples/" + labSampleId).json();
        JsonNode report = api.get("lab1-tester", "/api/reports/" + lims.get("reportId").asLong()).json();
        for (JsonNode answer : new JsonNode[] {sample, report}) {
            for (JsonNode item : answer.get("items")) {
                JsonNode value = item.get("rounded");
                assertThat(value.isNull() || value.isString()).as(item.toString()).isTrue();
                if (value.isString()) {
                    assertThat(value.asString()).as(item.toString()).doesNotMatch(".*\\.\\d*0{4,}$").doesNotContain("E");
                }
                JsonNode detection = item.get("detectionLimit");
                assertThat(detection == null || detection.isNull() || detection.isString()).as(item.toString()).isTrue();
            }
            assertThat(rounded(answer)).as(answer.toString()).isEqualTo(fromLims);
        }
        // the precision of the limit's decimals, or what the lab wrote where the limit gives none
        JsonNode pb07 = sample.get("items").valueStream().filter(i -> i.get("code").asString().equals("PB-07")).findFirst().orElseThrow();
        String expected07 = pb07.get("decimals").isNull() ? "7.00" : new java.math.BigDecimal("7.00")
                .setScale(pb07.get("decimals").asInt(), java.math.RoundingMode.HALF_EVEN).toPlainString();
        assertThat(fromLims).containsEntry("PB-07", expected07);

        // the rule's limits are decimal strings as written
        long ruleId = sample.has("ruleId") ? sample.get("ruleId").asLong() : -1;
        JsonNode rules = api.get("planner", "/api/registers/rules").json();
        JsonNode bagRule = rules.valueStream().filter(r -> "PLASTIC_BAG".equals(r.get("productCode").asString())
                && (ruleId < 0 || r.get("id").asLong() == ruleId)).findFirst().orElseThrow();
        JsonNode rule = api.get("planner", "/api/registers/rules/" + bagRule.get("id").asLong()).json();
        JsonNode pb02Rule = rule.get("items").valueStream().filter(i -> i.get("code").asString().equals("PB-02")).findFirst().orElseThrow();
        JsonNode limit = pb02Rule.get("limitValue");
        assertThat(limit.isString()).as(pb02Rule.toString()).isTrue();
        assertThat(new java.math.BigDecimal(limit.asString())).isEqualByComparingTo("0.025");
        assertThat(limit.asString()).isEqualTo("0.025");
    }

    private static Map<String, String> rounded(JsonNode answer) {
        return answer.get("items").valueStream().filter(i -> i.hasNonNull("rounded"))
                .collect(Collectors.toMap(i -> i.get("code").asString(), i -> i.get("rounded").asString()));
    }
}
