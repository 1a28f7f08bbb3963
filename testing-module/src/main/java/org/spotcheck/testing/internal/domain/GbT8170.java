package org.spotcheck.testing.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rounding of measured values (数值修约) as required by GB/T 8170-2008
 * 《数值修约规则与极限数值的表示和判定》.
 *
 * <h2>Rounding rule</h2>
 * GB/T 8170-2008 §3.2 (进舍规则, "四舍六入五成双") says, for the digits to be discarded:
 * <ol>
 *   <li>§3.2.1 leftmost discarded digit below 5: drop them (12.1498 → 12.1);</li>
 *   <li>§3.2.2 leftmost discarded digit above 5: add one to the last kept digit;</li>
 *   <li>§3.2.3 leftmost discarded digit 5 followed by any non-zero digit: add one
 *       (10.5002 → 11, 1.2451 → 1.25);</li>
 *   <li>§3.2.4 leftmost discarded digit 5 with nothing or only zeros after it: add one if the
 *       last kept digit is odd, keep it if it is even (1.2350 → 1.24, 1.2450 → 1.24,
 *       0.0255 → 0.026, 0.0265 → 0.026);</li>
 *   <li>§3.2.5 negative numbers: round the absolute value, then put the minus sign back
 *       (-0.0365 → -0.036).</li>
 * </ol>
 * Taken together, §3.2.1–§3.2.4 judge the discarded part <em>as a whole</em>: more than half a
 * unit of the last kept place rounds up, less than half rounds down, exactly half rounds to the
 * even neighbour. That is precisely {@link RoundingMode#HALF_EVEN}, which is also symmetric in
 * sign and therefore satisfies §3.2.5.
 *
 * <p>§3.3 (不允许连续修约) requires rounding <em>once</em>, from the original value, to the
 * target place: 15.4546 → 15, never 15.4546 → 15.455 → 15.46 → 15.5 → 16. We therefore round a
 * {@link BigDecimal} built from the exact decimal string the lab reported ({@link #parse}).
 * Never go through {@code double}: {@code 2.675} as a double is 2.67499999…, a hidden
 * "first rounding" that would turn an exact half into "less than half" (2.67 instead of 2.68).
 *
 * <p>The 0.5-unit and 0.2-unit rounding of §3.4 is not supported: a limit here is always rounded
 * to a power of ten ({@code decimals} places; negative {@code decimals} round to tens, hundreds…).
 *
 * <p>Comparing the rounded value with the limit is the rounded-value comparison method
 * (修约值比较法) of GB/T 8170-2008 §4.3.3; with no {@code decimals} the full value is compared
 * (全数值比较法, §4.3.2).
 */
public final class GbT8170 {

    /** Most significant digits accepted in a measured value. */
    public static final int MAX_SIGNIFICANT_DIGITS = 30;

    /** Most decimal places accepted in a value, and the widest rounding place either side. */
    public static final int MAX_DECIMALS = 30;

    private static final Pattern NAN = Pattern.compile("[+-]?nan");
    private static final Pattern INFINITY = Pattern.compile("[+-]?(inf|infinity|∞)");

    private GbT8170() {
    }

    /**
     * Rounds {@code value} to {@code decimals} places by GB/T 8170-2008 §3.2 (HALF_EVEN on the
     * exact decimal value). The result has scale {@code decimals}, e.g. 1.2350 → 1.24.
     *
     * @param decimals places after the decimal point, between -30 and 30; a negative number
     *                 rounds to tens (-1), hundreds (-2) and so on
     * @throws IllegalArgumentException if {@code value} is null or {@code decimals} out of range
     */
    public static BigDecimal round(BigDecimal value, int decimals) {
        if (value == null) {
            throw new IllegalArgumentException("value to round is missing (null)");
        }
        checkDecimals(decimals);
        return value.setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /**
     * Parses a measured value written as a decimal string ("0.0255", "-2.05", "2.5E-2"),
     * keeping every digit exactly as written (trailing zeros included). Surrounding
     * whitespace is ignored.
     *
     * @throws IllegalArgumentException if the text is missing, blank, not a decimal number,
     *                                  NaN, infinite, has more than 30 significant digits, or
     *                                  its magnitude or number of decimal places exceeds 30 digits
     */
    public static BigDecimal parse(String measured) {
        if (measured == null) {
            throw new IllegalArgumentException("measured value is missing (null)");
        }
        String text = measured.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("measured value is blank");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (NAN.matcher(lower).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number (NaN)");
        }
        if (INFINITY.matcher(lower).matches()) {
            throw new IllegalArgumentException("'" + text + "' is infinite; a measured value must be finite");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal number", e);
        }
        checkBounds(value, "'" + text + "'");
        return value;
    }

    /**
     * Rejects values the engine will not handle: more than 30 significant digits, an integer
     * part longer than 30 digits, or more than 30 decimal places. The last two also keep a
     * hostile exponent ("1E-999999999") from making {@link #round} compute huge powers of ten.
     */
    static void checkBounds(BigDecimal value, String label) {
        if (value.precision() > MAX_SIGNIFICANT_DIGITS) {
            throw new IllegalArgumentException(label + " has " + value.precision()
                    + " significant digits; at most " + MAX_SIGNIFICANT_DIGITS + " are allowed");
        }
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(label + " is too large: its integer part has more than "
                    + MAX_DECIMALS + " digits");
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(label + " has more than " + MAX_DECIMALS + " decimal places");
        }
        if (value.scale() < -MAX_DECIMALS) {
            throw new IllegalArgumentException(label + " has an exponent out of range");
        }
    }

    static void checkDecimals(int decimals) {
        if (decimals < -MAX_DECIMALS || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be between " + -MAX_DECIMALS + " and "
                    + MAX_DECIMALS + ", was " + decimals);
        }
    }

    /** Same as {@link java.util.Objects#requireNonNull} but with the engine's exception type. */
    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
