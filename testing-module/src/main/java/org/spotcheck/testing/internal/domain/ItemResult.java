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
        if (limit.isNumeric() != (rounded != null)) {
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
        BigDecimal rounded = null;
        ItemVerdict verdict;
        switch (limit.type()) {
            case MAX, MIN, RANGE -> {
                rounded = roundedForComparison(itemCode, limit, measured);
                verdict = numericVerdict(limit, rounded);
            }
            case ENUMERATION -> verdict = limit.allowed().contains(measured.strip()) ? ItemVerdict.PASS : ItemVerdict.FAIL;
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
        throw new IllegalArgumentException("item " + itemCode + ": '" + finding
                + "' is not a qualitative finding; expected PASS/符合 or FAIL/不符合");
    }
}
