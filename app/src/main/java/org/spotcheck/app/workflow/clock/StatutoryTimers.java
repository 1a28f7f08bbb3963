package org.spotcheck.app.workflow.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The engine's timer instant for a statutory last day: 00:00 Beijing time of the day after it, so an
 * act on the last day is in time (issue 12.4). A leaf: steps, delegates and the process constants use it.
 */
public final class StatutoryTimers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private StatutoryTimers() {
    }

    /** ISO-8601 instant of 00:00 (Beijing) after {@code lastDay}, for a BPMN timer's timeDate. */
    public static String timerAfter(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(CHINA).toInstant().toString();
    }

    /**
     * The due date of a task whose process gives it a statutory timer's instant (the objection window,
     * the rectification period, the re-inspection): every task is due at the end of its last day, 23:59:59
     * Beijing time in whole seconds (BusinessCalendar.endOfDay), so a timer's 00:00 after the last day
     * becomes the second before it; any other due date is returned as it is.
     */
    public static Instant taskDueAt(Instant due) {
        return due.atZone(CHINA).toLocalTime().equals(LocalTime.MIDNIGHT) ? due.minusSeconds(1) : due;
    }
}
