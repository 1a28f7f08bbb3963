package org.spotcheck.app.workflow.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spotcheck.app.web.ProblemTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Generates a task form's JSON Schema (draft 2020-12) from its Java record and the record's Bean
 * Validation annotations, so that the page, the API and a LIMS share one definition per step (issue
 * 18.2): field types, enums with their labels in the reader's language ({@code x-labels}), required
 * fields, lengths, patterns, ranges. Steps add what depends on the case (result entry: the items with
 * their limits, units and accepted forms) with {@link #withProperties}.
 *
 * <p>Fields not in the record are refused ({@code additionalProperties: false}), as reading the body into
 * the record always did; optional fields also accept {@code null}. A {@code @Pattern} is anchored ({@code ^(?:…)$}) because Bean
 * Validation matches the whole value while JSON Schema searches.
 */
@Component
public class FormSchemas {

    /** The dialect every form schema declares. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final MessageSource messages;
    private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

    public FormSchemas(MessageSource messages) {
        this.messages = messages;
    }

    /** A text of the bundles in the reader's language (for what a step adds to its schema). */
    public String text(String key) {
        return messages.getMessage(key, null, key, ProblemTexts.locale());
    }

    /** A text of the bundles with its arguments, in the reader's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ProblemTexts.locale());
    }

    /** The schema of a record form, labelled in the reader's language. */
    public FormSchema of(Class<?> form) {
        Locale locale = ProblemTexts.locale();
        return cache.computeIfAbsent(form.getName() + "|" + locale.getLanguage(), k -> {
            FormSchemaBuilder b = new FormSchemaBuilder(messages, locale);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("$schema", DIALECT);
            json.put("title", form.getSimpleName());
            json.putAll(b.object(form, ""));
            return new FormSchema(json, b.rules, b.messages);
        });
    }

    /**
     * A form that depends on one field: {@code whenAbsentOr} when the field is absent or {@code value},
     * else {@code otherwise} (JSON Schema {@code if}/{@code then}/{@code else}), e.g. the sampling form
     * with {@code outcome} absent or SAMPLED, a visit without a sample otherwise.
     */
    public FormSchema byField(String field, String value, Class<?> whenAbsentOr, Class<?> otherwise) {
        Locale locale = ProblemTexts.locale();
        return cache.computeIfAbsent(field + "=" + value + "?" + whenAbsentOr.getName() + ":" + otherwise.getName() + "|"
                + locale.getLanguage(), k -> {
            FormSchemaBuilder b = new FormSchemaBuilder(messages, locale);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("$schema", DIALECT);
            json.put("title", whenAbsentOr.getSimpleName() + " | " + otherwise.getSimpleName());
            json.put("type", "object");
            json.put("if", Map.of("anyOf", List.of(
                    Map.of("not", Map.of("required", List.of(field))),
                    Map.of("properties", Map.of(field, Map.of("const", value)), "required", List.of(field)))));
            json.put("then", b.object(whenAbsentOr, "/then"));
            json.put("else", b.object(otherwise, "/else"));
            return new FormSchema(json, b.rules, b.messages);
        });
    }

    /**
     * The schema with named properties added to one map-valued field (e.g. {@code results}: one
     * property per test item); each added property gets the rules of the map's values.
     */
    @SuppressWarnings("unchecked")
    public static FormSchema withProperties(FormSchema base, String field, Map<String, Map<String, Object>> properties) {
        Map<String, Object> json = deepCopy(base.json());
        Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) json.get("properties")).get(field);
        Map<String, Object> values = (Map<String, Object>) target.get("additionalProperties");
        Map<String, String> rules = new HashMap<>(base.rules());
        Map<String, String> texts = new HashMap<>(base.messages());
        String valuesPointer = "/properties/" + field + "/additionalProperties";
        Map<String, Object> added = new LinkedHashMap<>();
        properties.forEach((name, extra) -> {
            Map<String, Object> property = new LinkedHashMap<>(values == null ? Map.of() : values);
            property.putAll(extra);
            added.put(name, property);
            String pointer = "/properties/" + field + "/properties/" + escape(name);
            base.rules().forEach((k, v) -> {
                if (k.startsWith(valuesPointer + "/")) {
                    rules.put(pointer + k.substring(valuesPointer.length()), v);
                }
            });
            base.messages().forEach((k, v) -> {
                if (k.startsWith(valuesPointer + "/")) {
                    texts.put(pointer + k.substring(valuesPointer.length()), v);
                }
            });
        });
        target.put("properties", added);
        return new FormSchema(json, rules, texts);
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A copy of a schema tree that may be changed without changing the cached one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }
}
