package org.spotcheck.planning.internal.domain;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code set 0-9 and A-Z without I, O, Z,
 * S, V; the last character is a check character computed modulo 31 with weights 3^i mod 31.
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // GB 32100-2015 §5: weights W_i = 3^(i-1) mod 31 for positions 1..17
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("invalid character '" + first17.charAt(i) + "' at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARS.charAt(check);
    }
}
