package org.spotcheck.sampling.api;

import java.time.Instant;

/**
 * A seal range as the authority keeps it: to whom, which numbers, who issued it and, once withdrawn, who withdrew it
 * and when ({@code withdrawnAt} null while it is in force).
 *
 * @param first the first seal number as printed, e.g. NJ2026-000001
 * @param last  the last seal number as printed
 */
public record IssuedSealRangeView(long id, String samplerUsername, String prefix, int digits, long firstNumber, long lastNumber,
        String first, String last, String issuedBy, Instant issuedAt, String withdrawnBy, Instant withdrawnAt) {

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
