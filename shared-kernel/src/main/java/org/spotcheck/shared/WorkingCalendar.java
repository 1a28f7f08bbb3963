package org.spotcheck.shared;

import java.time.LocalDate;

/**
 * The business calendar as the domain modules see it (architecture.md §4, domain.md §4.1 and Q7):
 * which days are working days (工作日) in China, counting the State Council's public holidays
 * (法定节假日) and adjusted working days on weekends (调休上班). The application implements it over
 * its editable calendar table; a module that counts working days asks for this port and never
 * for the application's classes. Every call reads the current calendar, so an edit counts at once.
 */
public interface WorkingCalendar {

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day {@code n} working days after {@code start}; {@code start} itself is not counted, so a
     * period that starts on a holiday starts counting on the next working day. {@code n = 0}
     * returns {@code start}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The working day that has {@code n} working days after it up to and including {@code end}; {@code n = 0}
     * returns {@code end}. By default day by day through {@link #isWorkingDay}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    default LocalDate subtractWorkingDays(LocalDate end, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = end;
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
