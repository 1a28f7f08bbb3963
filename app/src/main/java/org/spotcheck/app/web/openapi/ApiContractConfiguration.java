package org.spotcheck.app.web.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.spotcheck.app.lims.LimsSubmission;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} as a client must read it (issue 18.1, ADR 0017): global
 * customisation instead of annotations on every controller, so that the document follows the code.
 * <ul>
 * <li>the {@link Actor} that the server resolves from the login is no parameter;</li>
 * <li>every error is {@code application/problem+json} with the {@code ProblemDetail} schema and the
 * {@code rule} codes the operation may give ({@code x-problem-rules});</li>
 * <li>{@code POST /api/tasks/{id}/complete} takes a {@code TaskForm}: one named schema per kind of step
 * ({@code x-task-forms} maps each task key to its schemas), read from the steps themselves;</li>
 * <li>the LIMS submission takes {@code EnterResultsCommand}, needs {@code Idempotency-Key} and answers 201
 * {@code LimsSubmission};</li>
 * <li>security per operation: HTTP Basic for people, Bearer for a lab's token where a lab tester may call;</li>
 * <li>a property that is not required may be {@code null} (the server writes nulls).</li>
 * </ul>
 */
@Configuration
class ApiContractConfiguration {

    static {
        // resolved from the login by ActorArgumentResolver, never sent by a client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";
    static final String AUTHORIZATION = "x-authorization";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The rules any operation may give, by status (ApiExceptionHandler, ProblemErrorController, security filters). */
    private static final Map<String, List<String>> GENERIC_RULES = Map.of(
            "400", List.of("INVALID_INPUT", "MALFORMED_JSON", "TYPE_MISMATCH", "REQUIRED", "CONTROL_CHARACTER"),
            "401", List.of("AUTHENTICATION_REQUIRED", "INVALID_TOKEN"),
            "403", List.of("ACCESS_DENIED"),
            "404", List.of("NOT_FOUND"),
            "409", List.of("CONCURRENT_CHANGE", "TASK_GONE"),
            "422", List.of(),
            "503", List.of("DATABASE_UNAVAILABLE"));

    /** Rules that particular operations give besides the generic ones, by "METHOD path" and status. */
    private static final Map<String, Map<String, List<String>>> OPERATION_RULES = Map.of(
            "POST /api/lims/lab-samples/{id}/results", Map.of(
                    "400", List.of("IDEMPOTENCY_KEY_REQUIRED", "IMPOSSIBLE_VALUE", "NOT_A_CHOICE", "NOT_A_NUMBER",
                            "DETECTION_LIMIT_REQUIRED", "NOT_JUDGEABLE_DETECTION_LIMIT"),
                    "403", List.of("LAB_ONLY"),
                    "409", List.of("NO_OPEN_RESULTS_STEP"),
                    "422", List.of("IDEMPOTENCY_KEY_REUSED")),
            "POST /api/tasks/{id}/complete", Map.of(
                    "400", List.of("IMPOSSIBLE_VALUE", "NOT_A_CHOICE", "NOT_A_NUMBER", "DETECTION_LIMIT_REQUIRED",
                            "NOT_JUDGEABLE_DETECTION_LIMIT")),
            "POST /api/tasks/{id}/return", Map.of("409", List.of("NO_RETURN")),
            "POST /api/tasks/{id}/withdraw", Map.of("409", List.of("NEXT_STEP_STARTED")));

    /** What any operation on one task may meet besides the generic conflicts (TaskAccess, TaskInboxService, TaskHandOverService). */
    private static final List<String> TASK_CONFLICTS = List.of("ALREADY_CLAIMED", "ALREADY_COMPLETED", "CLAIMED_BY_OTHER",
            "CLAIM_FIRST", "DELEGATED_TASK", "NOT_CLAIMED_BY_YOU", "NOT_DELEGATED_TO_YOU");

    /**
     * Names nested records after their enclosing type ({@code LabSampleView.Item} → {@code LabSampleViewItem}):
     * swagger-core names a schema by the simple class name, so two nested {@code Item}s shared one schema and the
     * document described lab samples with the items of a plan.
     */
    @Bean
    io.swagger.v3.core.converter.ModelConverter nestedTypeNames() {
        return new io.swagger.v3.core.converter.ModelConverter() {
            @Override
            public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, io.swagger.v3.core.converter.ModelConverterContext context,
                    java.util.Iterator<io.swagger.v3.core.converter.ModelConverter> chain) {
            Class<?> raw = type.getType() instanceof Class<?> c ? c
                    : io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass();
            if (type.getName() == null && raw.getEnclosingClass() != null && !raw.isEnum()
                    && raw.getName().startsWith("org.spotcheck.")) {
                type.name(raw.getEnclosingClass().getSimpleName() + raw.getSimpleName());
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }

            @Override
            public boolean isOpenapi31() {
                return true;
            }
        };
    }

    /**
     * A decimal that the API writes as a string ({@code @JsonFormat(shape = STRING)}: results, limits and detection
     * limits keep the precision the lab reported, issue 18.3) is documented as a string, as it is sent.
     */
    @Bean
    io.swagger.v3.core.converter.ModelConverter decimalsWrittenAsStrings() {
        return new io.swagger.v3.core.converter.ModelConverter() {
            @Override
            public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, io.swagger.v3.core.converter.ModelConverterContext context,
                    java.util.Iterator<io.swagger.v3.core.converter.ModelConverter> chain) {
                if (type.getCtxAnnotations() != null) {
                    for (java.lang.annotation.Annotation a : type.getCtxAnnotations()) {
                        if (a instanceof com.fasterxml.jackson.annotation.JsonFormat f
                                && f.shape() == com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) {
                            return types(new JsonSchema(), "string")
                                    .description("A decimal as reported, keeping its precision (e.g. \"0.40\")");
                        }
                    }
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }

            @Override
            public boolean isOpenapi31() {
                return true;
            }
        };
    }

    @Bean
    OpenAPI spotcheckOpenApi() {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("People: username and password (HTTP Basic). Administrators and approvers who "
                                + "must use a second factor are refused here and use the pages."))
                .addSecuritySchemes("labToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("sct_…")
                        .description("A lab's system: a token issued by the security administrator "
                                + "(POST /api/security/tokens); it acts as a lab tester of its lab."))
                .addHeaders("X-Total-Count", new Header().description("The number of matching items on all pages")
                        .schema(types(new JsonSchema(), "integer")));
        return new OpenAPI().components(components).info(new Info().title("Spotcheck API").version("1")
                .description("""
                        产品质量监督抽查 — the REST API of Spotcheck. Every step of a spot-check is a task: \
                        GET /api/tasks lists the caller's inbox, POST /api/tasks/{id}/claim claims one, \
                        POST /api/tasks/{id}/complete completes it with the step's form (schema TaskForm; \
                        x-task-forms names the form of each task key). A lab's system submits results with \
                        POST /api/lims/lab-samples/{id}/results (Bearer lab token, Idempotency-Key). Errors are \
                        RFC 9457 problem details (application/problem+json) with a stable `rule` and, for input \
                        errors, `errors[]` naming each field. A property that is not required may be null. \
                        Texts are Chinese; add ?lang=en or Accept-Language: en for English."""));
    }

    /** Remembers who may call (for the security requirements) and fixes what the handler's signature says wrongly. */
    @Bean
    OperationCustomizer spotcheckOperationCustomizer() {
        return (operation, handler) -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            operation.addExtension(AUTHORIZATION, rule == null ? "isAuthenticated()" : rule.value());
            // stable operation ids for generated clients: "task" + "Complete", not springdoc's numbered "complete_1"
            String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String name = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                    + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    if ("header".equals(parameter.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                        // the service refuses a missing key with 400 IDEMPOTENCY_KEY_REQUIRED
                        parameter.required(true).description("1–100 characters, unique per submission of the lab; a repeat "
                                + "with the same key and body returns the first answer (Idempotent-Replayed: true)")
                                .example("lims-0001");
                    }
                }
            }
            ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
            if (ResponseEntity.class.equals(returned.resolve())) {
                Class<?> body = returned.getGeneric(0).resolve();
                ApiResponses responses = operation.getResponses();
                if (Void.class.equals(body) && responses != null && responses.containsKey("200")) {
                    // every ResponseEntity<Void> of this API is ResponseEntity.noContent()
                    responses.remove("200");
                    responses.addApiResponse("204", new ApiResponse().description("No Content"));
                } else if (body != null && List.class.isAssignableFrom(body) && responses != null && responses.get("200") != null) {
                    responses.get("200").addHeaderObject("X-Total-Count", new Header().$ref("#/components/headers/X-Total-Count"));
                }
            }
            return operation;
        };
    }

    /** The named schemas of the untyped bodies, the errors, the security requirements and nullability. */
    @Bean
    OpenApiCustomizer spotcheckContractCustomizer(List<TaskStep<?>> steps) {
        return openApi -> {
            Components components = openApi.getComponents();
            // here, not in the OpenAPI bean: springdoc computes the schemas anew and drops the bean's
            components.addSchemas("FieldError", fieldError());
            components.addSchemas("ProblemDetail", problemDetail());
            documentTaskForms(openApi, components, steps);
            documentTaskDetail(openApi, components);
            documentLims(openApi, components);
            documentFileUploads(openApi);
            for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
                path.getValue().readOperationsMap().forEach((method, operation) ->
                        documentOperation(path.getKey(), method.name(), operation));
            }
            addExamples(components);
            markOptionalPropertiesNullable(components);
        };
    }

    // ------------------------------------------------------------------ file uploads

    /**
     * A {@code MultipartFile} request parameter is read from a multipart form, but springdoc documents it as an
     * {@code application/json} object with a binary property, so a generated client sent JSON and got 400
     * FILE_REQUIRED (found by GeneratedClientTest). Such a body is documented as {@code multipart/form-data}.
     */
    @SuppressWarnings("rawtypes")
    private static void documentFileUploads(OpenAPI openApi) {
        for (PathItem path : openApi.getPaths().values()) {
            for (io.swagger.v3.oas.models.Operation operation : path.readOperations()) {
                io.swagger.v3.oas.models.parameters.RequestBody body = operation.getRequestBody();
                if (body == null || body.getContent() == null) {
                    continue;
                }
                io.swagger.v3.oas.models.media.MediaType json = body.getContent().get("application/json");
                if (json == null || json.getSchema() == null || json.getSchema().getProperties() == null) {
                    continue;
                }
                boolean hasFile = false;
                for (Object property : json.getSchema().getProperties().values()) {
                    Schema schema = (Schema) property;
                    hasFile |= "binary".equals(schema.getFormat())
                            || (schema.getItems() != null && "binary".equals(schema.getItems().getFormat()));
                }
                if (hasFile) {
                    body.getContent().remove("application/json");
                    body.getContent().addMediaType("multipart/form-data", json);
                }
            }
        }
    }

    // ------------------------------------------------------------------ task forms

    private static void documentTaskForms(OpenAPI openApi, Components components, List<TaskStep<?>> steps) {
        Map<String, List<String>> formsByTask = new TreeMap<>();
        Set<String> formSchemas = new LinkedHashSet<>();
        for (TaskStep<?> step : steps) {
            Set<Class<?>> types = new LinkedHashSet<>();
            types.add(step.formType());
            types.add(step.formTypeFor(Map.of()));
            types.add(step.formTypeFor(Map.of("outcome", "REFUSED")));
            List<String> names = new ArrayList<>();
            for (Class<?> type : types) {
                if (type == null || Object.class.equals(type) || Map.class.isAssignableFrom(type)) {
                    continue;
                }
                String name = addSchemas(components, type);
                names.add(name);
                formSchemas.add(name);
            }
            formsByTask.put(step.taskKey(), names);
        }
        Schema<?> taskForm = new JsonSchema().anyOf(formSchemas.stream()
                .map(name -> (Schema) new JsonSchema().$ref("#/components/schemas/" + name)).toList());
        taskForm.description("The form of the task's step, as a JSON object. x-task-forms names the schema of each task "
                + "key (a step with an outcome field has one schema per outcome).");
        taskForm.addExtension("x-task-forms", formsByTask);
        components.addSchemas("TaskForm", taskForm);
        Operation complete = operation(openApi, "/api/tasks/{id}/complete", PathItem.HttpMethod.POST);
        if (complete != null) {
            complete.requestBody(jsonBody("TaskForm", true, "The step's form fields"));
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

    /** GET /api/tasks/{id}: the task and its step's business context (what the page shows). */
    private static void documentTaskDetail(OpenAPI openApi, Components components) {
        Operation get = operation(openApi, "/api/tasks/{id}", PathItem.HttpMethod.GET);
        if (get == null) {
            return;
        }
        String task = addSchemas(components, TaskView.class);
        Schema<?> detail = types(new JsonSchema(), "object")
                .addProperty("task", new JsonSchema().$ref("#/components/schemas/" + task))
                .addProperty("context", types(new JsonSchema(), "object").description(
                        "The step's business context: the spot-check task, the sample, the report… as the step's page shows them"));
        detail.required(List.of("task", "context"));
        detail.description("A task and what its form needs");
        components.addSchemas("TaskDetail", detail);
        get.getResponses().addApiResponse("200", new ApiResponse().description("The task")
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/TaskDetail")))));
    }

    /** The LIMS submission: the same form as the enterResults step, 201 with the drafted report. */
    private static void documentLims(OpenAPI openApi, Components components) {
        Operation lims = operation(openApi, "/api/lims/lab-samples/{id}/results", PathItem.HttpMethod.POST);
        if (lims == null) {
            return;
        }
        String form = addSchemas(components, org.spotcheck.testing.api.EnterResultsCommand.class);
        String answer = addSchemas(components, LimsSubmission.class);
        lims.requestBody(jsonBody(form, true, "The results by test item code"));
        ApiResponses responses = lims.getResponses();
        responses.remove("200");
        responses.addApiResponse("201", new ApiResponse().description("Results entered, report drafted (or the replay of "
                + "the first answer to this Idempotency-Key)")
                .addHeaderObject("Idempotent-Replayed", new Header().description("true when this is the stored answer of an "
                        + "earlier submission with the same key and body").schema(types(new JsonSchema(), "boolean")))
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + answer)))));
    }

    // ------------------------------------------------------------------ per operation

    private static void documentOperation(String path, String method, Operation operation) {
        boolean open = path.startsWith("/api/public/") || path.startsWith("/api/draws/");
        String authorization = String.valueOf(operation.getExtensions() == null ? "" : operation.getExtensions().get(AUTHORIZATION));
        boolean labTokens = authorization.contains("isAuthenticated()") || authorization.contains("LAB_TESTER");
        List<SecurityRequirement> security = new ArrayList<>();
        if (open) {
            security.add(new SecurityRequirement());
            if (operation.getExtensions() != null) {
                operation.getExtensions().put(AUTHORIZATION, "permitAll()");
            }
        }
        security.add(new SecurityRequirement().addList("basicAuth"));
        if (labTokens && !open) {
            security.add(new SecurityRequirement().addList("labToken"));
        }
        operation.security(security);

        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                Schema<?> schema = parameter.getSchema();
                if (schema != null && schema.get$ref() != null && schema.get$ref().contains("MultiValueMap")) {
                    // @RequestParam MultiValueMap: the query's filters as name=value pairs, not an object to send
                    parameter.required(false).style(Parameter.StyleEnum.FORM).explode(true)
                            .schema(types(new JsonSchema(), "object").additionalProperties(types(new JsonSchema(), "string")));
                }
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        jsonForAnyMediaType(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean changes = !"GET".equals(method);
        Map<String, List<String>> specific = new LinkedHashMap<>(OPERATION_RULES.getOrDefault(method + " " + path, Map.of()));
        if (path.startsWith("/api/tasks/{id}")) {
            List<String> conflicts = new ArrayList<>(TASK_CONFLICTS);
            conflicts.addAll(specific.getOrDefault("409", List.of()));
            specific.put("409", conflicts);
        }
        if (takesInput) {
            responses.addApiResponse("400", problem("Invalid input: `errors` names each field and its rule", "400", specific));
        }
        if (!open) {
            responses.addApiResponse("401", problem("Not authenticated, or the token is unknown, expired or revoked", "401", specific));
            responses.addApiResponse("403", problem("The caller's roles do not allow this", "403", specific));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("No such record, or outside the caller's data scope (the refusal is audited)",
                    "404", specific));
        }
        if (changes) {
            responses.addApiResponse("409", problem("The state changed: the step is gone, taken or not at this stage", "409", specific));
            responses.addApiResponse("422", problem("A business rule refuses the command", "422", specific));
        }
        responses.addApiResponse("503", problem("The database is away; retry after Retry-After seconds", "503", specific));
    }

    /** Springdoc writes {@code *}/{@code *} for handlers that do not say what they produce: JSON is what they produce. */
    private static void jsonForAnyMediaType(ApiResponses responses) {
        responses.forEach((status, response) -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                MediaType any = content.get("*/*");
                Schema<?> schema = any.getSchema();
                boolean binary = schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat())
                        || "application/octet-stream".equals(schema.getContentMediaType()));
                if (!binary) {
                    content.remove("*/*");
                    content.addMediaType("application/json", any);
                }
            }
        });
    }

    private static ApiResponse problem(String description, String status, Map<String, List<String>> specific) {
        List<String> rules = new ArrayList<>(GENERIC_RULES.getOrDefault(status, List.of()));
        specific.getOrDefault(status, List.of()).forEach(r -> {
            if (!rules.contains(r)) {
                rules.add(r);
            }
        });
        ApiResponse response = new ApiResponse()
                .description(description + (rules.isEmpty() ? "" : ". rule: " + String.join(", ", rules)))
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF))));
        response.addExtension("x-problem-rules", rules);
        if ("503".equals(status)) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(types(new JsonSchema(), "integer")));
        }
        return response;
    }

    // ------------------------------------------------------------------ schemas

    private static Schema<?> problemDetail() {
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

    private static Schema<?> fieldError() {
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
                     "unitPrice":0.5,"amountPaid":30,"samplers":["sampler-a","sampler-b"]}"""),
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
            Map.entry("ProblemDetail", """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"输入有误: results.PB-02",
                     "instance":"/api/lims/lab-samples/12/results","rule":"INVALID_INPUT",
                     "errors":[{"field":"results.PB-02","rule":"NOT_A_NUMBER","message":"不是数值"}]}"""));

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void addExamples(Components components) {
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
    private static void markOptionalPropertiesNullable(Components components) {
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

    // ------------------------------------------------------------------ helpers

    private static Operation operation(OpenAPI openApi, String path, PathItem.HttpMethod method) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(method);
    }

    private static RequestBody jsonBody(String schema, boolean required, String description) {
        return new RequestBody().required(required).description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + schema))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static <S extends Schema> S types(S schema, String... types) {
        schema.types(new LinkedHashSet<>(List.of(types)));
        return schema;
    }
}
