package org.spotcheck.planning.internal.domain;

import java.time.LocalDate;

/**
 * Order 18 art. 8 (R2): the same authority does not spot-check the same product of the same
 * producer twice within 6 months. The 6 months are counted as the Civil Code counts periods
 * (《民法典》 arts. 201 and 203): the period starts on the day after the check and its last day is
 * the day with the same number 6 months later (the month's last day when that month is shorter).
 * A product checked on 15 January is therefore protected up to and including 15 July.
 * Exemptions (R3, art. 8 para. 3): follow-up checks of failed products and emergency checks.
 */
public final class DuplicateRule {

    /** R2 (Order 18 art. 8): 6 months. */
    public static final int MONTHS = 6;

    private DuplicateRule() {
    }

    /** Whether a check on {@code checkedOn} still blocks a new check on {@code drawDate}. */
    public static boolean blocks(LocalDate checkedOn, LocalDate drawDate) {
        return !drawDate.isBefore(checkedOn) && !drawDate.isAfter(lastProtectedDay(checkedOn));
    }

    /** The last day on which a check on {@code checkedOn} blocks another one. */
    public static LocalDate lastProtectedDay(LocalDate checkedOn) {
        return checkedOn.plusMonths(MONTHS);
    }
}
