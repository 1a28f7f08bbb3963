package org.spotcheck.app.workflow.clock;

import java.time.LocalDate;
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
}
