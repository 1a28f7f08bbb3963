package org.spotcheck.disposal.internal.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A legal time limit: a length and whether it counts calendar days (日) or working days (工作日)
 * (domain.md §4.1, Q7). Order 18 and the Product Quality Law count calendar days; the last day
 * of the period is {@code start + length} (the start day itself is not counted).
 *
 * @param length the length, e.g. P15D
 * @param counts what the length counts
 */
public record StatutoryPeriod(Period length, DayCount counts) {

    public StatutoryPeriod {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(counts, "counts");
        if (counts == DayCount.WORKING_DAYS) {
            // TODO(issue 5): working days need the BusinessCalendar bean (sys_calendar_day, Chinese
            // public holidays and adjusted working days) that is landing on main; until then only
            // calendar days are supported, which is what Order 18 uses.
            throw new IllegalArgumentException("working-day periods need the BusinessCalendar bean (not yet available)");
        }
    }

    public static StatutoryPeriod calendarDays(int days) {
        return new StatutoryPeriod(Period.ofDays(days), DayCount.CALENDAR_DAYS);
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        return start.plus(length);
    }

    /** How a period counts days. */
    public enum DayCount {
        /** 日: every day counts (Order 18, Product Quality Law). */
        CALENDAR_DAYS,
        /** 工作日: only working days count (2015 rules, food rules, 双随机 publication). */
        WORKING_DAYS
    }
}
