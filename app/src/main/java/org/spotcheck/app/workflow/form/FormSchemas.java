package org.spotcheck.app.workflow.form;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
            Builder b = new Builder(locale);
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
            Builder b = new Builder(locale);
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
    /**
     * A limit of a JSON Schema keyword ({@code minimum}, {@code maximum}) as a JSON number, as the keyword requires: a
     * {@link BigDecimal} would be written as a decimal string (ADR 0017 decision 12) and the schema would be invalid.
     */
    static Number jsonNumber(String value) {
        BigDecimal limit = new BigDecimal(value).stripTrailingZeros();
        return limit.scale() <= 0 ? (Number) limit.longValueExact() : (Number) limit.doubleValue();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    /** One generation: the schema tree, with the rule of every constraint keyword by its pointer. */
    private final class Builder {
        final Locale locale;
        final Map<String, String> rules = new HashMap<>();
        final Map<String, String> messages = new HashMap<>();

        Builder(Locale locale) {
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
                    String at = pointer + "/properties/" + escape(name);
                    Annotation[] annotations = field.getAnnotations();
                    String requiredBy = requiredBy(annotations);
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
            constraints(schema, type, annotations, at);
            return schema;
        }

        void constraints(Map<String, Object> schema, String type, Annotation[] annotations, String at) {
            for (Annotation a : annotations) {
                String rule = a.annotationType().getSimpleName();
                if (a instanceof NotBlank) {
                    keyword(schema, at, "minLength", 1, rule, a);
                    if (!has(annotations, Pattern.class)) {
                        keyword(schema, at, "pattern", "\\S", rule, a);
                    }
                } else if (a instanceof NotEmpty) {
                    keyword(schema, at, "array".equals(type) ? "minItems" : "object".equals(type) ? "minProperties" : "minLength", 1, rule, a);
                } else if (a instanceof Size size) {
                    String prefix = "array".equals(type) ? "Items" : "object".equals(type) ? "Properties" : "Length";
                    if (size.min() > 0) {
                        keyword(schema, at, "min" + prefix, size.min(), rule, a);
                    }
                    if (size.max() < Integer.MAX_VALUE) {
                        keyword(schema, at, "max" + prefix, size.max(), rule, a);
                    }
                } else if (a instanceof Pattern pattern) {
                    keyword(schema, at, "pattern", "^(?:" + pattern.regexp() + ")$", rule, a);
                } else if (a instanceof Min min) {
                    keyword(schema, at, "minimum", min.value(), rule, a);
                } else if (a instanceof Max max) {
                    keyword(schema, at, "maximum", max.value(), rule, a);
                } else if (a instanceof DecimalMin min) {
                    keyword(schema, at, min.inclusive() ? "minimum" : "exclusiveMinimum", jsonNumber(min.value()), rule, a);
                } else if (a instanceof DecimalMax max) {
                    keyword(schema, at, max.inclusive() ? "maximum" : "exclusiveMaximum", jsonNumber(max.value()), rule, a);
                } else if (a instanceof Positive) {
                    keyword(schema, at, "exclusiveMinimum", 0, rule, a);
                } else if (a instanceof PositiveOrZero) {
                    keyword(schema, at, "minimum", 0, rule, a);
                } else if (a instanceof AssertTrue) {
                    // a page's checkbox posts the text "true": types are loose, and so is this value
                    keyword(schema, at, "enum", java.util.Arrays.asList(true, "true"), rule, a);
                } else if (a instanceof Email) {
                    schema.put("format", "email");
                } else if (a instanceof PastOrPresent || a instanceof Past) {
                    // "not after today" depends on the day: stated for the reader, checked by the record's validation
                    schema.put("x-" + Character.toLowerCase(rule.charAt(0)) + rule.substring(1), true);
                }
            }
        }

        void keyword(Map<String, Object> schema, String at, String keyword, Object value, String rule, Annotation a) {
            schema.put(keyword, value);
            rules.put(at + "/" + keyword, rule);
            String text = customMessage(a);
            if (text != null) {
                messages.put(at + "/" + keyword, text);
            }
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
            return FormSchemas.this.messages.getMessage(key, null, null, locale);
        }
    }

    private static String requiredBy(Annotation[] annotations) {
        for (Class<? extends Annotation> required : List.of(NotBlank.class, NotEmpty.class, NotNull.class)) {
            if (has(annotations, required)) {
                return required.getSimpleName();
            }
        }
        return null;
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation a : annotations) {
            if (a.annotationType() == type) {
                return true;
            }
        }
        return false;
    }

    /** The constraint's own message, unless it is Bean Validation's default ("{jakarta…}"). */
    private static String customMessage(Annotation a) {
        try {
            Object message = a.annotationType().getMethod("message").invoke(a);
            return message instanceof String text && !text.startsWith("{") ? text : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static AnnotatedType typeArgument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
            return p.getAnnotatedActualTypeArguments()[index];
        }
        return null;
    }
}
