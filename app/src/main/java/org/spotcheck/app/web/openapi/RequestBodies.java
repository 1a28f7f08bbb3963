package org.spotcheck.app.web.openapi;

import static org.spotcheck.app.web.openapi.ApiSchemas.addSchemas;
import static org.spotcheck.app.web.openapi.ApiSchemas.jsonBody;
import static org.spotcheck.app.web.openapi.ApiSchemas.operation;
import static org.spotcheck.app.web.openapi.ApiSchemas.types;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.spotcheck.app.lims.LimsSubmission;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.app.workflow.step.TaskStep;
import org.springframework.core.ResolvableType;

/**
 * The bodies that a handler's signature does not name: the task forms ({@code TaskForm}, {@code x-task-forms}),
 * the task detail, the LIMS submission, and file uploads as {@code multipart/form-data}.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * A {@code MultipartFile} request parameter is read from a multipart form, but springdoc documents it as an
     * {@code application/json} object with a binary property, so a generated client sent JSON and got 400
     * FILE_REQUIRED (found by GeneratedClientTest). Such a body is documented as {@code multipart/form-data}.
     */
    @SuppressWarnings("rawtypes")
    static void documentFileUploads(OpenAPI openApi) {
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

    static void documentTaskForms(OpenAPI openApi, Components components, List<TaskStep<?>> steps) {
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


    /** GET /api/tasks/{id}: the task and its step's business context (what the page shows). */
    static void documentTaskDetail(OpenAPI openApi, Components components, List<TaskStep<?>> steps) {
        Operation get = operation(openApi, "/api/tasks/{id}", PathItem.HttpMethod.GET);
        if (get == null) {
            return;
        }
        String task = addSchemas(components, TaskView.class);
        Schema<?> context = types(new JsonSchema(), "object").description("The step's business context, as the step's page "
                + "shows it: each step gives some of these properties (a plan step the plan, a sampling step the spot-check "
                + "task and its rule, a lab step the lab sample and its report, a result-handling step the case…). "
                + "x-task-context names the properties of each task key.");
        Map<String, Type> all = new TreeMap<>();
        Map<String, List<String>> byTask = new TreeMap<>();
        for (TaskStep<?> step : steps) {
            // the step's own declarations (a disposal or referral step declares the case's files the inbox adds)
            Map<String, Type> declared = step.contextTypes();
            declared.forEach((name, type) -> {
                Type known = all.putIfAbsent(name, type);
                if (known != null && !known.equals(type)) {
                    throw new IllegalStateException("context property " + name + " is " + known.getTypeName() + " in one step and "
                            + type.getTypeName() + " in " + step.taskKey() + ": one name, one type");
                }
            });
            byTask.put(step.taskKey(), List.copyOf(declared.keySet()));
        }
        all.forEach((name, type) -> context.addProperty(name, contextProperty(components, type)));
        context.additionalProperties(false);
        context.addExtension("x-task-context", byTask);
        components.addSchemas("TaskContext", context);
        components.addSchemas("TaskFormJsonSchema", types(new JsonSchema(), "object").description("The step's form as a JSON "
                + "Schema (draft 2020-12, ADR 0018): properties with types, enums labelled in x-labels, required, limits; for "
                + "result entry each item with x-limit, x-unit, x-decimals, x-detectionLimit, x-accepts and x-choices; a value "
                + "the step fixes has const, readOnly and x-reason. "
                + "POST /api/tasks/{id}/complete checks the body against it. It is a schema, so any JSON Schema keyword may appear.")
                .addProperty("$schema", types(new JsonSchema(), "string"))
                .addProperty("type", types(new JsonSchema(), "string"))
                .addProperty("properties", types(new JsonSchema(), "object"))
                .addProperty("required", types(new JsonSchema(), "array").items(types(new JsonSchema(), "string"))));
        Schema<?> detail = types(new JsonSchema(), "object")
                .addProperty("task", new JsonSchema().$ref("#/components/schemas/" + task))
                .addProperty("context", new JsonSchema().$ref("#/components/schemas/TaskContext"))
                .addProperty("form", new JsonSchema().$ref("#/components/schemas/TaskFormJsonSchema"));
        detail.required(List.of("task", "context", "form"));
        detail.additionalProperties(false);
        detail.description("A task, its business context and its form");
        components.addSchemas("TaskDetail", detail);
        get.getResponses().addApiResponse("200", new ApiResponse().description("The task")
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new JsonSchema().$ref("#/components/schemas/TaskDetail")))));
    }

    /** The schema of one context property from its declared type (TaskStep.contextTypes). */
    private static Schema<?> contextProperty(Components components, Type type) {
        ResolvableType resolved = ResolvableType.forType(type);
        Class<?> raw = resolved.resolve(Object.class);
        if (List.class.isAssignableFrom(raw)) {
            return types(new JsonSchema(), "array").items(contextProperty(components, resolved.getGeneric(0).resolve(Object.class)));
        }
        if (raw == String.class) {
            return types(new JsonSchema(), "string");
        }
        if (raw == java.math.BigDecimal.class) {
            return ApiContractConfiguration.decimalString();
        }
        return new JsonSchema().$ref("#/components/schemas/" + addSchemas(components, raw));
    }

    /** The LIMS submission: the same form as the enterResults step, 201 with the drafted report. */
    static void documentLims(OpenAPI openApi, Components components) {
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
}
