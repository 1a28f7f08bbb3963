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

    /**
     * forms17 (walk 17f): a production date after the sampling day is refused beside its field, naming the rule, in the
     * reader's language; a quantity that is not a whole number says so (not 必填); the problem's title is in the request's
     * language too, and a Chinese detail uses Chinese punctuation. Nothing is written and the task stays open.
     */
    @Test
    void aFutureProductionDateAndALetterQuantityAreRefusedInTheReadersLanguage() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String sampler = drawn.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        int samples = count("smp_sampling_record");

        Map<String, Object> future = SpotCheckFlow.samplingForm("PLASTIC_BAG", "F17A", drawn);
        future.put("productionDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).toString());
        Api.Response zh = api.complete(sampler, task, future);
        assertThat(zh.status()).as(zh.body()).isEqualTo(400);
        assertThat(zh.errorFields()).containsExactly("productionDate");
        JsonNode error = zh.json().get("errors").get(0);
        assertThat(error.get("rule").asString()).isEqualTo("PastOrPresent");
        assertThat(error.get("message").asString()).isEqualTo("生产日期不能晚于抽样日期（今天）");
        assertThat(zh.json().get("title").asString()).isEqualTo("请求有误");
        assertThat(zh.json().get("detail").asString()).isEqualTo("输入有误：生产日期不能晚于抽样日期（今天）");

        Api.Response en = api.post(sampler, "/api/tasks/" + task + "/complete?lang=en", future);
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("title").asString()).isEqualTo("Bad Request");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("Invalid input: The production date cannot be after the sampling date (today)");
        assertThat(en.json().get("errors").get(0).get("rule").asString()).isEqualTo("PastOrPresent");

        Map<String, Object> letters = SpotCheckFlow.samplingForm("PLASTIC_BAG", "F17B", drawn);
        letters.put("testQuantity", "abc");
        letters.put("unitPrice", "abc");
        Api.Response notANumber = api.complete(sampler, task, letters);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.errorFields()).containsExactlyInAnyOrder("testQuantity", "unitPrice");
        Map<String, String> messages = new java.util.HashMap<>();
        notANumber.json().get("errors").valueStream().forEach(e -> {
            assertThat(e.get("rule").asString()).isEqualTo("MALFORMED_VALUE");
            messages.put(e.get("field").asString(), e.get("message").asString());
        });
        assertThat(messages).containsEntry("testQuantity", "请输入整数").containsEntry("unitPrice", "请输入金额（数字，如 12.50）");
        Api.Response notANumberEn = api.post(sampler, "/api/tasks/" + task + "/complete?lang=en", letters);
        assertThat(notANumberEn.json().get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("Enter a whole number");

        // a 404 and a 409 have their titles in the caller's language as well
        assertThat(api.get("planner", "/api/plans/999999999").json().get("title").asString()).isEqualTo("未找到");
        assertThat(api.get("planner", "/api/plans/999999999?lang=en").json().get("title").asString()).isEqualTo("Not Found");

        assertThat(count("smp_sampling_record")).isEqualTo(samples);
        assertThat(api.taskId(sampler, caseCode, "recordSampling")).isEqualTo(task);
    }

    /**
     * forms17: the sampling page. Its number fields are text fields with the number keypad (a browser sends an
     * {@code <input type=number>} holding "abc" as empty, so it read 必填); "abc" is refused beside its field, in Chinese
     * and at ?lang=en.
     */
    @Test
    void theSamplingPageSaysWhatIsWrongWithANumberBesideTheField() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String sampler = drawn.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        for (String lang : List.of("zh", "en")) {
            Browserless browser = new Browserless(port, sampler);
            Browserless.Page page = browser.get("/tasks/" + task + "?lang=" + lang);
            assertThat(page.body()).containsPattern("type=\"text\" id=\"testQuantity\"[^>]*inputmode=\"numeric\"")
                    .containsPattern("type=\"text\" id=\"amountPaid\"[^>]*inputmode=\"decimal\"")
                    .doesNotContain("type=\"number\"");
            Map<String, List<String>> form = new java.util.LinkedHashMap<>();
            SpotCheckFlow.samplingForm("PLASTIC_BAG", "F17P" + lang, drawn).forEach((name, value) -> form.put(name,
                    value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
            form.put("testQuantity", List.of("abc"));
            Browserless.Page refused = browser.post("/tasks/" + task + "/complete?lang=" + lang, form, page.csrf());
            assertThat(refused.status()).isEqualTo(200);
            assertThat(errorBeside(refused.body(), "testQuantity")).isEqualTo(lang.equals("zh") ? "请输入整数" : "Enter a whole number");
            // what was typed is shown again, for the sampler to correct
            assertThat(refused.body()).containsPattern("id=\"testQuantity\" name=\"testQuantity\" value=\"abc\"");
            // the production date's refusal beside its field on the page: ProductionDatePageTest (brief fix17)
        }
        assertThat(api.taskId(sampler, caseCode, "recordSampling")).isEqualTo(task);
    }

    private static String errorBeside(String body, String field) {
        int at = body.indexOf("id=\"" + field + "-error\"");
        assertThat(at).as(field + "-error").isPositive();
        String rest = body.substring(body.indexOf('>', at) + 1);
        return rest.substring(0, rest.indexOf("</div>")).strip();
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
