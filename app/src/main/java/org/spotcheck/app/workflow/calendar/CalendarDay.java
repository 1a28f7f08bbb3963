package org.spotcheck.app.workflow.calendar;

import java.time.LocalDate;

/** Row of sys_calendar_day: a day that differs from "Monday to Friday are working days". */
public class CalendarDay {
    public LocalDate calDate;
    public Boolean working;
    public String name;
}
