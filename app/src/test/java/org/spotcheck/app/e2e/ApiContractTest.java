package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document tells the truth (issue 18.1, ADR 0017): a whole spot-check runs over the API, people
 * with HTTP Basic and the lab's system with its Bearer token, and every request and answer on the way
 * (errors included) is validated against /v3/api-docs: the operation, the status, the content type, the
 * JSON bodies against their schemas and the problem's rule against the documented ones. A change of a
 * response that the document does not follow fails here.
 */
class ApiContractTest extends SpotCheckE2e {

    private final List<Api.Exchange> exchanges = new CopyOnWriteArrayList<>();
    private OpenApiContract contract;

    @BeforeEach
    void readTheDocument() {
        Api.Response docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        contract = new OpenApiContract(docs.json());
        // for client generators (openapi-generator -i app/target/openapi.json)
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), docs.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        api.recordingTo(exchanges::add);
    }

    @Test
    void aWholeSpotCheckOverTheApiMatchesTheDocument() {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        String review = api.taskId("plan-reviewer", plan.get("code").asString(), "reviewPlan");
        assertThat(api.get("plan-reviewer", "/api/tasks/" + review).status()).isEqualTo(200);
        Api.Response copied = api.post("plan-reviewer", "/api/tasks/" + review + "/copy", Map.of("toUsers", List.of("officer")));
        assertThat(copied.status()).as(copied.body()).isEqualTo(200);
        String caseCode = flow.approvedCase(plan);
        // the offline app's download, typed (FieldDownload)
        Api.Response download = api.get(flow.samplers(caseCode).get(0), "/api/field/cases");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).contains(caseCode);
        api.get("planner", "/api/plans/" + plan.get("id").asLong());
        api.get("planner", "/api/spot-check-tasks/" + caseCode);
        assertThat(api.get("planner", "/api/notifications/unread-count").status()).isEqualTo(200);
        String seal = flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        assertThat(api.get("lab1-tester", "/api/tasks/" + receive).status()).isEqualTo(200);
        flow.received(caseCode, seal);

        // the lab's system: its token, its inbox, the task with its context, the LIMS submission
        JsonNode issued = api.post("secadmin", "/api/security/tokens", Map.of("labCode", "LAB1", "name", "LIMS contract", "validDays", 30)).json();
        Map<String, String> lims = Map.of("Authorization", "Bearer " + issued.get("token").asString());
        JsonNode inbox = Api.parse(api.exchange("GET", "/api/tasks?taskKey=enterResults", lims, null).body());
        String taskId = inbox.valueStream().filter(t -> caseCode.equals(t.get("businessKey").asString()))
                .findFirst().orElseThrow().get("id").asString();
        assertThat(api.exchange("GET", "/api/tasks/" + taskId, lims, null).statusCode()).isEqualTo(200);
        long labSample = Api.parse(api.exchange("GET", "/api/lab-samples", lims, null).body()).valueStream()
                .filter(s -> caseCode.equals(s.get("taskCode").asString())).findFirst().orElseThrow().get("id").asLong();
        String results = "/api/lims/lab-samples/" + labSample + "/results";
        Map<String, Object> body = Map.of("results", SpotCheckFlow.PASSING_BAG);

        assertThat(api.exchange("POST", results, lims, body).statusCode()).as("no Idempotency-Key").isEqualTo(400);
        Map<String, String> bad = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        bad.put("PB-02", "thin");
        Map<String, String> keyed = new HashMap<>(lims);
        keyed.put("Idempotency-Key", "contract-" + caseCode);
        assertThat(api.exchange("POST", results, keyed, Map.of("results", bad)).statusCode()).isEqualTo(400);
        HttpResponse<String> submitted = api.exchange("POST", results, keyed, body);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        HttpResponse<String> replayed = api.exchange("POST", results, keyed, body);
        assertThat(replayed.statusCode()).isEqualTo(201);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(api.exchange("POST", results, keyed, Map.of("results", Map.of("PB-01", "符合"))).statusCode())
                .as("the same key for another body").isEqualTo(422);

        assertThat(api.get("lab1-reviewer", "/api/tasks/" + api.taskId("lab1-reviewer", caseCode, "reviewReport")).status())
                .isEqualTo(200);
        flow.decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", "数据核对无误");
        flow.decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
        api.get("planner", "/api/cases/" + caseCode);
        api.get("planner", "/api/cases/" + caseCode + "/diagram");
        api.get("lab1-tester", "/api/tasks/completed");
        api.get("officer", "/api/disposal/cases");
        // decimals in answers (rates, thresholds): strings as the document says (issue 18.3)
        assertThat(api.get("officer", "/api/disposal/statistics?dimension=TOTAL").status()).isEqualTo(200);
        JsonNode warningRule = api.post("officer", "/api/disposal/warning-rules", Map.of("name", "contract " + caseCode,
                "kind", "PASS_RATE_BELOW", "thresholdPct", "85.50")).json();
        assertThat(Api.decimal(warningRule.get("thresholdPct"))).isEqualByComparingTo("85.5");
        api.get("officer", "/api/disposal/warning-rules");
        assertThat(api.get(null, "/api/public/problem-rules").status()).isEqualTo(200);

        // errors on the way
        assertThat(api.get(null, "/api/tasks").status()).isEqualTo(401);
        assertThat(api.exchange("GET", "/api/tasks", Map.of("Authorization", "Bearer sct_unknown"), null).statusCode()).isEqualTo(401);
        assertThat(api.get("lab1-tester", "/api/plans/" + plan.get("id").asLong()).status()).isIn(403, 404);
        assertThat(api.complete("lab1-tester", taskId, body).status()).as("a task already completed").isIn(404, 409);
        assertThat(api.post("planner", "/api/plans", "{\"title\":").status()).isEqualTo(400);
        assertThat(api.get("planner", "/api/plans/x").status()).isEqualTo(400);

        List<String> violations = new ArrayList<>();
        exchanges.forEach(e -> violations.addAll(contract.violations(e)));
        assertThat(violations).as("%d exchanges checked", exchanges.size()).isEmpty();
        assertThat(exchanges).hasSizeGreaterThan(30);
        assertThat(exchanges).extracting(Api.Exchange::status).contains(200, 201, 204, 400, 401, 422);
    }

    @Test
    void theDocumentHidesServerArgumentsAndNamesErrorsHeadersAndSecurity() {
        JsonNode doc = contract.doc();
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        List<String> actorParameters = new ArrayList<>();
        List<String> untypedErrors = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            op.getValue().path("parameters").forEach(p -> {
                if ("actor".equals(p.get("name").asString())) {
                    actorParameters.add(op.getKey() + " " + path.getKey());
                }
            });
            op.getValue().get("responses").properties().forEach(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode content = r.getValue().get("content");
                    if (content == null || content.get("application/problem+json") == null || content.size() != 1) {
                        untypedErrors.add(op.getKey() + " " + path.getKey() + " " + r.getKey());
                    }
                }
            });
            assertThat(op.getValue().get("security")).as(op.getKey() + " " + path.getKey()).isNotNull();
        }));
        assertThat(actorParameters).isEmpty();
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)").matcher(doc.toString());
        List<String> dangling = new ArrayList<>();
        while (refs.find()) {
            if (!doc.get("components").get("schemas").has(refs.group(1))) {
                dangling.add(refs.group(1));
            }
        }
        assertThat(dangling).as("references to missing schemas").isEmpty();
        assertThat(contract.operation("POST", "/api/tasks/abc/complete").get("operationId").asString()).isEqualTo("taskComplete");
        assertThat(contract.operation("POST", "/api/lims/lab-samples/1/results").get("operationId").asString()).isEqualTo("limsSubmitResults");
        assertThat(untypedErrors).isEmpty();

        JsonNode lims = contract.operation("POST", "/api/lims/lab-samples/1/results");
        assertThat(lims.get("responses").has("201")).isTrue();
        assertThat(lims.get("responses").has("200")).isFalse();
        assertThat(lims.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/EnterResultsCommand");
        JsonNode key = lims.get("parameters").valueStream().filter(p -> "Idempotency-Key".equals(p.get("name").asString()))
                .findFirst().orElseThrow();
        assertThat(key.get("in").asString()).isEqualTo("header");
        assertThat(key.get("required").asBoolean()).isTrue();
        assertThat(lims.get("security").toString()).contains("labToken").contains("basicAuth");
        assertThat(lims.get("responses").get("400").get("x-problem-rules").toString()).contains("IDEMPOTENCY_KEY_REQUIRED");

        JsonNode complete = contract.operation("POST", "/api/tasks/abc/complete");
        assertThat(complete.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/TaskForm");
        JsonNode forms = doc.get("components").get("schemas").get("TaskForm").get("x-task-forms");
        assertThat(forms.get("recordSampling").toString()).contains("SamplingForm", "NonSamplingForm");
        assertThat(forms.get("enterResults").toString()).contains("EnterResultsCommand");
        assertThat(forms.get("reviewReport").toString()).contains("DecisionForm");

        assertThat(contract.operation("GET", "/api/tasks").get("responses").get("200").get("headers").has("X-Total-Count")).isTrue();
        // the inbox counts up to 1,000 and says when more match (issue 14)
        assertThat(contract.operation("GET", "/api/tasks").get("responses").get("200").get("headers").has("X-Total-Count-Exceeds")).isTrue();
        assertThat(contract.operation("GET", "/api/tasks/abc").get("responses").get("200").toString()).contains("TaskDetail");
        assertThat(doc.get("components").get("securitySchemes").get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(doc.get("components").get("securitySchemes").get("labToken").get("scheme").asString()).isEqualTo("bearer");
        // people only: a lab token acts as a lab tester and never issues tokens
        assertThat(contract.operation("POST", "/api/security/tokens").get("security").toString()).doesNotContain("labToken");
        // public: no login needed
        assertThat(contract.operation("GET", "/api/public/results").get("security").get(0).isEmpty()).isTrue();
        assertThat(contract.exampleViolations()).isEmpty();
        assertThat(doc.get("components").get("schemas").get("SamplingForm").has("examples")).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    List<org.spotcheck.app.workflow.step.TaskStep<?>> steps;

    /**
     * What a generated client needs as types, and what the steps declare (issue 18): the steps' keys are the enum
     * TaskKey (every user task of the BPMN processes is one), an upload's kind is the enum AttachmentKind, TaskContext has
     * exactly the properties the steps declare (TaskStep.contextTypes), and an operation lists the rules of the code
     * behind it, not every rule of the code base.
     */
    @Test
    void closedSetsAreEnumsTheContextIsWhatTheStepsDeclareAndRulesArePerOperation() throws Exception {
        JsonNode schemas = contract.doc().get("components").get("schemas");
        List<String> taskKeys = schemas.get("TaskKey").get("enum").valueStream().map(JsonNode::asString).toList();
        java.util.Set<String> userTasks = new java.util.TreeSet<>();
        for (org.springframework.core.io.Resource bpmn : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:processes/*.bpmn20.xml")) {
            java.util.regex.Matcher task = java.util.regex.Pattern.compile("<userTask id=\"(\\w+)\"")
                    .matcher(new String(bpmn.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (task.find()) {
                userTasks.add(task.group(1));
            }
        }
        assertThat(userTasks).isNotEmpty();
        assertThat(taskKeys).containsAll(userTasks);
        assertThat(schemas.get("TaskView").get("properties").get("taskKey").toString()).contains("#/components/schemas/TaskKey");
        assertThat(contract.operation("GET", "/api/tasks").get("parameters").toString()).contains("#/components/schemas/TaskKey");
        assertThat(schemas.get("AttachmentKind").get("enum").toString()).contains("SIGNATURE", "PHOTO");
        assertThat(contract.operation("POST", "/api/cases/X/attachments").get("parameters").toString())
                .contains("#/components/schemas/AttachmentKind");

        java.util.Set<String> declared = new java.util.TreeSet<>();
        // exactly the steps' own declarations (a disposal or referral step declares the case's files, CaseEvidence)
        steps.forEach(step -> declared.addAll(step.contextTypes().keySet()));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        schemas.get("TaskContext").get("properties").properties().forEach(e -> documented.add(e.getKey()));
        assertThat(documented).isEqualTo(declared).contains("plan", "labSample", "countersign", "countersignShare", "portion", "caseEvidence");

        JsonNode download = contract.operation("GET", "/api/field/cases").get("responses").get("200");
        assertThat(download.toString()).contains("#/components/schemas/FieldDownload");
        assertThat(schemas.get("FieldDownload").has("examples")).isTrue();

        String planRules = contract.operation("POST", "/api/plans").get("responses").toString();
        assertThat(planRules).doesNotContain("NOT_A_CHOICE", "IDEMPOTENCY_KEY_REQUIRED");
        String completeRules = contract.operation("POST", "/api/tasks/abc/complete").get("responses").toString();
        assertThat(completeRules).contains("NOT_A_CHOICE", "FREE_SAMPLE", "CLAIM_FIRST");
    }

    /**
     * Issue 18.3 (ADR 0017 decision 12): every BigDecimal of the API is a string that keeps its scale, in answers and in
     * bodies. springdoc types a BigDecimal as {@code number} without a format (a double or float has one), so any such
     * {@code number} left in the document is a decimal that a client would read through a binary floating point.
     */
    @Test
    void everyDecimalIsAStringInTheDocument() {
        List<String> numbers = new ArrayList<>();
        collectNumbers(contract.doc(), "#", numbers);
        assertThat(numbers).as("decimals typed number").isEmpty();
        JsonNode schemas = contract.doc().get("components").get("schemas");
        for (String property : List.of("StatisticsViewRow.initialNonconformityRate", "WarningRuleView.thresholdPct",
                "WarningRuleCommand.thresholdPct", "PlanViewItem.budget", "DraftPlanCommandItem.budget", "SampleView.unitPrice",
                "SamplingForm.amountPaid", "LabSampleViewItem.rounded", "RuleViewItem.limitValue", "TaskContext.countersignShare")) {
            String[] at = property.split("\\.");
            JsonNode schema = schemas.get(at[0]).get("properties").get(at[1]);
            assertThat(schema.toString()).as(property).contains("\"string\"").doesNotContain("\"number\"");
        }
    }

    private static void collectNumbers(JsonNode node, String at, List<String> numbers) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            boolean number = type != null && (type.isString() ? "number".equals(type.asString())
                    : type.isArray() && type.valueStream().anyMatch(t -> "number".equals(t.asString(""))));
            String format = node.path("format").asString("");
            if (number && !"double".equals(format) && !"float".equals(format)) {
                numbers.add(at);
            }
            node.properties().forEach(e -> collectNumbers(e.getValue(), at + "/" + e.getKey(), numbers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNumbers(node.get(i), at + "/" + i, numbers);
            }
        }
    }

    /**
     * One catalogue of the rule codes (GET /api/public/problem-rules, public): every code an operation lists in
     * x-problem-rules is in it, with that status, and each code has its text in both languages where the bundles have
     * one (ProblemRuleCatalogueTest checks that every rule thrown in the code base is in it).
     */
    @Test
    void everyRuleTheDocumentNamesIsInTheCatalogueWithItsTexts() {
        Api.Response answer = api.get(null, "/api/public/problem-rules");
        assertThat(answer.status()).isEqualTo(200);
        Map<String, JsonNode> catalogue = new HashMap<>();
        answer.json().forEach(rule -> catalogue.put(rule.get("rule").asString(), rule));
        List<String> missing = new ArrayList<>();
        contract.doc().get("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                op.getValue().get("responses").properties().forEach(r -> r.getValue().path("x-problem-rules").forEach(code -> {
                    JsonNode entry = catalogue.get(code.asString());
                    if (entry == null || entry.get("statuses").valueStream().noneMatch(s -> String.valueOf(s.asInt()).equals(r.getKey()))) {
                        missing.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + " " + code.asString());
                    }
                }))));
        assertThat(missing).as("x-problem-rules not in the catalogue with that status").isEmpty();
        JsonNode key = catalogue.get("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(key.get("statuses").toString()).isEqualTo("[400]");
        assertThat(key.get("zh").asString()).contains("Idempotency-Key").contains("必填");
        assertThat(key.get("en").asString()).contains("Idempotency-Key").contains("required");
        List<String> oneLanguage = catalogue.values().stream().filter(r -> r.get("zh").isNull() != r.get("en").isNull())
                .map(r -> r.get("rule").asString()).toList();
        assertThat(oneLanguage).as("a text in one language only").isEmpty();
        assertThat(catalogue.get("LAB_CONFLICT").get("zh").asString()).isNotBlank();
    }
}
