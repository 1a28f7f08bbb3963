package org.spotcheck.testing.internal.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The judgment of one test item: the lab's measured result against the item's {@link Limit}.
 *
 * <p>{@code computed} is what the engine decided; {@code verdict} is the verdict that counts.
 * They differ only when the lab overrode the judgment ({@code overridden}), which needs a
 * non-blank {@code overrideReason}; the computed judgment is kept for the record.
 *
 * <p>Numeric limits: the measured text is parsed exactly ({@link GbT8170#parse}), rounded to the
 * limit's {@code decimals} by GB/T 8170-2008 §3.2 and compared with the limit (rounded-value
 * comparison, GB/T 8170-2008 §4.3.3); with null {@code decimals} the exact value is compared
 * (§4.3.2). {@code rounded} holds the value that was compared. Enumeration limits compare the
 * trimmed text with the allowed values exactly. Qualitative limits accept the findings
 * "PASS"/"符合" and "FAIL"/"不符合" (case-insensitive, trimmed); anything else is invalid input.
 * {@code rounded} is null for both.
 */
public record ItemResult(String itemCode, ItemClass itemClass, Limit limit, String measured, BigDecimal rounded,
                         ItemVerdict computed, ItemVerdict verdict, boolean overridden, String overrideReason) {

    public ItemResult {
        if (itemCode == null || itemCode.isBlank()) {
            throw new IllegalArgumentException("item code is required");
        }
        itemCode = itemCode.strip();
        GbT8170.required(itemClass, "item class of " + itemCode);
        GbT8170.required(limit, "limit of " + itemCode);
        GbT8170.required(measured, "measured result of " + itemCode);
        GbT8170.required(computed, "computed verdict of " + itemCode);
        GbT8170.required(verdict, "verdict of " + itemCode);
        boolean belowDetection = limit.isNumeric() && MeasuredValue.parse(measured).kind() == MeasuredValue.Kind.NOT_DETECTED;
        if ((limit.isNumeric() && !belowDetection) != (rounded != null)) {
            throw new IllegalArgumentException("item " + itemCode + ": the rounded value must be set for a numeric"
                    + " limit and only for a numeric limit (limit type " + limit.type() + ")");
        }
        if (overridden) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new IllegalArgumentException("item " + itemCode + ": an override needs a non-blank reason");
            }
            overrideReason = overrideReason.strip();
        } else {
            if (overrideReason != null) {
                throw new IllegalArgumentException("item " + itemCode + ": an override reason is given but the"
                        + " judgment is not overridden");
            }
            if (verdict != computed) {
                throw new IllegalArgumentException("item " + itemCode + ": verdict " + verdict
                        + " differs from the computed verdict " + computed + " without an override");
            }
        }
    }

    /**
     * Judges a measured result against {@code limit}.
     *
     * @throws IllegalArgumentException if an argument is missing, the measured text is blank,
     *                                  not a valid number for a numeric limit, or not a recognised
     *                                  finding for a qualitative limit; the message names the item
     */
    public static ItemResult judge(String itemCode, ItemClass itemClass, Limit limit, String measured) {
        if (itemCode == null || itemCode.isBlank()) {
            throw new IllegalArgumentException("item code is required");
        }
        itemCode = itemCode.strip();
        GbT8170.required(limit, "limit of " + itemCode);
        if (measured == null || measured.isBlank()) {
            throw new IllegalArgumentException("item " + itemCode + ": measured result is missing or blank");
        }
        MeasuredValue value = MeasuredValue.parse(measured);
        BigDecimal rounded = null;
        ItemVerdict verdict;
        switch (limit.type()) {
            case MAX, MIN, RANGE -> {
                if (value.kind() == MeasuredValue.Kind.NOT_DETECTED) {
                    verdict = belowDetectionLimit(itemCode, limit, value);
                } else if (value.kind() != MeasuredValue.Kind.NUMBER) {
                    throw new ResultRefusedException("NOT_A_NUMBER", "item " + itemCode + ": '" + value.written()
                            + "' is not a number; write the value, or 未检出（<检出限）", value.written());
                } else {
                    checkPossible(itemCode, limit, value.number());
                    rounded = roundedForComparison(itemCode, limit, value.written());
                    verdict = numericVerdict(limit, rounded);
                }
            }
            case ENUMERATION -> verdict = enumerationVerdict(itemCode, limit, value);
            case QUALITATIVE -> verdict = qualitativeFinding(itemCode, measured);
            default -> throw new IllegalStateException("unhandled limit type " + limit.type());
        }
        return new ItemResult(itemCode, itemClass, limit, measured, rounded, verdict, verdict, false, null);
    }

    /**
     * Returns a copy whose {@code verdict} is {@code newVerdict}, flagged {@code overridden}, keeping the
     * computed verdict. Overriding an overridden result keeps the original computed verdict.
     *
     * @throws IllegalArgumentException if {@code newVerdict} is null or {@code reason} is null or blank
     */
    public ItemResult override(ItemVerdict newVerdict, String reason) {
        GbT8170.required(newVerdict, "override verdict of " + itemCode);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("item " + itemCode + ": an override needs a non-blank reason");
        }
        return new ItemResult(itemCode, itemClass, limit, measured, rounded, computed, newVerdict, true, reason);
    }

    /** The requirement text of a 不得检出 (must not be detected) item. */
    public static final String NOT_DETECTABLE = "不得检出";

    /**
     * A result below the method's detection limit on a numeric item. Only a MAX limit can be judged
     * from it: the true value lies below the detection limit, so it meets {@code <= value} when the
     * detection limit is at or under the limit. A detection limit above the limit cannot show
     * conformity (GB/T 8170-2008 §4.3 compares a value, and none is known): refused, never judged.
     * The detection limit is the one the lab wrote with the result ({@code 未检出（<0.01）}); a bare
     * 未检出 is judged with the rule's detection limit, and refused when the rule states none: the
     * report must state it one way or the other.
     */
    private static ItemVerdict belowDetectionLimit(String itemCode, Limit limit, MeasuredValue value) {
        if (limit.type() != LimitType.MAX) {
            throw new ResultRefusedException("NOT_JUDGEABLE_DETECTION_LIMIT", "item " + itemCode
                    + ": a result below the detection limit cannot be judged against a minimum or a range; give the value");
        }
        BigDecimal detectionLimit = value.detectionLimit() != null ? value.detectionLimit() : limit.detectionLimit();
        if (detectionLimit == null) {
            throw new ResultRefusedException("DETECTION_LIMIT_REQUIRED", "item " + itemCode
                    + ": the rule states no detection limit: state the method's detection limit, e.g. 未检出（<0.01）");
        }
        if (detectionLimit.compareTo(limit.value()) > 0) {
            throw new ResultRefusedException("NOT_JUDGEABLE_DETECTION_LIMIT", "item " + itemCode
                    + ": the detection limit " + detectionLimit.toPlainString() + " is above the limit "
                    + limit.value().toPlainString() + ": the result cannot be judged");
        }
        return ItemVerdict.PASS;
    }

    /**
     * An enumeration: an allowed value passes as before. Where 不得检出 is the requirement (the
     * rule's nd_required, or 不得检出 as the allowed value), 未检出 (with or without its detection
     * limit) passes, 检出 or a quantity above the rule's detection limit fails (any positive quantity
     * when the rule states none), a negative number is impossible, and a 0 is refused: the lab writes
     * 未检出 (GB 15979-2002 reports microbes not found as 不得检出 / 未检出, never as a count of 0). A
     * detection limit the lab writes above the rule's cannot show 不得检出 by the rule's method: refused.
     */
    private static ItemVerdict enumerationVerdict(String itemCode, Limit limit, MeasuredValue value) {
        if (limit.allowed().contains(value.written())) {
            return ItemVerdict.PASS;
        }
        if (!limit.notDetectable()) {
            return ItemVerdict.FAIL;
        }
        BigDecimal ruleLimit = limit.detectionLimit();
        return switch (value.kind()) {
            case NOT_DETECTED -> {
                if (value.detectionLimit() != null && ruleLimit != null && value.detectionLimit().compareTo(ruleLimit) > 0) {
                    throw new ResultRefusedException("NOT_JUDGEABLE_DETECTION_LIMIT", "item " + itemCode
                            + ": the detection limit " + value.detectionLimit().toPlainString() + " is above the rule's "
                            + ruleLimit.toPlainString() + ": the result cannot be judged");
                }
                yield ItemVerdict.PASS;
            }
            case DETECTED -> ItemVerdict.FAIL;
            case NUMBER -> {
                if (value.number().signum() < 0) {
                    throw new ResultRefusedException("IMPOSSIBLE_VALUE", "item " + itemCode
                            + ": a result cannot be negative", value.written());
                }
                if (value.number().signum() == 0) {
                    throw new ResultRefusedException("NOT_A_CHOICE", "item " + itemCode
                            + ": write 未检出 (not 0) when nothing was detected", value.written(), "未检出");
                }
                yield ruleLimit != null && value.number().compareTo(ruleLimit) <= 0 ? ItemVerdict.PASS : ItemVerdict.FAIL;
            }
            case CHOICE -> throw new ResultRefusedException("NOT_A_CHOICE", "item " + itemCode + ": '" + value.written()
                    + "' is not a valid result; expected 未检出 or 检出", value.written(), "未检出/检出");
        };
    }

    /**
     * Physically impossible values are refused, never judged: a negative value where the limit
     * itself is not negative (thickness, mass, counts, CFU, concentrations), and a colour-fastness
     * grade (unit 级) outside 1–5 or off the half steps of the grey scale (GB/T 250-2008, GB/T 251-2008).
     */
    private static void checkPossible(String itemCode, Limit limit, BigDecimal x) {
        BigDecimal lowest = limit.type() == LimitType.RANGE ? limit.min() : limit.value();
        if (x.signum() < 0 && lowest.signum() >= 0) {
            throw new ResultRefusedException("IMPOSSIBLE_VALUE", "item " + itemCode + ": "
                    + x.toPlainString() + " is impossible for this item: it cannot be negative", x.toPlainString());
        }
        if (limit.unit() != null && limit.unit().startsWith("级")) {
            BigDecimal doubled = x.multiply(BigDecimal.valueOf(2));
            if (x.compareTo(BigDecimal.ONE) < 0 || x.compareTo(BigDecimal.valueOf(5)) > 0
                    || doubled.stripTrailingZeros().scale() > 0) {
                throw new ResultRefusedException("IMPOSSIBLE_VALUE", "item " + itemCode + ": "
                        + x.toPlainString() + " is not a grey-scale grade (1 to 5 in half steps)", x.toPlainString());
            }
        }
    }

    private static BigDecimal roundedForComparison(String itemCode, Limit limit, String measured) {
        BigDecimal exact;
        try {
            exact = GbT8170.parse(measured);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("item " + itemCode + ": " + e.getMessage(), e);
        }
        return limit.decimals() == null ? exact : GbT8170.round(exact, limit.decimals());
    }

    private static ItemVerdict numericVerdict(Limit limit, BigDecimal x) {
        boolean pass = switch (limit.type()) {
            case MAX -> x.compareTo(limit.value()) <= 0;
            case MIN -> x.compareTo(limit.value()) >= 0;
            case RANGE -> x.compareTo(limit.min()) >= 0 && x.compareTo(limit.max()) <= 0;
            default -> throw new IllegalStateException("not a numeric limit: " + limit.type());
        };
        return pass ? ItemVerdict.PASS : ItemVerdict.FAIL;
    }

    private static ItemVerdict qualitativeFinding(String itemCode, String measured) {
        String finding = measured.strip();
        String upper = finding.toUpperCase(Locale.ROOT);
        if (upper.equals("PASS") || finding.equals("符合")) {
            return ItemVerdict.PASS;
        }
        if (upper.equals("FAIL") || finding.equals("不符合")) {
            return ItemVerdict.FAIL;
        }
        throw new ResultRefusedException("NOT_A_CHOICE", "item " + itemCode + ": '" + finding
                + "' is not a qualitative finding; expected PASS/符合 or FAIL/不符合", finding, "符合/不符合");
    }
}
