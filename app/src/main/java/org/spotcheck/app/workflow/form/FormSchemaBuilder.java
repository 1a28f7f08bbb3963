package org.spotcheck.app.workflow.form;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * One generation of a form's schema ({@link FormSchemas}): the JSON Schema tree of a record's components, their
 * types, enums labelled in the reader's language and nested records, with the rule of every constraint keyword by
 * its pointer. The keywords of the Bean Validation annotations are {@link ConstraintKeywords}.
 */
final class FormSchemaBuilder {

    /**
     * The bundle keys that already label an enum on the pages; any other enum is labelled from
     * {@code form.enum.<Outer.Inner>.<CONSTANT>}, else by its constant.
     */
    private static final Map<String, String> ENUM_LABEL_PREFIXES = Map.of(
            "org.spotcheck.shared.Decision", "decision.",
            "org.spotcheck.sampling.api.SamplingForm$Channel", "sampling.channel.",
            "org.spotcheck.sampling.api.SamplingForm$BackupLocation", "sampling.backupLocation.",
            "org.spotcheck.sampling.api.NonSamplingOutcome", "nonSampling.outcome.",
            "org.spotcheck.sampling.api.NonSamplingReason", "nonSampling.reason.",
            "org.spotcheck.disposal.api.ServeNoticeCommand$ServiceMethod", "notice.method.",
            "org.spotcheck.disposal.api.ReferralDecision", "referral.",
            "org.spotcheck.disposal.api.ObjectionDecisionCommand$Verdict", "dsp.objection.",
            "org.spotcheck.app.workflow.step.WarningSteps$SpecialPlanForm$Decision", "dsp.warning.");

    final Locale locale;
    final Map<String, String> rules = new HashMap<>();
    final Map<String, String> messages = new HashMap<>();
    private final MessageSource bundles;

    FormSchemaBuilder(MessageSource bundles, Locale locale) {
        this.bundles = bundles;
        this.locale = locale;
    }

    Map<String, Object> object(Class<?> type, String pointer) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Field field;
                try {
                    field = type.getDeclaredField(component.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                String name = component.getName();
                String at = pointer + "/properties/" + FormSchemas.escape(name);
                Annotation[] annotations = field.getAnnotations();
                String requiredBy = ConstraintKeywords.requiredBy(annotations);
                if (requiredBy != null) {
                    required.add(name);
                    rules.put(pointer + "/required/" + name, requiredBy);
                }
                Map<String, Object> property = value(field.getAnnotatedType(), annotations, at, requiredBy == null);
                String title = label("form.field." + name);
                if (title != null) {
                    property.put("title", title);
                }
                properties.put(name, property);
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false); // the record reads no other field: an unknown one is refused
        return schema;
    }

    Map<String, Object> value(AnnotatedType annotated, Annotation[] annotations, String at, boolean nullable) {
        Class<?> raw = raw(annotated);
        Map<String, Object> schema = new LinkedHashMap<>();
        String type;
        if (raw == String.class || raw == Character.class) {
            type = "string";
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == BigInteger.class) {
            type = "integer";
        } else if (raw == BigDecimal.class) {
            type = "string"; // "30.00" keeps its precision, as in the API (ADR 0017 decision 12); limits stay numbers
            schema.put("pattern", "^-?[0-9]+(\\.[0-9]+)?$"); // an optional minus, digits, optionally a point and digits
            schema.put("x-decimal", true);
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            type = "number";
        } else if (raw == Boolean.class || raw == boolean.class) {
            type = "boolean";
        } else if (raw.isEnum()) {
            type = "string";
            List<Object> values = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (Object constant : raw.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                values.add(name);
                labels.put(name, enumLabel(raw, name));
            }
            if (nullable) {
                values.add(null);
            }
            schema.put("enum", values);
            schema.put("x-labels", labels);
        } else if (raw == LocalDate.class) {
            type = "string";
            schema.put("format", "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            type = "string";
            schema.put("format", "date-time");
        } else if (Collection.class.isAssignableFrom(raw)) {
            type = "array";
            AnnotatedType element = typeArgument(annotated, 0);
            schema.put("items", element == null ? Map.of() : value(element, element.getAnnotations(), at + "/items", false));
        } else if (Map.class.isAssignableFrom(raw)) {
            type = "object";
            AnnotatedType element = typeArgument(annotated, 1);
            schema.put("additionalProperties", element == null ? Map.of()
                    : value(element, element.getAnnotations(), at + "/additionalProperties", false));
        } else if (raw.isRecord()) {
            Map<String, Object> nested = object(raw, at);
            if (nullable) {
                nested.put("type", List.of("object", "null"));
            }
            return nested;
        } else {
            return schema; // anything: no constraint
        }
        // a decimal is a string; a JSON number is still read, as the API's Jackson reads it (ADR 0017 decision 12)
        List<String> decimal = nullable ? List.of("string", "number", "null") : List.of("string", "number");
        schema.put("type", schema.containsKey("x-decimal") ? decimal : nullable ? List.of(type, "null") : type);
        ConstraintKeywords.apply(this, schema, type, annotations, at);
        return schema;
    }

    String enumLabel(Class<?> type, String constant) {
        String prefix = ENUM_LABEL_PREFIXES.get(type.getName());
        String text = prefix == null ? null : label(prefix + constant);
        if (text == null) {
            String name = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '.');
            text = label("form.enum." + name + "." + constant);
        }
        return text == null ? constant : text;
    }

    String label(String key) {
        return bundles.getMessage(key, null, null, locale);
    }

    void keyword(Map<String, Object> schema, String at, String keyword, Object value, String rule, Annotation a) {
        schema.put(keyword, value);
        rules.put(at + "/" + keyword, rule);
        String text = ConstraintKeywords.customMessage(a);
        if (text != null) {
            messages.put(at + "/" + keyword, text);
        }
    }

    static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    static AnnotatedType typeArgument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
            return p.getAnnotatedActualTypeArguments()[index];
        }
        return null;
    }
}
