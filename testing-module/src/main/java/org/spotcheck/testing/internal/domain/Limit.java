package org.spotcheck.testing.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirement one test item is judged against, as written in an implementation rule
 * (实施细则).
 *
 * <p>Only the fields of the limit's {@link LimitType} may be set:
 * <ul>
 *   <li>{@link LimitType#MAX} and {@link LimitType#MIN}: {@code value};</li>
 *   <li>{@link LimitType#RANGE}: {@code min <= max} (both inclusive);</li>
 *   <li>{@link LimitType#ENUMERATION}: a non-empty {@code allowed} list (values stored trimmed);</li>
 *   <li>{@link LimitType#QUALITATIVE}: the {@code requirement} text.</li>
 * </ul>
 * {@code requirement} may also carry descriptive text for the other types, and {@code unit} is
 * free text (blank is stored as null). {@code decimals} applies to numeric limits only: the
 * measured value is rounded to that many places by GB/T 8170-2008 before it is compared
 * (rounded-value comparison, GB/T 8170-2008 §4.3.3); null compares the unrounded value
 * (§4.3.2). Because §4.3.3 rounds to the place in which the limit is written, a limit written
 * with more decimals than {@code decimals} (e.g. 0.0255 with decimals 3) is rejected: no
 * rounded result could ever equal it.
 *
 * <p>Numeric limits keep the scale they were written with ("2.00" stays 2.00 in
 * {@link #display()}).
 */
public record Limit(LimitType type, BigDecimal value, BigDecimal min, BigDecimal max, List<String> allowed,
                    String requirement, Integer decimals, String unit, BigDecimal detectionLimit, boolean ndRequired) {

    /** A limit whose rule states no detection limit and does not require 不得检出. */
    public Limit(LimitType type, BigDecimal value, BigDecimal min, BigDecimal max, List<String> allowed,
                 String requirement, Integer decimals, String unit) {
        this(type, value, min, max, allowed, requirement, decimals, unit, null, false);
    }

    public Limit {
        if (detectionLimit != null && detectionLimit.signum() <= 0) {
            throw new IllegalArgumentException("detection limit " + detectionLimit.toPlainString() + " must be above 0");
        }
        GbT8170.required(type, "limit type");
        allowed = trimmedCopy(allowed);
        requirement = blankToNull(requirement);
        unit = blankToNull(unit);
        switch (type) {
            case MAX, MIN -> {
                GbT8170.required(value, type + " limit value");
                mustBeAbsent(min == null && max == null, type, "min/max");
                mustBeAbsent(allowed.isEmpty(), type, "allowed values");
                checkNumber(value, decimals, "limit value");
            }
            case RANGE -> {
                GbT8170.required(min, "RANGE limit min");
                GbT8170.required(max, "RANGE limit max");
                mustBeAbsent(value == null, type, "a single value");
                mustBeAbsent(allowed.isEmpty(), type, "allowed values");
                checkNumber(min, decimals, "range min");
                checkNumber(max, decimals, "range max");
                if (min.compareTo(max) > 0) {
                    throw new IllegalArgumentException("RANGE limit min " + min.toPlainString()
                            + " is greater than max " + max.toPlainString());
                }
            }
            case ENUMERATION -> {
                if (allowed.isEmpty()) {
                    throw new IllegalArgumentException("ENUMERATION limit needs at least one allowed value");
                }
                mustBeAbsent(value == null && min == null && max == null, type, "numeric values");
                mustBeAbsent(decimals == null, type, "decimals");
            }
            case QUALITATIVE -> {
                if (requirement == null) {
                    throw new IllegalArgumentException("QUALITATIVE limit needs a non-blank requirement text");
                }
                mustBeAbsent(value == null && min == null && max == null, type, "numeric values");
                mustBeAbsent(allowed.isEmpty(), type, "allowed values");
                mustBeAbsent(decimals == null, type, "decimals");
            }
            default -> throw new IllegalStateException("unhandled limit type " + type);
        }
    }

    /** {@code result <= value}, the measured value rounded to {@code decimals} places first (null: unrounded). */
    public static Limit max(String value, Integer decimals, String unit) {
        return new Limit(LimitType.MAX, number(value, "MAX limit value"), null, null, null, null, decimals, unit);
    }

    /** {@code result >= value}, the measured value rounded to {@code decimals} places first (null: unrounded). */
    public static Limit min(String value, Integer decimals, String unit) {
        return new Limit(LimitType.MIN, number(value, "MIN limit value"), null, null, null, null, decimals, unit);
    }

    /** {@code min <= result <= max}, the measured value rounded to {@code decimals} places first (null: unrounded). */
    public static Limit range(String min, String max, Integer decimals, String unit) {
        return new Limit(LimitType.RANGE, null, number(min, "RANGE limit min"), number(max, "RANGE limit max"),
                null, null, decimals, unit);
    }

    /** The result must equal one of {@code allowed} (both sides trimmed), e.g. {@code List.of("不得检出")}. */
    public static Limit enumeration(List<String> allowed) {
        return new Limit(LimitType.ENUMERATION, null, null, null, allowed, null, null, null);
    }

    /** The lab records a finding (符合/不符合, PASS/FAIL) against {@code requirement}. */
    public static Limit qualitative(String requirement) {
        return new Limit(LimitType.QUALITATIVE, null, null, null, null, requirement, null, null);
    }

    /**
     * This limit with the rule's detection limit (检出限, in the item's unit; null: none stated) and
     * whether 不得检出 is the requirement (issue 12).
     */
    public Limit withDetection(BigDecimal detectionLimit, boolean ndRequired) {
        return new Limit(type, value, min, max, allowed, requirement, decimals, unit, detectionLimit, ndRequired);
    }

    /** 不得检出 is the requirement: flagged by the rule, or the only allowed value. */
    public boolean notDetectable() {
        return ndRequired || (type == LimitType.ENUMERATION && allowed.contains(ItemResult.NOT_DETECTABLE));
    }

    /** True for {@link LimitType#MAX}, {@link LimitType#MIN} and {@link LimitType#RANGE}. */
    public boolean isNumeric() {
        return type == LimitType.MAX || type == LimitType.MIN || type == LimitType.RANGE;
    }

    /**
     * The limit as shown in a report: "≤ 0.025 mm", "≥ 8.0 N/15mm", "-2.0 ~ 2.0 %", the allowed
     * values joined with "、" ("不得检出"), or the requirement text.
     */
    public String display() {
        return switch (type) {
            case MAX -> withUnit("≤ " + value.toPlainString());
            case MIN -> withUnit("≥ " + value.toPlainString());
            case RANGE -> withUnit(min.toPlainString() + " ~ " + max.toPlainString());
            case ENUMERATION -> String.join("、", allowed);
            case QUALITATIVE -> requirement;
        };
    }

    private String withUnit(String text) {
        return unit == null ? text : text + " " + unit;
    }

    private static BigDecimal number(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        try {
            return GbT8170.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static void checkNumber(BigDecimal number, Integer decimals, String what) {
        GbT8170.checkBounds(number, what + " " + number.toPlainString());
        if (decimals != null) {
            GbT8170.checkDecimals(decimals);
            if (number.stripTrailingZeros().scale() > decimals) {
                throw new IllegalArgumentException(what + " " + number.toPlainString()
                        + " has more decimal places than the rounding precision (" + decimals
                        + "); a rounded result could never equal it (GB/T 8170-2008 §4.3.3)");
            }
        }
    }

    private static void mustBeAbsent(boolean absent, LimitType type, String what) {
        if (!absent) {
            throw new IllegalArgumentException(type + " limit must not have " + what);
        }
    }

    private static List<String> trimmedCopy(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(values.size());
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("allowed values must not be null or blank: " + values);
            }
            copy.add(v.strip());
        }
        return List.copyOf(copy);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
