package org.spotcheck.app.workflow.calendar;

/**
 * How a deadline counts days (domain.md §4.1 keeps 日 and 工作日 apart): Order 18 counts calendar
 * days, the 2015 post-handling rules and the food regime count working days.
 */
public enum DayCount {
    /** 日: every day counts. */
    CALENDAR,
    /** 工作日: Monday to Friday, minus public holidays, plus adjusted working days (调休上班). */
    WORKING
}
