package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.form.FormSchema;
import org.spotcheck.app.workflow.form.FormSchemas;
import org.spotcheck.app.workflow.form.FormValidator;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.FieldViolation;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Task forms as data (issue 18.2): every step's form is a JSON Schema (draft 2020-12) generated from
 * its record, served with the task, and the one check a completion passes before the step runs.
 */
class TaskFormSchemaTest extends SpotCheckE2e {

    @Autowired
    List<TaskStep<?>> steps;

    @Autowired
    FormSchemas schemas;

    @Autowired
    FormValidator forms;

    @Autowired
    JsonMapper json;

    @Autowired
    Validator validator;

    private static final Map<String, Object> DECISION = Map.of("decision", "APPROVE", "comment", "同意");

    /** A valid body of every step key; a new step without one fails {@link #everyStepHasASchemaThatAValidBodyPasses}. */
    static Map<String, List<Map<String, Object>>> validBodies() {
        Map<String, List<Map<String, Object>>> bodies = new LinkedHashMap<>();
        for (String key : List.of("reviewPlan", "approvePlan", "countersignPlan", "reviewReport", "approveReport",
                "reviewCorrection", "approveCorrection")) {
            bodies.put(key, List.of(DECISION, Map.of("decision", "RETURN", "comment", "请补充", "returnTo", "initiator")));
        }
        bodies.put("revisePlan", List.of(Map.of("comment", "已修改"), Map.of()));
        bodies.put("organiseReinspection", List.of(Map.of("comment", "组织复查")));
        Map<String, Object> refusal = Map.of("outcome", "REFUSED", "reason", "REFUSED_BY_ENTERPRISE", "note", "企业拒绝抽样",
                "evidenceIds", List.of(1), "samplers", List.of("sampler-a", "sampler-b"));
        Map<String, Object> sampled = new LinkedHashMap<>(SpotCheckFlow.samplingForm("PLASTIC_BAG", "SCHEMA-1", List.of("sampler-a", "sampler-b")));
        bodies.put("recordSampling", List.of(sampled, refusal));
        // a re-inspection's samples are free (Order 18 art. 49): its schema fixes amountPaid to 0, "0.00" is that 0
        Map<String, Object> free = new LinkedHashMap<>(sampled);
        free.put("amountPaid", "0.00");
        bodies.put("recordReinspectionSampling", List.of(free, refusal));
        bodies.put("confirmSampling", List.of(Map.of("method", "PAPER", "signedByName", "王经理", "signaturePhotoId", 1),
                Map.of("method", "ONLINE", "password", "x", "acceptStatement", true)));
        bodies.put("receiveSample", List.of(Map.of("sampleCode", "YP-1", "testSealNumber", "S-0001", "sealIntact", true)));
        bodies.put("enterResults", List.of(Map.of("results", Map.of("PB-01", "符合", "PB-02", "0.030"))));
        bodies.put("correctResults", List.of(Map.of("results", Map.of("PB-02", "未检出（<0.01）"))));
        bodies.put("serveNotice", List.of(Map.of("servedOn", "2026-12-01", "method", "POST")));
        bodies.put("acknowledgeNotice", List.of(Map.of("acknowledged", true)));
        bodies.put("fileObjection", List.of(Map.of("disputedItems", List.of("PB-02"), "reason", "数值有误", "acceptsPrepayment", true)));
        bodies.put("decideObjection", List.of(Map.of("decision", "ACCEPT", "reason", "受理")));
        bodies.put("orderRectification", List.of(Map.of("requirements", "停止销售并整改", "seriousQualityProblem", false)));
        bodies.put("submitRectificationReport", List.of(Map.of("summary", "已整改", "evidenceIds", List.of(1))));
        bodies.put("announceFailure", List.of(Map.of("text", "复查不合格公告")));
        bodies.put("orderSuspension", List.of(Map.of("suspendedUntil", "2027-03-01", "text", "责令停业整顿")));
        for (String key : List.of("handleReferral", "handleRefusalReferral", "handleRevocationReferral")) {
            bodies.put(key, List.of(Map.of("decision", "CASE_OPENED", "comment", "立案")));
        }
        bodies.put("startSpecialPlan", List.of(Map.of("decision", "DISMISS", "comment", "暂不启动")));
        return bodies;
    }

    /** The schema without the case: result entry's items are added per sample (tested on the API below). */
    private FormSchema schemaOf(TaskStep<?> step) {
        return Set.of("enterResults", "correctResults").contains(step.taskKey()) ? schemas.of(step.formType())
                : step.formSchema(schemas, null, Map.of());
    }

    @Test
    void everyStepHasASchemaThatAValidBodyPasses() {
        Map<String, List<Map<String, Object>>> bodies = validBodies();
        Set<String> keys = steps.stream().map(TaskStep::taskKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).as("every step key has a valid body in this test").isSubsetOf(bodies.keySet()).hasSizeGreaterThan(20);
        for (TaskStep<?> step : steps) {
            FormSchema schema = schemaOf(step);
            assertThat(schema.json().get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            for (Map<String, Object> body : bodies.get(step.taskKey())) {
                assertThat(forms.violations(schema, body)).as(step.taskKey() + " " + body).isEmpty();
                // the record agrees: the same body reads into the form and passes its Bean Validation
                Object form = json.convertValue(body, step.formTypeFor(body));
                assertThat(validator.validate(form)).as(step.taskKey() + " record " + body).isEmpty();
            }
        }
    }

    /**
     * Leaving out any required field of any step is refused by the schema naming that field, with a
     * rule the record's own validation also gives for it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aMissingRequiredFieldIsNamedWithTheRecordsRule() {
        int checked = 0;
        for (TaskStep<?> step : steps) {
            FormSchema schema = schemaOf(step);
            Map<String, Object> body = validBodies().get(step.taskKey()).get(0);
            Map<String, Object> object = schema.json().containsKey("then") ? (Map<String, Object>) schema.json().get("then") : schema.json();
            for (Object field : (List<Object>) object.getOrDefault("required", List.of())) {
                Map<String, Object> without = new LinkedHashMap<>(body);
                without.remove(field);
                List<FieldViolation> violations = forms.violations(schema, without);
                assertThat(violations).as(step.taskKey() + " without " + field).anySatisfy(v -> assertThat(v.field()).isEqualTo(field));
                String rule = violations.stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow().rule();
                Set<String> recordRules = validator.validate(json.convertValue(without, step.formTypeFor(without))).stream()
                        .filter(v -> v.getPropertyPath().toString().equals(field))
                        .map(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                        .collect(Collectors.toSet());
                assertThat(recordRules).as(step.taskKey() + "." + field).contains(rule);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void limitsComeFromTheRecordsConstraints() {
        FormSchema sampling = schemas.byField("outcome", "SAMPLED", org.spotcheck.sampling.api.SamplingForm.class,
                org.spotcheck.sampling.api.NonSamplingForm.class);
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) sampling.json().get("then")).get("properties");
        assertThat((Map<String, Object>) properties.get("testQuantity")).containsEntry("minimum", 1L).containsEntry("maximum", 100000L);
        assertThat((Map<String, Object>) properties.get("productName")).containsEntry("maxLength", 200);
        assertThat((Map<String, Object>) properties.get("testSealNumber")).containsEntry("pattern", "^(?:[A-Za-z0-9-]{4,64})$");
        assertThat((Map<String, Object>) properties.get("samplers")).containsEntry("minItems", 2).containsEntry("maxItems", 10);
        assertThat((Map<String, Object>) properties.get("channel")).extractingByKey("enum").asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("PRODUCTION", "DISTRIBUTION", "E_COMMERCE");
        Map<String, Object> sample = new LinkedHashMap<>(SpotCheckFlow.samplingForm("PLASTIC_BAG", "SCHEMA-2", List.of("sampler-a", "sampler-b")));
        sample.put("testQuantity", 0);
        sample.put("testSealNumber", "x");
        sample.put("channel", "BY_PIGEON");
        sample.put("samplers", List.of("sampler-a"));
        List<FieldViolation> violations = forms.violations(sampling, sample);
        assertThat(violations).extracting(v -> v.field() + ":" + v.rule())
                .contains("testQuantity:Min", "testSealNumber:Pattern", "channel:MALFORMED_VALUE", "samplers:Size");
        Map<String, Object> unknown = new LinkedHashMap<>(SpotCheckFlow.samplingForm("PLASTIC_BAG", "SCHEMA-3", List.of("sampler-a", "sampler-b")));
        unknown.put("colour", "red");
        assertThat(forms.violations(sampling, unknown)).extracting(v -> v.field() + ":" + v.rule()).containsExactly("colour:MALFORMED_VALUE");
        // @AssertTrue: true, or the text a page's checkbox posts; false is refused with the record's rule
        FormSchema acknowledge = schemaOf(steps.stream().filter(st -> st.taskKey().equals("acknowledgeNotice")).findFirst().orElseThrow());
        assertThat(forms.violations(acknowledge, Map.of("acknowledged", "true"))).isEmpty();
        assertThat(forms.violations(acknowledge, Map.of("acknowledged", false))).extracting(v -> v.field() + ":" + v.rule())
                .containsExactly("acknowledged:AssertTrue");
        // a decimal is a string that keeps its precision, as in the API (ADR 0017 decision 12); a JSON number is still read;
        // its limits apply to the string; a string that is no decimal is refused
        assertThat((Map<String, Object>) properties.get("unitPrice")).containsEntry("type", List.of("string", "number"))
                .containsEntry("pattern", "^-?[0-9]+(\\.[0-9]+)?$").containsEntry("minimum", 0L);
        Map<String, Object> priced = new LinkedHashMap<>(SpotCheckFlow.samplingForm("PLASTIC_BAG", "SCHEMA-4", List.of("sampler-a", "sampler-b")));
        priced.put("unitPrice", "0.50");
        priced.put("amountPaid", 30);
        assertThat(forms.violations(sampling, priced)).isEmpty();
        priced.put("unitPrice", "-1.00");
        priced.put("amountPaid", "thirty");
        assertThat(forms.violations(sampling, priced)).extracting(v -> v.field() + ":" + v.rule())
                .containsExactly("amountPaid:MALFORMED_VALUE", "unitPrice:DecimalMin");
        // a visit without a sample is checked against its own form
        List<FieldViolation> visit = forms.violations(sampling, Map.of("outcome", "REFUSED"));
        assertThat(visit).extracting(FieldViolation::field).contains("reason", "note", "evidenceIds", "samplers");
    }

    /** The API serves the form with the task, labels in Chinese (English with ?lang=en), and refuses a bad body naming the field. */
    @Test
    void theApiServesTheFormAndRefusesABodyThatBreaksIt() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        Api.Response got = api.get("plan-reviewer", "/api/tasks/" + task);
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        JsonNode form = got.get("form");
        assertThat(form.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(form.get("required").toString()).contains("decision");
        assertThat(form.get("properties").get("decision").get("x-labels").get("APPROVE").asString()).isEqualTo("同意");
        assertThat(form.get("properties").get("comment").get("maxLength").asInt()).isEqualTo(1000);
        Api.Response english = api.get("plan-reviewer", "/api/tasks/" + task + "?lang=en");
        assertThat(english.get("form").get("properties").get("decision").get("x-labels").get("APPROVE").asString()).isEqualTo("Approve");

        assertRefused(api.complete("plan-reviewer", task, Map.of("comment", "没有决定")), "decision", "NotNull");
        assertRefused(api.complete("plan-reviewer", task, Map.of("decision", "MAYBE")), "decision", "MALFORMED_VALUE");
        assertRefused(api.complete("plan-reviewer", task, Map.of("decision", "APPROVE", "comment", "长".repeat(1001))), "comment", "Size");
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).as("refused bodies leave the task open").isEqualTo(task);
        Api.Response done = api.complete("plan-reviewer", task, DECISION);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /** Result entry: the schema carries each item of the sample with its limit, unit, decimals and accepted forms. */
    @Test
    void theResultEntrySchemaDescribesEveryItem() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampled(caseCode);
        flow.received(caseCode, seal);
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        Api.Response got = api.get("lab1-tester", "/api/tasks/" + task);
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        JsonNode results = got.get("form").get("properties").get("results");
        assertThat(results.get("minProperties").asInt()).isEqualTo(1);
        List<String> kinds = new ArrayList<>();
        int items = 0;
        for (JsonNode item : got.get("context").get("labSample").get("items")) {
            JsonNode property = results.get("properties").get(item.get("code").asString());
            assertThat(property).as(item.get("code").asString()).isNotNull();
            assertThat(property.get("x-limit").get("type").asString()).isEqualTo(item.get("limitType").asString());
            assertThat(property.get("x-limit").get("display").asString()).isNotBlank();
            JsonNode unitZh = item.get("unitZh");
            assertThat(property.get("x-unit").toString()).isEqualTo(unitZh != null && !unitZh.isNull() ? unitZh.toString()
                    : item.get("unit").toString());
            assertThat(property.get("x-decimals").toString()).isEqualTo(item.get("decimals").toString());
            assertThat(property.get("maxLength").asInt()).isEqualTo(100);
            property.get("x-accepts").forEach(a -> kinds.add(a.asString()));
            if ("MAX".equals(item.get("limitType").asString())) {
                assertThat(property.get("x-accepts").toString()).as("≤ limit: 未检出 with the detection limit").contains("NOT_DETECTED");
            }
            if (property.get("x-accepts").toString().contains("CHOICE")) {
                assertThat(property.get("x-choices").size()).isPositive();
            }
            items++;
        }
        assertThat(items).isGreaterThan(3);
        assertThat(kinds).contains("NUMBER", "CHOICE");
        assertRefused(api.complete("lab1-tester", task, Map.of("results", Map.of())), "results", "NotEmpty");
        assertRefused(api.complete("lab1-tester", task, Map.of("results", Map.of("PB-02", "9".repeat(101)))), "results.PB-02", "Size");
        // what can be judged stays the testing module's rule
        assertRefused(api.complete("lab1-tester", task, Map.of("results", Map.of("PB-01", "也许"))), "results.PB-01", "NOT_A_CHOICE");
    }

    private static void assertRefused(Api.Response response, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"rule\"");
        boolean named = false;
        for (JsonNode error : response.get("errors")) {
            if (error.get("field").asString().equals(field) && error.get("rule").asString().equals(rule)) {
                named = true;
            }
        }
        assertThat(named).as(field + " " + rule + " in " + response.body()).isTrue();
    }

    @SuppressWarnings("unused")
    private static Set<String> rules(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .collect(Collectors.toSet());
    }
}
