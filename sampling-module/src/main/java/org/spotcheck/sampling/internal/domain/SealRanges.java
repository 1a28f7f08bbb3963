package org.spotcheck.sampling.internal.domain;

import java.util.Collection;
import java.util.List;

/**
 * Whether a seal number may be used on a sampling form (issue 19). A seal number of one of the
 * authority's series (its prefix followed by exactly the series' digits) must lie in a range issued
 * to one of the samplers present; a number outside every series is accepted unless the authority
 * requires issued seals for every number ({@code required}). The offline sampling app applies the
 * same rule to the ranges it downloaded (static/js/field-rules.js, keep the two in step).
 */
public final class SealRanges {

    /** One issued range; a withdrawn one still names its series but allows no seal any more. */
    public record Range(String samplerUsername, String prefix, long first, long last, int digits, boolean withdrawn) {

        public Range(String samplerUsername, String prefix, long first, long last, int digits) {
            this(samplerUsername, prefix, first, last, digits, false);
        }

        /** The number of this series that the seal carries, or -1 if it is not of this series. */
        long numberOf(String seal) {
            if (!seal.startsWith(prefix) || seal.length() != prefix.length() + digits) {
                return -1;
            }
            String rest = seal.substring(prefix.length());
            for (int i = 0; i < rest.length(); i++) {
                if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                    return -1;
                }
            }
            return Long.parseLong(rest);
        }

        boolean covers(String seal) {
            long n = numberOf(seal);
            return !withdrawn && n >= first && n <= last;
        }

        /** Whether this range shares a seal number with another of the same series (prefix, any case). */
        public boolean overlaps(String otherPrefix, long otherFirst, long otherLast) {
            return prefix.equalsIgnoreCase(otherPrefix) && first <= otherLast && otherFirst <= last;
        }

        public String format(long number) {
            return prefix + String.format("%0" + digits + "d", number);
        }
    }

    private SealRanges() {
    }

    /** The largest number that {@code digits} digits can write (10^digits - 1). */
    public static long largest(int digits) {
        long max = 1;
        for (int i = 0; i < digits; i++) {
            max *= 10;
        }
        return max - 1;
    }

    /**
     * The form under which a seal is used once (issue 19): stripped and in upper case, so that nj2026-000001 and
     * NJ2026-000001 are the same seal on H2 as on MySQL.
     */
    public static String key(String seal) {
        return seal == null ? "" : seal.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * @param seal      the seal number as written on the form
     * @param ranges    every range of the authority (all its samplers)
     * @param samplers  the samplers present on site
     * @param required  whether every seal must come from an issued range
     * @return true if the seal may be used
     */
    public static boolean allowed(String seal, List<Range> ranges, Collection<String> samplers, boolean required) {
        String s = seal == null ? "" : seal.strip();
        boolean ofASeries = false;
        for (Range r : ranges) {
            if (r.numberOf(s) >= 0) {
                ofASeries = true;
                if (r.covers(s) && samplers.contains(r.samplerUsername())) {
                    return true;
                }
            }
        }
        return !ofASeries && !required;
    }
}
