package org.spotcheck.app.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.spotcheck.shared.StatutoryPeriod.DayCount;
import org.spotcheck.shared.WorkingCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business calendar that every deadline counting working days goes through (architecture.md
 * §4, domain.md §4.1). A day is a working day if sys_calendar_day says so; otherwise Monday to
 * Friday are working days. The table holds the public holidays (working = false) and the adjusted
 * working days on weekends (调休上班, working = true) of the State Council's yearly schedule; it is
 * seeded with 2026 and extended by adding rows. Days are China Standard Time days.
 *
 * <p>Every module's clock that counts working days goes through it: lab deadlines here, and the
 * disposal module's periods through the shared kernel's {@link WorkingCalendar} port. Nothing is
 * cached across transactions: every transaction reads the table, so an edit on the calendar page counts at once.
 * Within one transaction the rows read are kept and a later computation inside the window already read is served
 * from them (issue 14.2: receiving a sample computes the report's due day and its reminder day, which read the
 * table twice); a calendar edit in the same transaction ({@link #changed}) drops them.
 */
@Component
public class BusinessCalendar implements WorkingCalendar {

    /** Deadlines are days in China. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CalendarDayMapper days;

    public BusinessCalendar(CalendarDayMapper days) {
        this.days = days;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return exceptions(date, date).getOrDefault(date, isWeekday(date));
    }

    /**
     * The day {@code count} days after {@code start} (start itself not counted). Counting working
     * days skips weekends and holidays and counts adjusted working days; 0 returns {@code start}.
     */
    public LocalDate add(LocalDate start, int count, DayCount counting) {
        return move(start, count, counting, 1);
    }

    /**
     * The day {@code count} days before {@code end}; counting working days it is the working day
     * that has {@code count} working days after it up to and including {@code end}.
     */
    public LocalDate subtract(LocalDate end, int count, DayCount counting) {
        return move(end, count, counting, -1);
    }

    /** {@code count} days from {@code from}, forwards ({@code direction} 1) or backwards (-1). */
    private LocalDate move(LocalDate from, int count, DayCount counting, int direction) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (counting == DayCount.CALENDAR_DAYS || count == 0) {
            return from.plusDays((long) direction * count);
        }
        // a generous window: long holidays add at most a couple of weeks per month counted; should an
        // edited calendar hold more days off than that, the next window is read
        long span = (count * 3L + 30) * direction;
        LocalDate windowEdge = from.plusDays(span);
        // the first window reaches as far the other way too, so that a deadline and its reminder counted back from
        // it (LabDeadlines) are served by one read within a transaction
        Map<LocalDate, Boolean> exceptions = exceptionsBetween(from.minusDays(span), windowEdge);
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(direction);
            if (direction > 0 ? day.isAfter(windowEdge) : day.isBefore(windowEdge)) {
                windowEdge = day.plusDays(span);
                exceptions = exceptionsBetween(day, windowEdge);
            }
            if (exceptions.getOrDefault(day, isWeekday(day))) {
                left--;
            }
        }
        return day;
    }

    private Map<LocalDate, Boolean> exceptionsBetween(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? exceptions(other, one) : exceptions(one, other);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return add(start, n, DayCount.WORKING_DAYS);
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate end, int n) {
        return subtract(end, n, DayCount.WORKING_DAYS);
    }

    /** The China day of an instant. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }

    /**
     * 23:59:59 China time of that day: a deadline "within N days" ends with the day. Whole seconds,
     * because Flowable stores due dates without fractions (23:59:59.999 would round to the next day).
     */
    public static Instant endOfDay(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(CHINA).toInstant();
    }

    /** A time of that day in China, e.g. 09:00 for a reminder. */
    public static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CHINA).toInstant();
    }

    private Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
        Window read = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Window) TransactionSynchronizationManager.getResource(this) : null;
        if (read != null && !from.isBefore(read.from) && !to.isAfter(read.to)) {
            return read.days; // a superset of [from, to]: callers look days up, never iterate
        }
        Map<LocalDate, Boolean> result = new HashMap<>();
        for (CalendarDay row : days.between(from, to)) {
            result.put(row.calDate, Boolean.TRUE.equals(row.working));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (read == null) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(BusinessCalendar.this);
                    }
                });
            } else {
                TransactionSynchronizationManager.unbindResource(this);
            }
            TransactionSynchronizationManager.bindResource(this, new Window(from, to, result));
        }
        return result;
    }

    /** The table was edited in the current transaction: the rows kept for it are read again. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.unbindResourceIfPossible(this);
        }
    }

    /** The rows of sys_calendar_day between two days, as read in the current transaction. */
    private record Window(LocalDate from, LocalDate to, Map<LocalDate, Boolean> days) {
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
