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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema keywords of the Bean Validation annotations on a form's component (lengths, patterns, ranges,
 * required), each recorded with its rule so that a client names the rule the server would (issue 19).
 */
final class ConstraintKeywords {

    private ConstraintKeywords() {
    }

    /** Adds the keywords of a value's constraints to its schema, each with its rule (and custom message) recorded. */
    static void apply(FormSchemaBuilder b, Map<String, Object> schema, String type, Annotation[] annotations, String at) {
        for (Annotation a : annotations) {
            String rule = a.annotationType().getSimpleName();
            if (a instanceof NotBlank) {
                b.keyword(schema, at, "minLength", 1, rule, a);
                if (!has(annotations, Pattern.class)) {
                    b.keyword(schema, at, "pattern", "\\S", rule, a);
                }
            } else if (a instanceof NotEmpty) {
                b.keyword(schema, at, "array".equals(type) ? "minItems" : "object".equals(type) ? "minProperties" : "minLength", 1, rule, a);
            } else if (a instanceof Size size) {
                String prefix = "array".equals(type) ? "Items" : "object".equals(type) ? "Properties" : "Length";
                if (size.min() > 0) {
                    b.keyword(schema, at, "min" + prefix, size.min(), rule, a);
                }
                if (size.max() < Integer.MAX_VALUE) {
                    b.keyword(schema, at, "max" + prefix, size.max(), rule, a);
                }
            } else if (a instanceof Pattern pattern) {
                b.keyword(schema, at, "pattern", "^(?:" + pattern.regexp() + ")$", rule, a);
            } else if (a instanceof Min min) {
                b.keyword(schema, at, "minimum", min.value(), rule, a);
            } else if (a instanceof Max max) {
                b.keyword(schema, at, "maximum", max.value(), rule, a);
            } else if (a instanceof DecimalMin min) {
                b.keyword(schema, at, min.inclusive() ? "minimum" : "exclusiveMinimum", jsonNumber(min.value()), rule, a);
            } else if (a instanceof DecimalMax max) {
                b.keyword(schema, at, max.inclusive() ? "maximum" : "exclusiveMaximum", jsonNumber(max.value()), rule, a);
            } else if (a instanceof Positive) {
                b.keyword(schema, at, "exclusiveMinimum", 0, rule, a);
            } else if (a instanceof PositiveOrZero) {
                b.keyword(schema, at, "minimum", 0, rule, a);
            } else if (a instanceof AssertTrue) {
                // a page's checkbox posts the text "true": types are loose, and so is this value
                b.keyword(schema, at, "enum", java.util.Arrays.asList(true, "true"), rule, a);
            } else if (a instanceof Email) {
                schema.put("format", "email");
            } else if (a instanceof PastOrPresent || a instanceof Past) {
                // "not after today" depends on the day: stated for the reader, checked by the record's validation
                schema.put("x-" + Character.toLowerCase(rule.charAt(0)) + rule.substring(1), true);
            }
        }
    }

    /** The annotation that makes a component required (its rule), or null. */
    static String requiredBy(Annotation[] annotations) {
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
    static String customMessage(Annotation a) {
        try {
            Object message = a.annotationType().getMethod("message").invoke(a);
            return message instanceof String text && !text.startsWith("{") ? text : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * A limit of a JSON Schema keyword ({@code minimum}, {@code maximum}) as a JSON number, as the keyword requires: a
     * {@link BigDecimal} would be written as a decimal string (ADR 0017 decision 12) and the schema would be invalid.
     */
    static Number jsonNumber(String value) {
        BigDecimal limit = new BigDecimal(value).stripTrailingZeros();
        return limit.scale() <= 0 ? (Number) limit.longValueExact() : (Number) limit.doubleValue();
    }
}
