package org.spotcheck.shared;

import java.util.regex.Pattern;

/**
 * Administrative division codes of GB/T 2260: six digits, two each for province, city and county.
 * A province code ends in 0000 and covers every code with its first two digits; a city code ends
 * in 00 and covers every code with its first four digits.
 */
public final class RegionCode {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private RegionCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches() && !code.startsWith("00");
    }

    /** Whether {@code area} lies within {@code region} (or is the same region). */
    public static boolean contains(String region, String area) {
        if (!isValid(region) || !isValid(area)) {
            return false;
        }
        if (region.endsWith("0000")) {
            return area.startsWith(region.substring(0, 2));
        }
        if (region.endsWith("00")) {
            return area.startsWith(region.substring(0, 4));
        }
        return region.equals(area);
    }
}
