package org.spotcheck.planning.internal.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.spotcheck.shared.FieldViolation;

/**
 * Checks the cells of one register row and collects violations named the way the user sees them:
 * {@code row 3 / credit_code} in an import, {@code credit_code} for a single entry.
 */
final class RowCheck {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|、，；\\s]+");

    private final String prefix;
    private final Map<String, String> values;
    private final List<FieldViolation> violations;

    RowCheck(Integer rowNumber, Map<String, String> values, List<FieldViolation> violations) {
        this(rowNumber == null ? "" : "row " + rowNumber + " / ", values, violations);
    }

    /** Fields named {@code prefix + column}, for example {@code items[0].code}. */
    RowCheck(String prefix, Map<String, String> values, List<FieldViolation> violations) {
        this.prefix = prefix;
        this.values = values;
        this.violations = violations;
    }

    static String field(Integer rowNumber, String column) {
        return rowNumber == null ? column : "row " + rowNumber + " / " + column;
    }

    String field(String column) {
        return prefix + column;
    }

    void fail(String column, String rule, String message, Object... args) {
        violations.add(new FieldViolation(field(column), rule, message, java.util.Arrays.asList(args)));
    }

    /** The trimmed value, or null when empty. */
    String optional(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String column, int maxLength) {
        String v = optional(column);
        if (v == null) {
            fail(column, "REQUIRED", "required");
            return null;
        }
        return maxLength(column, v, maxLength);
    }

    String optional(String column, int maxLength) {
        String v = optional(column);
        return v == null ? null : maxLength(column, v, maxLength);
    }

    private String maxLength(String column, String v, int maxLength) {
        if (v.length() > maxLength) {
            fail(column, "TOO_LONG", "at most " + maxLength + " characters", maxLength);
            return null;
        }
        return v;
    }

    String code(String column, boolean required) {
        String v = required ? required(column, 32) : optional(column, 32);
        if (v != null && !CODE.matcher(v).matches()) {
            fail(column, "MALFORMED_CODE", "letters, digits, '-' and '_' only");
            return null;
        }
        return v;
    }

    Integer integer(String column, boolean required, int min, int max) {
        String v = required ? required(column, 12) : optional(column, 12);
        if (v == null) {
            return null;
        }
        try {
            int n = new BigDecimal(v).intValueExact();
            if (n < min || n > max) {
                fail(column, "OUT_OF_RANGE", "must be between " + min + " and " + max, min, max);
                return null;
            }
            return n;
        } catch (ArithmeticException | NumberFormatException e) {
            fail(column, "NOT_AN_INTEGER", "must be a whole number");
            return null;
        }
    }

    BigDecimal decimal(String column, boolean required) {
        String v = required ? required(column, 30) : optional(column, 30);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.abs().compareTo(new BigDecimal("100000000000000")) >= 0 || d.scale() > 6) {
                fail(column, "OUT_OF_RANGE", "number out of range (at most 6 decimals)");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            fail(column, "NOT_A_NUMBER", "must be a number");
            return null;
        }
    }

    /** One of the allowed codes; Chinese labels map to codes through {@code aliases}. */
    String choice(String column, boolean required, List<String> allowed, Map<String, String> aliases) {
        String v = required ? required(column, 32) : optional(column, 32);
        if (v == null) {
            return null;
        }
        String code = aliases.getOrDefault(v, v.toUpperCase(java.util.Locale.ROOT));
        if (!allowed.contains(code)) {
            fail(column, "NOT_ALLOWED", "must be one of " + String.join(", ", allowed), String.join(", ", allowed));
            return null;
        }
        return code;
    }

    /** A list in one cell, separated by commas, semicolons, '|', '、' or spaces. */
    List<String> list(String column, boolean required) {
        String v = required ? required(column, 500) : optional(column, 500);
        if (v == null) {
            return required ? null : List.of();
        }
        List<String> items = new ArrayList<>(Arrays.stream(LIST_SEPARATORS.split(v)).filter(s -> !s.isBlank()).distinct().toList());
        if (required && items.isEmpty()) {
            fail(column, "REQUIRED", "required");
            return null;
        }
        return items;
    }
}
