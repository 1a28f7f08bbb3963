package org.spotcheck.testing.internal.domain;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test result as the lab writes it, typed: a number ({@code 0.030}), not detected with or
 * without the method's detection limit (检出限) ({@code 未检出}, {@code ND}, {@code <0.01},
 * {@code 未检出（<0.01）}, {@code 未检出(<0.01)}, {@code ND(<0.01)}), detected ({@code 检出}), or any
 * other text (a choice such as 符合 / 不符合, checked by the item's limit).
 *
 * <p>{@code written} keeps the text exactly as the lab wrote it (trimmed): the report shows it,
 * never a 0 in place of 未检出. {@code detectionLimit} is the limit the lab stated, or null.
 */
public record MeasuredValue(Kind kind, String written, BigDecimal number, BigDecimal detectionLimit) {

    /** The form of a written result. */
    public enum Kind { NUMBER, NOT_DETECTED, DETECTED, CHOICE }

    private static final String ND = "(?:未检出|ND|N\\.D\\.)";
    private static final Pattern BARE_ND = Pattern.compile(ND, Pattern.CASE_INSENSITIVE);
    private static final Pattern ND_WITH_LIMIT = Pattern.compile(ND + "\\s*\\(\\s*<\\s*(\\S+?)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW_LIMIT = Pattern.compile("<\\s*(\\S+)");

    public MeasuredValue {
        GbT8170.required(kind, "kind of result");
        GbT8170.required(written, "written result");
    }

    /**
     * Reads a written result.
     *
     * @throws IllegalArgumentException if the text is blank, or a stated detection limit is not a
     *                                  positive number
     */
    public static MeasuredValue parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("measured result is missing or blank");
        }
        String written = text.strip();
        String normal = written.replace('（', '(').replace('）', ')').replace('＜', '<');
        if (BARE_ND.matcher(normal).matches()) {
            return new MeasuredValue(Kind.NOT_DETECTED, written, null, null);
        }
        Matcher m = ND_WITH_LIMIT.matcher(normal);
        if (!m.matches()) {
            m = BELOW_LIMIT.matcher(normal);
        }
        if (m.matches()) {
            BigDecimal limit;
            try {
                limit = GbT8170.parse(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new ResultRefusedException("INVALID_DETECTION_LIMIT", "the detection limit '"
                        + m.group(1) + "' is not a number");
            }
            if (limit.signum() <= 0) {
                throw new ResultRefusedException("INVALID_DETECTION_LIMIT", "the detection limit must be above 0");
            }
            return new MeasuredValue(Kind.NOT_DETECTED, written, null, limit);
        }
        if (normal.equals("检出")) {
            return new MeasuredValue(Kind.DETECTED, written, null, null);
        }
        try {
            return new MeasuredValue(Kind.NUMBER, written, GbT8170.parse(normal), null);
        } catch (IllegalArgumentException e) {
            return new MeasuredValue(Kind.CHOICE, written, null, null);
        }
    }
}
