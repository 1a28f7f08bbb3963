package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Wrong roles, other organisations' records, bad input: refused, with RFC 9457 problems, writing nothing. */
class AccessAndInputTest extends SpotCheckE2e {

    @Test
    void anonymousCallersGet401AsProblemDetails() {
        Api.Response response = api.get(null, "/api/tasks");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Api.Response response = api.get("planner:wrong", "/api/tasks");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void wrongRolesGet403() {
        Map<String, Object> plan = Api.planCommand("越权", "PLASTIC_BAG", "320100", "LAB1");
        assertThat(api.post("enterprise-a", "/api/plans", plan).status()).isEqualTo(403);
        assertThat(api.post("lab1-tester", "/api/plans", plan).status()).isEqualTo(403);
        assertThat(api.post("plan-reviewer", "/api/plans", plan).status()).isEqualTo(403);
        assertThat(api.get("sampler-a", "/api/plans").status()).isEqualTo(403);
        Api.Response labInbox = api.get("enterprise-a", "/api/lab-samples");
        assertThat(labInbox.status()).isEqualTo(403);
        assertThat(labInbox.body()).startsWith("{").contains("\"status\":403");
    }

    @Test
    void anotherLabCannotSeeOrActOnTheSampleOrItsTasks() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");

        Api.Response byOtherLab = api.complete("lab2-tester", receive,
                Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", seal, "sealIntact", true));
        assertThat(byOtherLab.status()).isEqualTo(404);
        assertThat(api.post("lab2-tester", "/api/tasks/" + receive + "/claim", null).status()).isEqualTo(404);
        assertThat(api.get("lab2-tester", "/api/tasks/" + receive).status()).isEqualTo(404);

        long labSampleId = api.get("lab1-tester", "/api/tasks/" + receive).get("context").get("labSample").get("id").asLong();
        assertThat(api.get("lab1-tester", "/api/lab-samples/" + labSampleId).status()).isEqualTo(200);
        assertThat(api.get("lab2-tester", "/api/lab-samples/" + labSampleId).status()).isEqualTo(404);
        assertThat(api.get("lab2-tester", "/api/lab-samples").json().valueStream()
                .noneMatch(s -> s.get("id").asLong() == labSampleId)).isTrue();
        // the right lab still can
        flow.received(caseCode, seal);
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnSamplesAndCases() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampled(caseCode);
        JsonNode sample = api.get(flow.samplers(caseCode).get(0), "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        String owner = sample.get("enterpriseCode").asString();
        String ownerUser = owner.equals("ENT-A") ? "enterprise-a" : owner.equals("ENT-B") ? "enterprise-b" : null;
        List<String> others = ownerUser == null ? List.of("enterprise-a", "enterprise-b")
                : List.of(ownerUser.equals("enterprise-a") ? "enterprise-b" : "enterprise-a");
        long id = sample.get("id").asLong();
        for (String other : others) {
            assertThat(api.get(other, "/api/samples/" + id).status()).as(other).isEqualTo(404);
            assertThat(api.get(other, "/api/cases/" + caseCode).status()).as(other).isEqualTo(404);
            assertThat(api.get(other, "/api/samples").json().valueStream()
                    .noneMatch(s -> s.get("id").asLong() == id)).isTrue();
        }
        if (ownerUser != null) {
            assertThat(api.get(ownerUser, "/api/samples/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void aPlannerOfAnotherRegionCannotDraftForThisOne() {
        Api.Response outside = api.post("planner", "/api/plans", Api.planCommand("辖区外", "PLASTIC_BAG", "320500", "LAB1"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorFields()).containsExactly("items[0].regionCode");
        assertThat(outside.json().get("errors").get(0).get("rule").asString()).isEqualTo("OUTSIDE_JURISDICTION");
    }

    @Test
    void badPlanInputGives400WithFieldErrorsAndWritesNothing() {
        int before = count("pln_plan");
        Api.Response missing = api.post("planner", "/api/plans",
                Map.of("title", " ", "kind", "ANNUAL", "planYear", 1999, "legalBasis", "x",
                        "items", List.of(Map.of("productCode", "PLASTIC_BAG", "regionCode", "32010", "labCode", "LAB1",
                                "batches", 0, "quarter", 5, "budget", 1, "reason", "COMPLAINTS"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"status\":400");
        assertThat(missing.errorFields()).contains("title", "planYear", "items[0].regionCode", "items[0].batches", "items[0].quarter");

        Api.Response wrongType = api.post("planner", "/api/plans", "{\"title\":\"x\",\"kind\":\"YEARLY\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("kind");

        Api.Response notJson = api.post("planner", "/api/plans", "{not json");
        assertThat(notJson.status()).isEqualTo(400);

        Api.Response protectedField = api.post("planner", "/api/plans",
                "{\"title\":\"x\",\"kind\":\"ANNUAL\",\"planYear\":2027,\"legalBasis\":\"x\",\"status\":\"APPROVED\",\"items\":[]}");
        assertThat(protectedField.status()).isEqualTo(400);
        assertThat(count("pln_plan")).isEqualTo(before);
    }

    @Test
    void badSamplingInputGives400AndLeavesTheTaskOpen() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String sampler = drawn.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        int samples = count("smp_sampling_record");

        Map<String, Object> oneSampler = SpotCheckFlow.samplingForm("PLASTIC_BAG", "S1", List.of(sampler));
        Api.Response r1 = api.complete(sampler, task, oneSampler);
        assertThat(r1.status()).isEqualTo(400);
        assertThat(r1.errorFields()).contains("samplers");

        Map<String, Object> tooFew = SpotCheckFlow.samplingForm("PLASTIC_BAG", "S2", drawn);
        tooFew.put("testQuantity", 39); // PLASTIC_BAG rule: 40 test + 20 backup (R29)
        Api.Response r2 = api.complete(sampler, task, tooFew);
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.errorFields()).containsExactly("testQuantity");
        assertThat(r2.json().get("errors").get(0).get("rule").asString()).isEqualTo("BELOW_RULE_QUANTITY");

        Map<String, Object> sameSeal = SpotCheckFlow.samplingForm("PLASTIC_BAG", "S3", drawn);
        sameSeal.put("backupSealNumber", sameSeal.get("testSealNumber"));
        assertThat(api.complete(sampler, task, sameSeal).errorFields()).containsExactly("backupSealNumber");

        Map<String, Object> strangers = SpotCheckFlow.samplingForm("PLASTIC_BAG", "S4", List.of(sampler, "lab1-tester"));
        assertThat(api.complete(sampler, task, strangers).errorFields()).containsExactly("samplers");

        assertThat(count("smp_sampling_record")).isEqualTo(samples);
        assertThat(api.taskId(sampler, caseCode, "recordSampling")).isEqualTo(task);
    }

    @Test
    void aBrokenSealOrAWrongSealNumberIsRejectedAtReceipt() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampled(caseCode);
        String task = api.taskId("lab1-tester", caseCode, "receiveSample");
        Api.Response broken = api.complete("lab1-tester", task, Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", seal, "sealIntact", false));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorFields()).containsExactly("sealIntact");
        Api.Response wrong = api.complete("lab1-tester", task, Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", "XX-9999", "sealIntact", true));
        assertThat(wrong.errorFields()).containsExactly("testSealNumber");
        assertThat(api.taskId("lab1-tester", caseCode, "receiveSample")).isEqualTo(task);
    }

    @Test
    void theReportNeedsThreeDifferentPeopleAndASamplerMayNotTest() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        flow.resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        String review = api.taskId("lab1-reviewer", caseCode, "reviewReport");
        // the tester does not hold the reviewer role: the task is not even his to see
        assertThat(api.complete("lab1-tester", review, Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        assertThat(api.taskId("lab1-approver", caseCode, "approveReport")).isNotNull();
    }

    @Test
    void nobodyApprovesTheirOwnPlan() {
        String user = "dual-" + Instant.now().toEpochMilli();
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "双角色测试", "AUTH-320100", "AUTHORITY", "320100", Instant.now());
            accounts.insertRole(user, "PLANNER");
            accounts.insertRole(user, "PLAN_REVIEWER");
        });
        Api.Response drafted = api.post(user, "/api/plans", Api.planCommand("自审", "PLASTIC_BAG", "320100", "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode plan = api.post(user, "/api/plans/" + drafted.get("id").asLong() + "/submit", null).json();
        String review = api.taskId(user, plan.get("code").asString(), "reviewPlan");
        assertThat(review).isNotNull();
        Api.Response self = api.complete(user, review, Map.of("decision", "APPROVE"));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.rule()).isEqualTo("NO_SELF_APPROVAL");
        assertThat(api.get(user, "/api/plans/" + drafted.get("id").asLong()).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void errorsAreProblemJson() {
        Api.Response missing = api.get("planner", "/api/plans/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isNotBlank();
        assertThat(missing.rule()).isEqualTo("NOT_FOUND");
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
