package org.spotcheck.testing.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal values of results and limits with their reported precision (issue 18.3). The database keeps
 * them with a fixed scale (a rounded value as DECIMAL(30,10), a limit as DECIMAL(20,6)), which would
 * answer 0.0300000000 where the lab reported 0.03; the API answers them as strings with the places that
 * were reported.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * @param value    the stored value, or null
     * @param decimals the places the value was rounded to (the limit's decimals, GB/T 8170-2008), or null
     * @param written  the value as the lab wrote it, whose places count where {@code decimals} is null; or null
     * @return the value with the reported number of places (never negative, never a trailing zero
     *         beyond them), or null
     */
    public static BigDecimal reported(BigDecimal value, Integer decimals, String written) {
        if (value == null) {
            return null;
        }
        int scale;
        if (decimals != null) {
            scale = decimals;
        } else {
            scale = value.stripTrailingZeros().scale();
            Integer writtenScale = scaleOf(written);
            if (writtenScale != null && writtenScale > scale) {
                scale = writtenScale;
            }
        }
        return value.setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN);
    }

    private static Integer scaleOf(String written) {
        if (written == null) {
            return null;
        }
        try {
            return new BigDecimal(written.strip()).scale();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
