package org.spotcheck.app.workflow.form;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field whose value the step fixes, said by the form's schema and nowhere else: {@code const} (the one value
 * accepted), {@code readOnly}, {@code default} and {@code x-reason} (why, in the reader's language). The page's field
 * fragment renders such a field read-only with its reason ({@link #of}); the validator refuses another value with the
 * step's rule. E.g. a re-inspection's samples are free, so its sampling form fixes {@code amountPaid} to 0.
 */
public final class FixedFields {

    /** A fixed value and why. */
    public record Fixed(Object value, String reason) {
    }

    private FixedFields() {
    }

    /**
     * The schema with the property at {@code pointer} (e.g. {@code /then/properties/amountPaid}) fixed to {@code value};
     * another value is refused with {@code rule}.
     */
    @SuppressWarnings("unchecked")
    public static FormSchema fix(FormSchema base, String pointer, Object value, String rule, String reason) {
        Map<String, Object> json = FormSchemas.deepCopy(base.json());
        Map<String, Object> property = json;
        for (String token : pointer.substring(1).split("/")) {
            property = (Map<String, Object>) property.get(token.replace("~1", "/").replace("~0", "~"));
        }
        property.put("const", value);
        property.put("readOnly", true);
        property.put("default", value);
        property.put("x-reason", reason);
        Map<String, String> rules = new HashMap<>(base.rules());
        rules.put(pointer + "/const", rule);
        Map<String, String> messages = new HashMap<>(base.messages());
        messages.put(pointer + "/const", reason);
        return new FormSchema(json, rules, messages);
    }

    /** The fixed fields of a form's schema by name: its properties and those of its {@code then}/{@code else} branches. */
    @SuppressWarnings("unchecked")
    public static Map<String, Fixed> of(Map<String, Object> schema) {
        Map<String, Fixed> fixed = new LinkedHashMap<>();
        if (schema == null) {
            return fixed;
        }
        for (Object part : List.of(schema, schema.getOrDefault("then", Map.of()), schema.getOrDefault("else", Map.of()))) {
            Object properties = ((Map<String, Object>) part).get("properties");
            if (properties instanceof Map<?, ?> named) {
                named.forEach((name, property) -> {
                    if (property instanceof Map<?, ?> p && Boolean.TRUE.equals(p.get("readOnly")) && p.containsKey("const")) {
                        fixed.putIfAbsent((String) name, new Fixed(p.get("const"), (String) p.get("x-reason")));
                    }
                });
            }
        }
        return fixed;
    }
}
