package org.spotcheck.app.workflow.form;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a completion body against the step's {@link FormSchema} before the step runs (issue 18.2):
 * 400 problem+json naming each field and the rule of the constraint it breaks, the rule codes the
 * record's Bean Validation gives ({@code NotNull}, {@code NotBlank}, {@code Size}, {@code Pattern},
 * {@code Min}, ...); a wrong type or a value outside an enum is {@code MALFORMED_VALUE}, as when
 * the body could not be read into the form.
 *
 * <p>Types are loose ({@code "12"} is an integer, a single value is a one-element list), as a page's
 * form fields arrive as text and the API has always read them so.
 */
@Component
public class FormValidator {

    /** The rule of a value of the wrong type or outside its enum. */
    static final String MALFORMED = "MALFORMED_VALUE";

    private static final Set<String> COMBINATORS = Set.of("if", "then", "else", "anyOf", "oneOf", "allOf", "not");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().typeLoose(true).build()));
    private final Map<Map<String, Object>, Schema> compiled = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final MessageSource messages;

    public FormValidator(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The body's violations of the schema, named by field; empty when it conforms. */
    public List<FieldViolation> violations(FormSchema form, Map<String, Object> body) {
        if (compiled.size() > 500) {
            compiled.clear(); // result-entry schemas differ per sample: keep the cache bounded
        }
        Schema schema = compiled.computeIfAbsent(form.json(), s -> registry.getSchema(json.valueToTree(s)));
        JsonNode instance = json.valueToTree(body == null ? Map.of() : body);
        Map<String, FieldViolation> byField = new LinkedHashMap<>();
        for (Error error : schema.validate(instance)) {
            if (COMBINATORS.contains(error.getKeyword())) {
                continue; // the branch's own errors name the field
            }
            if ("const".equals(error.getKeyword()) && sameNumber(form, error)) {
                continue; // loose like the types: a page's "0" and an API's decimal string "0.00" are the const 0
            }
            FieldViolation v = violation(form, error);
            byField.merge(v.field() + "|" + v.rule(), v, (a, b) -> a);
        }
        List<FieldViolation> out = new ArrayList<>(byField.values());
        out.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule));
        return out;
    }

    /** Throws 400 with the body's violations of the schema. */
    public void check(FormSchema form, Map<String, Object> body) {
        List<FieldViolation> violations = violations(form, body);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private FieldViolation violation(FormSchema form, Error error) {
        String keyword = error.getKeyword();
        String pointer = pointer(error.getSchemaLocation().toString());
        String field = field(error.getInstanceLocation());
        if ("required".equals(keyword)) {
            String property = error.getProperty();
            String parent = pointer.endsWith("/required") ? pointer.substring(0, pointer.length() - "/required".length()) : pointer;
            String rule = form.rules().getOrDefault(parent + "/required/" + property, "NotNull");
            return new FieldViolation(field.isEmpty() ? property : field + "." + property, rule, text(rule, null));
        }
        if (("type".equals(keyword) || "enum".equals(keyword) || "const".equals(keyword) && !form.rules().containsKey(pointer))
                && error.getInstanceNode() != null && error.getInstanceNode().isNull()) {
            // null where a value is required: the rule that makes it required
            int slash = pointer.lastIndexOf("/properties/");
            String parent = slash < 0 ? "" : pointer.substring(0, slash);
            String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
            String rule = form.rules().getOrDefault(parent + "/required/" + name, "NotNull");
            return new FieldViolation(field, rule, text(rule, null));
        }
        if ("additionalProperties".equals(keyword) && error.getProperty() != null) {
            String unknown = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
            return new FieldViolation(unknown, MALFORMED, label("unknownField", unknown), List.of(unknown));
        }
        String rule = form.rules().get(pointer);
        if (rule == null) {
            return new FieldViolation(field, MALFORMED, label("malformed", field), List.of(field));
        }
        String own = form.messages().get(pointer);
        return new FieldViolation(field, rule, own != null ? own : text(keyword, error.getSchemaNode()));
    }

    /** Whether a numeric {@code const} and a decimal string of the body are the same number. */
    @SuppressWarnings("unchecked")
    private static boolean sameNumber(FormSchema form, Error error) {
        JsonNode instance = error.getInstanceNode();
        if (instance == null || !instance.isString()) {
            return false;
        }
        Object node = form.json();
        for (String token : pointer(error.getSchemaLocation().toString()).substring(1).split("/")) {
            node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(token.replace("~1", "/").replace("~0", "~")) : null;
        }
        if (!(node instanceof Number constant)) {
            return false;
        }
        try {
            return new java.math.BigDecimal(instance.asString().strip()).compareTo(new java.math.BigDecimal(constant.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The pointer part of a schema location ({@code …#/properties/x/maxLength}). */
    static String pointer(String location) {
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? location : location.substring(hash + 1);
        return pointer.equals("/") ? "" : pointer;
    }

    /** A field as Bean Validation names it: {@code samplers[0]}, {@code results.PB-01}. */
    static String field(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Number index) {
                out.append('[').append(index).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    /** The constraint's text ({@code form.violation.<keyword>}) in the reader's language. */
    private String text(String keyword, JsonNode limit) {
        String n = limit == null ? "" : limit.isValueNode() ? limit.asString() : limit.toString();
        String key = switch (keyword) {
            case "NotNull", "NotEmpty", "NotBlank", "required" -> "required";
            case "minLength" -> "1".equals(n) ? "notBlank" : keyword;
            case "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "const", "enum" -> keyword;
            case "minItems", "minProperties" -> "minItems";
            case "maxItems", "maxProperties" -> "maxItems";
            default -> "other";
        };
        return label(key, n);
    }

    private String label(String key, String arg) {
        return messages.getMessage("form.violation." + key, new Object[] {arg}, ProblemTexts.locale());
    }
}
