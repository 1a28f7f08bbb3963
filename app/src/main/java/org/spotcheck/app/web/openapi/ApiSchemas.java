package org.spotcheck.app.web.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas of the API document that no handler's signature gives (problem details, field errors), the
 * examples, nullability of optional properties, and the helpers the other parts build schemas with.
 */
final class ApiSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiSchemas() {
    }

    static Schema<?> problemDetail() {
        Schema<?> problem = types(new JsonSchema(), "object")
                .description("RFC 9457 problem details. `rule` is a stable code a client may branch on; `detail` is the "
                        + "text for a person, Chinese by default, English with Accept-Language: en or ?lang=en.")
                .addProperty("type", types(new JsonSchema(), "string").description("about:blank"))
                .addProperty("title", types(new JsonSchema(), "string"))
                .addProperty("status", types(new JsonSchema(), "integer"))
                .addProperty("detail", types(new JsonSchema(), "string"))
                .addProperty("instance", types(new JsonSchema(), "string").description("The request path"))
                .addProperty("rule", types(new JsonSchema(), "string").description("The rule that refused the request"))
                .addProperty("errors", types(new JsonSchema(), "array").items(new JsonSchema().$ref("#/components/schemas/FieldError"))
                        .description("For input errors: one entry per field"));
        problem.required(List.of("status", "rule"));
        return problem;
    }

    static Schema<?> fieldError() {
        Schema<?> error = types(new JsonSchema(), "object")
                .addProperty("field", types(new JsonSchema(), "string").description("The field's path, e.g. results.PB-02"))
                .addProperty("rule", types(new JsonSchema(), "string"))
                .addProperty("message", types(new JsonSchema(), "string"));
        error.required(List.of("field", "rule"));
        return error;
    }

    /** Examples of the bodies a client sends and gets on the spot-check path (checked against their schemas by ContractTest). */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("DecisionForm", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}"),
            Map.entry("SamplingForm", """
                    {"channel":"PRODUCTION","productName":"塑料购物袋","trademark":"绿洁","specification":"400×500mm",
                     "productStandard":"GB/T 21661-2020","batchNumber":"20261101","stockOnHand":"2000个","testQuantity":40,
                     "backupQuantity":20,"testSealNumber":"FT1-T","backupSealNumber":"FT1-B","backupLocation":"ENTERPRISE",
                     "unitPrice":"0.50","amountPaid":"30.00","samplers":["sampler-a","sampler-b"]}"""),
            Map.entry("ConfirmSamplingForm", "{\"method\":\"PAPER\",\"signedByName\":\"王经理\",\"signaturePhotoId\":1}"),
            Map.entry("ReceiveSampleCommand", "{\"sampleCode\":\"YP-JH-2027-0001-01-01\",\"testSealNumber\":\"FT1-T\",\"sealIntact\":true}"),
            Map.entry("EnterResultsCommand", """
                    {"results":{"PB-01":"符合","PB-02":"0.030","PB-03":"1.0","PB-04":"符合","PB-05":"符合","PB-06":"符合",
                     "PB-07":"7.0","PB-08":"9","PB-09":"符合"}}"""),
            Map.entry("LimsSubmission", """
                    {"labSampleId":12,"sampleCode":"YP-JH-2027-0001-01-01","reportId":7,"reportVersion":1,"reportStatus":"DRAFTED",
                     "conclusion":"NO_NONCONFORMITY_FOUND","conclusionZh":"所检项目未发现不合格","grade":null,"failedItems":[],
                     "items":[{"code":"PB-02","measured":"0.030","rounded":"0.03","computedVerdict":"PASS","verdict":"PASS",
                     "overridden":false}]}"""),
            Map.entry("UnreadCount", "{\"unread\":3}"),
            Map.entry("FieldDownload", """
                    {"user":{"username":"sampler-a","name":"张抽样"},"downloadedAt":"2027-03-01T01:00:00Z",
                     "cases":[{"caseCode":"JH-2027-0001-01-01","taskId":"2501","planCode":"JH-2027-0001",
                     "dueAt":"2027-03-15T15:59:59Z","enterprise":{"code":"ENT-A","name":"南京绿洁塑料制品有限公司",
                     "creditCode":"91320100MA1XXXXX0A","address":"南京市江宁区"},"product":{"code":"PLASTIC_BAG","name":"塑料购物袋"},
                     "lab":{"code":"LAB1","name":"江苏省产品质量监督检验研究院（示例）"},"rule":{"id":1,"title":"塑料购物袋产品质量监督抽查实施细则",
                     "version":"2026","testPortion":40,"backupPortion":20,"unit":"个"},
                     "samplers":[{"username":"sampler-a","name":"张抽样"},{"username":"sampler-b","name":"李抽样"}]}],
                     "sealRanges":[{"id":3,"samplerUsername":"sampler-a","prefix":"NJ2027-","firstNumber":1,"lastNumber":500,
                     "digits":6,"first":"NJ2027-000001","last":"NJ2027-000500"}],
                     "rules":{"minSamplers":2,"required":["channel","productName"],"maxLength":{"productName":200},
                     "sealPattern":"^[A-Za-z0-9-]{4,64}$","sealRangesRequired":false,"samplesAreBought":true,"batchOrDate":true,
                     "onlineRequired":["onlinePlatform","onlineShop","buyerAccount","orderNumber"],"onlineBackupAt":"LAB",
                     "minPhotos":{"PRODUCTION":0,"E_COMMERCE":1},"maxPhotos":20,"reasons":{"REFUSED":["REFUSED_BY_ENTERPRISE"]},
                     "photo":{"maxEdge":1600,"maxBytes":1048576}},"csrf":null}"""),
            Map.entry("TaskCopyResult", "{\"copied\":[\"officer\"]}"),
            Map.entry("ProblemRule", """
                    {"rule":"IDEMPOTENCY_KEY_REQUIRED","statuses":[400],"zh":"请求头 Idempotency-Key 必填（1–100 个字符）",
                     "en":"The Idempotency-Key header is required (1-100 characters)"}"""),
            Map.entry("TaskContext", "{\"reinspectionTaskCode\":\"JH-2027-0001-01-01-F1\"}"),
            Map.entry("TaskFormJsonSchema", """
                    {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["decision"],
                     "properties":{"decision":{"type":"string","enum":["APPROVE","RETURN"],"x-labels":{"APPROVE":"同意","RETURN":"退回"}},
                     "comment":{"type":"string","maxLength":500}}}"""),
            Map.entry("ProblemDetail", """
                    {"type":"about:blank","title":"请求有误","status":400,"detail":"输入有误：不是数值",
                     "instance":"/api/lims/lab-samples/12/results","rule":"INVALID_INPUT",
                     "errors":[{"field":"results.PB-02","rule":"NOT_A_NUMBER","message":"不是数值"}]}"""));

    /**
     * What a client needs to know about a property that its type does not say ("Schema.property" → text): above all
     * where identifiers come from, so that a client reads them from an answer and never builds one (issue 18).
     */
    static final Map<String, String> PROPERTY_DESCRIPTIONS = Map.of(
            "PlanViewItem.caseNumbers", "The numbers of the spot-check cases drawn for this item, in the order drawn; "
                    + "empty until the plan is issued. A case number is the business key of the case's tasks "
                    + "(GET /api/tasks?businessKey=) and the path of /api/spot-check-tasks/{code} and /api/cases/{number}. "
                    + "Read it here; its format is not part of the contract.",
            "TaskView.businessKey", "What the task is about: the plan's code (PlanView.code) for the plan approval steps, "
                    + "a case number (PlanViewItem.caseNumbers, LabSampleView.taskCode) for the steps of a spot-check.",
            "TaskView.taskKey", "The step (the BPMN user task id); x-task-forms of POST /api/tasks/{id}/complete names "
                    + "its form schema.",
            "LabSampleView.taskCode", "The case number of the spot-check this sample was taken in (the business key of "
                    + "its tasks).");

    @SuppressWarnings("rawtypes")
    static void describeProperties(Components components) {
        PROPERTY_DESCRIPTIONS.forEach((key, text) -> {
            String[] at = key.split("\\.", 2);
            Schema schema = components.getSchemas().get(at[0]);
            Object property = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(at[1]);
            if (property instanceof Schema p) {
                p.setDescription(text);
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void addExamples(Components components) {
        EXAMPLES.forEach((name, example) -> {
            Schema schema = components.getSchemas().get(name);
            if (schema != null) {
                schema.setExamples(List.of(JSON.readValue(example, LinkedHashMap.class)));
            }
        });
    }

    /**
     * The server writes {@code null} for an absent value, so every property that is not required may be null
     * (JSON Schema 2020-12: {@code "type": [..., "null"]}; a reference becomes {@code anyOf [ref, null]}).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void markOptionalPropertiesNullable(Components components) {
        Set<String> skip = Set.of("ProblemDetail", "FieldError");
        for (Map.Entry<String, Schema> entry : components.getSchemas().entrySet()) {
            Schema<?> schema = entry.getValue();
            if (skip.contains(entry.getKey()) || schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
                if (required.contains(property.getKey())) {
                    continue;
                }
                Schema value = property.getValue();
                if (value.get$ref() != null) {
                    Schema nullable = new JsonSchema().anyOf(List.of(new JsonSchema().$ref(value.get$ref()), types(new JsonSchema(), "null")));
                    ((Map<String, Schema>) schema.getProperties()).put(property.getKey(), nullable);
                } else if (value.getTypes() != null && !value.getTypes().isEmpty()) {
                    value.addType("null");
                }
            }
        }
    }

    /** Adds the schema of {@code type} and of every type it refers to; returns its name. */
    static String addSchemas(Components components, Type type) {
        Map<String, Schema> all = ModelConverters.getInstance(true).readAll(type);
        all.forEach((name, schema) -> {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                components.addSchemas(name, schema);
            }
        });
        Map<String, Schema> own = ModelConverters.getInstance(true).read(type);
        return own.keySet().iterator().next();
    }

    static Operation operation(OpenAPI openApi, String path, PathItem.HttpMethod method) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(method);
    }

    static RequestBody jsonBody(String schema, boolean required, String description) {
        return new RequestBody().required(required).description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + schema))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static <S extends Schema> S types(S schema, String... types) {
        schema.types(new LinkedHashSet<>(List.of(types)));
        return schema;
    }
}
