package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one period type, counted forwards (a due day) and backwards (a reminder before it). */
class StatutoryPeriodTest {

    /** Monday to Friday, and 2026-10-01..08 off (National Day) but Saturday 2026-10-10 worked. */
    private static final WorkingCalendar OCTOBER_2026 = new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            if (date.equals(LocalDate.of(2026, 10, 10))) {
                return true;
            }
            if (!date.isBefore(LocalDate.of(2026, 10, 1)) && !date.isAfter(LocalDate.of(2026, 10, 8))) {
                return false;
            }
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate day = start;
            for (int left = n; left > 0; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }
    };

    @Test
    void aWorkingDayReminderIsCountedBackOverTheHoliday() {
        StatutoryPeriod three = StatutoryPeriod.of(3, StatutoryPeriod.DayCount.WORKING_DAYS);
        // due Monday 12 October: back over Saturday 10 (worked), Friday 9, then the holiday to Wednesday 30 September
        assertThat(three.dayBefore(LocalDate.of(2026, 10, 12), OCTOBER_2026)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(three.lastDay(LocalDate.of(2026, 9, 30), OCTOBER_2026)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aCalendarDayPeriodIgnoresTheCalendarBothWays() {
        StatutoryPeriod three = StatutoryPeriod.of(3, StatutoryPeriod.DayCount.CALENDAR_DAYS);
        assertThat(three.dayBefore(LocalDate.of(2026, 10, 12), null)).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(three.lastDay(LocalDate.of(2026, 10, 9), null)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void zeroDaysIsTheDayItself() {
        StatutoryPeriod none = StatutoryPeriod.of(0, StatutoryPeriod.DayCount.WORKING_DAYS);
        assertThat(none.dayBefore(LocalDate.of(2026, 10, 4), OCTOBER_2026)).isEqualTo(LocalDate.of(2026, 10, 4));
    }
}
