package org.spotcheck.app.web.openapi;

import static org.spotcheck.app.web.openapi.ApiSchemas.types;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the document says beyond its handler: who may call it (HTTP Basic, a lab's Bearer
 * token, or no one in particular) and the errors it may answer, each {@code application/problem+json} with the
 * {@code rule} codes it may give ({@code x-problem-rules}).
 */
final class OperationContract {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    /** The rules any operation may give, by status (ApiExceptionHandler, ProblemErrorController, security filters). */
    private static final Map<String, List<String>> GENERIC_RULES = Map.of(
            "400", List.of("INVALID_INPUT", "MALFORMED_JSON", "TYPE_MISMATCH", "REQUIRED", "CONTROL_CHARACTER"),
            "401", List.of("AUTHENTICATION_REQUIRED", "INVALID_TOKEN"),
            "403", List.of("ACCESS_DENIED"),
            "404", List.of("NOT_FOUND"),
            "409", List.of("CONCURRENT_CHANGE", "TASK_GONE"),
            "422", List.of(),
            "503", List.of("DATABASE_UNAVAILABLE", "LOCK_WAIT_TIMEOUT"));

    /** The generated rules of each controller (ProblemRuleCatalogueTest, ProblemRuleScan.byController). */
    static final String RULES_BY_CONTROLLER = "openapi/problem-rules-by-controller.properties";

    /** The extension by which the operation customizer tells which controller an operation belongs to (removed here). */
    static final String CONTROLLER = "x-spotcheck-controller";

    private static final Map<String, List<String>> BY_CONTROLLER = rulesByController();
    private static final Map<String, List<Integer>> STATUSES = ProblemRuleController.statuses();

    private OperationContract() {
    }

    static void documentOperation(String path, String method, Operation operation) {
        boolean open = path.startsWith("/api/public/") || path.startsWith("/api/draws/");
        String authorization = String.valueOf(operation.getExtensions() == null ? "" : operation.getExtensions().get(ApiContractConfiguration.AUTHORIZATION));
        boolean labTokens = authorization.contains("isAuthenticated()") || authorization.contains("LAB_TESTER");
        List<SecurityRequirement> security = new ArrayList<>();
        if (open) {
            security.add(new SecurityRequirement());
            if (operation.getExtensions() != null) {
                operation.getExtensions().put(ApiContractConfiguration.AUTHORIZATION, "permitAll()");
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
        // the rules the code behind the operation throws, by their statuses (ADR 0017 decision 13)
        Object controller = operation.getExtensions() == null ? null : operation.getExtensions().remove(CONTROLLER);
        Map<String, List<String>> specific = new LinkedHashMap<>();
        for (String rule : BY_CONTROLLER.getOrDefault(String.valueOf(controller), List.of())) {
            STATUSES.getOrDefault(rule, List.of()).forEach(status ->
                    specific.computeIfAbsent(String.valueOf(status), k -> new ArrayList<>()).add(rule));
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
        responses.addApiResponse("503", problem("The database is away, or a row stayed locked beyond the lock wait timeout;"
                + " retry after Retry-After seconds", "503", specific));
    }

    private static Map<String, List<String>> rulesByController() {
        java.util.Properties file = new java.util.Properties();
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(RULES_BY_CONTROLLER).getInputStream()) {
            file.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, List<String>> rules = new LinkedHashMap<>();
        file.stringPropertyNames().forEach(controller -> rules.put(controller,
                java.util.Arrays.stream(file.getProperty(controller).split(",")).filter(r -> !r.isBlank()).toList()));
        return rules;
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
                .description(description + (rules.isEmpty() ? "" : rules.size() <= 12 ? ". rule: " + String.join(", ", rules)
                        : ". rule: one of the " + rules.size() + " codes of x-problem-rules"))
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF))));
        response.addExtension("x-problem-rules", rules);
        if ("503".equals(status)) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(types(new JsonSchema(), "integer")));
        }
        return response;
    }
}
