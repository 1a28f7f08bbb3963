package org.spotcheck.app.web.openapi;

import static org.spotcheck.app.web.openapi.ApiSchemas.types;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.spotcheck.app.workflow.step.TaskStep;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Closed sets of names as named enum schemas, so that a generated client has a type for them and its code names no
 * key by hand (issue 18 "done means"): the enums of request parameters (an upload's {@code AttachmentKind}) and
 * {@code TaskKey}, the keys of the steps ({@link TaskStep#taskKey()}), for {@code TaskView.taskKey} and the inbox's
 * {@code taskKey} filter. An inline enum of a query parameter becomes a plain string in a generated Java client; a
 * reference to a named schema becomes an enum class.
 */
final class ContractEnums {

    static final String TASK_KEY = "TaskKey";

    /** The enums of request parameters by schema name, collected while the operations are read. */
    private final Map<String, Class<?>> parameterEnums = new ConcurrentHashMap<>();

    /** A request parameter of an enum type of the application refers to the enum's named schema. */
    void referenceEnumParameters(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (!type.isEnum() || !type.getName().startsWith("org.spotcheck.")) {
                continue;
            }
            RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            String name = request != null && !request.name().isEmpty() ? request.name() : parameter.getParameterName();
            for (Parameter documented : operation.getParameters()) {
                if (documented.getName().equals(name)) {
                    Object fallback = documented.getSchema() == null ? null : documented.getSchema().getDefault();
                    Schema<?> reference = new JsonSchema().$ref("#/components/schemas/" + type.getSimpleName());
                    documented.schema(reference);
                    if (fallback != null) {
                        documented.description((documented.getDescription() == null ? "" : documented.getDescription() + " ")
                                + "Default: " + fallback);
                    }
                    parameterEnums.put(type.getSimpleName(), type);
                }
            }
        }
    }

    /** Adds the named schemas of the parameters' enums and TaskKey, and refers to TaskKey where a task key is read or sent. */
    void addSchemas(OpenAPI openApi, Components components, List<TaskStep<?>> steps) {
        parameterEnums.forEach((name, type) -> components.addSchemas(name, types(new JsonSchema(), "string")
                ._enum(Arrays.stream(type.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList())));
        TreeSet<String> keys = new TreeSet<>();
        steps.forEach(step -> keys.add(step.taskKey()));
        components.addSchemas(TASK_KEY, types(new JsonSchema(), "string")._enum(List.copyOf(keys))
                .description("The step of a task: the BPMN user task id. x-task-forms of TaskForm names its form schema; "
                        + "GET /api/tasks/{id} serves its form as JSON Schema."));
        Schema<?> taskView = components.getSchemas().get("TaskView");
        if (taskView != null && taskView.getProperties() != null && taskView.getProperties().containsKey("taskKey")) {
            Schema<?> property = taskView.getProperties().get("taskKey");
            Schema<?> reference = new JsonSchema().$ref("#/components/schemas/" + TASK_KEY);
            reference.setDescription(property.getDescription());
            taskView.getProperties().put("taskKey", reference);
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            if (!path.getKey().startsWith("/api/tasks")) {
                continue;
            }
            for (Operation operation : path.getValue().readOperations()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(p -> "taskKey".equals(p.getName()) && "query".equals(p.getIn()))
                            .forEach(p -> p.schema(new JsonSchema().$ref("#/components/schemas/" + TASK_KEY)));
                }
            }
        }
    }
}
