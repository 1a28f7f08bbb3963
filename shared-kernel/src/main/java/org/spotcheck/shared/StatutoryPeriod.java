package org.spotcheck.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A legal time limit: a length and whether it counts calendar days (日) or working days (工作日)
 * (domain.md §4.1, Q7). Order 18 and the Product Quality Law count calendar days; the 2015
 * post-handling rules, the food regime and 双随机 publication count working days. Either way the
 * start day itself is not counted: the last day of a calendar-day period is {@code start + length};
 * a working-day period ends on its n-th working day after the start, by the business calendar
 * (public holidays and adjusted working days). The one period type of every module: the disposal
 * module's statutory periods, the lab's deadline and the due dates of user tasks (ADR 0022).
 *
 * @param length the length, e.g. P15D; a working-day period is given in days only
 * @param counts what the length counts
 */
public record StatutoryPeriod(Period length, DayCount counts) {

    public StatutoryPeriod {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(counts, "counts");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a period cannot be negative: " + length);
        }
        if (counts == DayCount.WORKING_DAYS && (length.getYears() != 0 || length.getMonths() != 0)) {
            throw new IllegalArgumentException("a working-day period is given in days (e.g. P15D), not " + length);
        }
    }

    /** {@code days} days counted as {@code counts}. */
    public static StatutoryPeriod of(int days, DayCount counts) {
        return new StatutoryPeriod(Period.ofDays(days), counts);
    }

    public static StatutoryPeriod calendarDays(int days) {
        return new StatutoryPeriod(Period.ofDays(days), DayCount.CALENDAR_DAYS);
    }

    public static StatutoryPeriod workingDays(int days) {
        return new StatutoryPeriod(Period.ofDays(days), DayCount.WORKING_DAYS);
    }

    /**
     * The last day of the period that starts on {@code start}. The calendar is asked only when the
     * period counts working days.
     */
    public LocalDate lastDay(LocalDate start, WorkingCalendar calendar) {
        Objects.requireNonNull(start, "start");
        if (counts == DayCount.CALENDAR_DAYS) {
            return start.plus(length);
        }
        return Objects.requireNonNull(calendar, "calendar").addWorkingDays(start, length.getDays());
    }

    /**
     * The day this period before {@code end}: counting working days, the working day that has the
     * period's working days after it up to and including {@code end} (a reminder before a due day).
     */
    public LocalDate dayBefore(LocalDate end, WorkingCalendar calendar) {
        Objects.requireNonNull(end, "end");
        if (counts == DayCount.CALENDAR_DAYS) {
            return end.minus(length);
        }
        return Objects.requireNonNull(calendar, "calendar").subtractWorkingDays(end, length.getDays());
    }

    /** For messages: "15日" or "15个工作日" ("3个月" for a calendar period in months). */
    public String zh() {
        if (counts == DayCount.WORKING_DAYS) {
            return length.getDays() + "个工作日";
        }
        return onlyDays() ? length.getDays() + "日" : length.toString();
    }

    /** For messages: "15 days" or "15 working days". */
    public String en() {
        if (counts == DayCount.WORKING_DAYS) {
            return length.getDays() + " working days";
        }
        return onlyDays() ? length.getDays() + " days" : length.toString();
    }

    private boolean onlyDays() {
        return length.getYears() == 0 && length.getMonths() == 0;
    }

    /** How a period counts days (domain.md §4.1 keeps 日 and 工作日 apart). */
    public enum DayCount {
        /** 日: every day counts (Order 18, Product Quality Law). */
        CALENDAR_DAYS,
        /** 工作日: only working days count (2015 rules, food rules, 双随机 publication). */
        WORKING_DAYS
    }
}
