package org.spotcheck.app.web.openapi;

import static org.spotcheck.app.web.openapi.ApiSchemas.types;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
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
 * The parts: {@link RequestBodies} (task forms, task detail, LIMS, uploads), {@link OperationContract} (security
 * and errors per operation), {@link ApiSchemas} (problem details, examples, nullability, helpers).
 */
@Configuration
class ApiContractConfiguration {

    static {
        // resolved from the login by ActorArgumentResolver, never sent by a client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    static final String AUTHORIZATION = "x-authorization";

    /** The enums of the contract: collected from the handlers' parameters, added as named schemas with the document. */
    private final ContractEnums enums = new ContractEnums();
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

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
     * Every {@link java.math.BigDecimal} is written as a string that keeps its scale (DecimalStringsJacksonModule, issue
     * 18.3, ADR 0017 decision 12), so it is documented as one, in answers and in bodies alike; a generated client reads
     * and sends text and never rounds a result, a limit, a rate or an amount through a binary floating point.
     */
    @Bean
    io.swagger.v3.core.converter.ModelConverter decimalsWrittenAsStrings() {
        return new io.swagger.v3.core.converter.ModelConverter() {
            @Override
            public Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, io.swagger.v3.core.converter.ModelConverterContext context,
                    java.util.Iterator<io.swagger.v3.core.converter.ModelConverter> chain) {
                if (type.getType() != null
                        && io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass() == java.math.BigDecimal.class) {
                    return decimalString();
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }

            @Override
            public boolean isOpenapi31() {
                return true;
            }
        };
    }

    /** The schema of a decimal: a string of a plain decimal number with the scale it was reported with. */
    static Schema<?> decimalString() {
        return types(new JsonSchema(), "string").pattern("^-?[0-9]+(\\.[0-9]+)?$")
                .description("A decimal as a string that keeps its precision (e.g. \"0.030\"); never a JSON number")
                .example("0.030");
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
                        .schema(types(new JsonSchema(), "integer")))
                .addHeaders("X-Total-Count-Exceeds", new Header().description("GET /api/tasks only: sent instead of "
                        + "X-Total-Count when more tasks match than the inbox counts (1000); its value is that limit. "
                        + "Every page is still served: the last one is the first that is not full (issue 14)")
                        .schema(types(new JsonSchema(), "integer")));
        return new OpenAPI().components(components).info(new Info().title("Spotcheck API").version("1")
                .description("""
                        产品质量监督抽查 — the REST API of Spotcheck. Every step of a spot-check is a task: \
                        GET /api/tasks lists the caller's inbox, POST /api/tasks/{id}/claim claims one \
                        (POST /api/tasks/claim several, each with its own outcome), \
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
            enums.referenceEnumParameters(operation, handler);
            Class<?> outermost = handler.getBeanType();
            while (outermost.getEnclosingClass() != null) {
                outermost = outermost.getEnclosingClass();
            }
            operation.addExtension(OperationContract.CONTROLLER, outermost.getSimpleName());
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
                    if (handler.getMethod().getName().equals("list") && outermost.getSimpleName().equals("TaskController")) {
                        // the inbox counts up to a limit (issue 14, ADR 0014)
                        responses.get("200").addHeaderObject("X-Total-Count-Exceeds",
                                new Header().$ref("#/components/headers/X-Total-Count-Exceeds"));
                    }
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
            components.addSchemas("FieldError", ApiSchemas.fieldError());
            components.addSchemas("ProblemDetail", ApiSchemas.problemDetail());
            RequestBodies.documentTaskForms(openApi, components, steps);
            RequestBodies.documentTaskDetail(openApi, components, steps);
            enums.addSchemas(openApi, components, steps);
            RequestBodies.documentLims(openApi, components);
            RequestBodies.documentFileUploads(openApi);
            for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
                path.getValue().readOperationsMap().forEach((method, operation) ->
                        OperationContract.documentOperation(path.getKey(), method.name(), operation));
            }
            ApiSchemas.addExamples(components);
            ApiSchemas.describeProperties(components);
            ApiSchemas.markOptionalPropertiesNullable(components);
        };
    }
}
