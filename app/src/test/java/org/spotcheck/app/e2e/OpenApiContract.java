package org.spotcheck.app.e2e;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document of the running app as a checker of real exchanges: the operation exists, the status
 * is declared, the content type is the declared one and the JSON body (sent and received) is valid against
 * the declared schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1, validated by networknt).
 */
final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode doc;
    private final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();

    OpenApiContract(JsonNode doc) {
        this.doc = doc;
        doc.get("paths").propertyNames().forEach(path -> templates.add(Map.entry(
                Pattern.compile("^" + Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q") + "$"), path)));
        // a literal path wins over a template (/api/tasks/completed over /api/tasks/{id})
        templates.sort(Comparator.comparingLong(e -> e.getValue().chars().filter(c -> c == '{').count()));
    }

    JsonNode doc() {
        return doc;
    }

    /** The documented path template a request path matches, or null. */
    String template(String path) {
        return templates.stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    JsonNode operation(String method, String path) {
        String template = template(path);
        return template == null ? null : doc.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
    }

    /** What in this exchange the document does not say; empty when the document tells the truth about it. */
    List<String> violations(Api.Exchange exchange) {
        String where = exchange.method() + " " + exchange.path() + " → " + exchange.status();
        List<String> out = new ArrayList<>();
        JsonNode operation = operation(exchange.method(), exchange.path());
        if (operation == null) {
            out.add(where + ": no such operation in the document");
            return out;
        }
        JsonNode response = operation.get("responses").get(String.valueOf(exchange.status()));
        if (response == null) {
            response = operation.get("responses").get("default");
        }
        if (response == null) {
            out.add(where + ": status not documented (documented: " + operation.get("responses").propertyNames() + ")");
            return out;
        }
        boolean hasBody = exchange.body() != null && !exchange.body().isEmpty();
        JsonNode content = response.get("content");
        if (hasBody) {
            String type = exchange.contentType() == null ? "" : exchange.contentType().split(";")[0].strip();
            if (content == null || content.get(type) == null && content.get("*/*") == null) {
                out.add(where + ": content type " + type + " not documented ("
                        + (content == null ? "no content" : content.propertyNames()) + ")");
            } else if (type.endsWith("json")) {
                JsonNode media = content.get(type) != null ? content.get(type) : content.get("*/*");
                out.addAll(validate(media.get("schema"), JSON.readTree(exchange.body()), where + " response"));
                if (type.equals("application/problem+json") && response.has("x-problem-rules")) {
                    String rule = JSON.readTree(exchange.body()).path("rule").asString();
                    List<String> rules = response.get("x-problem-rules").valueStream().map(JsonNode::asString).toList();
                    if (!rules.contains(rule)) {
                        out.add(where + ": rule " + rule + " not among the documented " + rules);
                    }
                }
            }
        } else if (content != null && exchange.status() != 204 && !content.isEmpty()) {
            JsonNode schema = content.valueStream().findFirst().orElseThrow().get("schema");
            if (schema != null && !schema.isEmpty()) {
                out.add(where + ": empty body, but the document promises " + content.propertyNames());
            }
        }
        if (exchange.requestBody() != null && exchange.status() < 300) {
            JsonNode body = operation.path("requestBody").path("content").path("application/json").get("schema");
            if (body == null) {
                out.add(where + ": sent a JSON body the document does not describe");
            } else {
                out.addAll(validate(body, JSON.readTree(exchange.requestBody()), where + " request"));
            }
        }
        return out;
    }

    /**
     * Validates {@code instance} against a schema of the document. The named schemas become {@code $defs} of one
     * JSON Schema 2020-12 document (their references rewritten to match), so every reference resolves.
     */
    List<String> validate(JsonNode schema, JsonNode instance, String where) {
        ObjectNode defs = (ObjectNode) JSON.readTree(rewritten(doc.get("components").get("schemas")));
        defs.set("__it", JSON.readTree(rewritten(schema)));
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", defs);
        root.put("$ref", "#/$defs/__it");
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
        List<Error> errors = compiled.validate(instance);
        return errors.stream().map(e -> where + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    private static String rewritten(JsonNode node) {
        return node.toString().replace("\"#/components/schemas/", "\"#/$defs/");
    }

    /** Each example of a named schema, validated against it: the examples tell the truth too. */
    List<String> exampleViolations() {
        List<String> out = new ArrayList<>();
        doc.get("components").get("schemas").properties().forEach(entry -> {
            JsonNode examples = entry.getValue().get("examples");
            if (examples != null) {
                ObjectNode ref = JSON.createObjectNode();
                ref.put("$ref", "#/components/schemas/" + entry.getKey());
                examples.forEach(example -> out.addAll(validate(ref, example, "example of " + entry.getKey())));
            }
        });
        return out;
    }
}
