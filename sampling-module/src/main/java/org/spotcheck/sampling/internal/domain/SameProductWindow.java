package org.spotcheck.sampling.internal.domain;

import java.time.LocalDate;

/**
 * Order 18 art. 8 (R2, verified): the same authority may not spot-check the same product (same
 * producer, standard, trademark, specification or model) two or more times within 6 months; an
 * upper-level check within 6 months blocks a lower one when the enterprise proves it (R3).
 *
 * <p>"Within 6 months" is read as: the earlier sampling date is after the date 6 calendar months
 * before today. A sample taken exactly 6 months ago (same day of month) no longer blocks.
 */
public final class SameProductWindow {

    /** R2, R3: 6 months. */
    public static final int MONTHS = 6;

    private SameProductWindow() {
    }

    /** The first day on which an earlier sample still blocks a new one. */
    public static LocalDate blockingSince(LocalDate today) {
        return today.minusMonths(MONTHS).plusDays(1);
    }

    public static boolean blocks(LocalDate earlierSampling, LocalDate today) {
        return !earlierSampling.isBefore(blockingSince(today)) && !earlierSampling.isAfter(today);
    }
}
