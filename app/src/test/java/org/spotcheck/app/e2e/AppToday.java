package org.spotcheck.app.e2e;

import java.time.Clock;
import java.time.LocalDate;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;

/**
 * "Today" as the application counts it (issue 16.6): the workflow clock (the bean {@code workflowClock}, which the
 * result-handling tests move) read in the application's business zone, Asia/Shanghai ({@link BusinessCalendar#CHINA}).
 * Not {@code LocalDate.now()}: the tests run with {@code -Duser.timezone=UTC}, and from 16:00 to 24:00 UTC the UTC
 * date is the day before Beijing's.
 */
final class AppToday {

    private AppToday() {
    }

    static LocalDate of(Clock workflowClock) {
        return LocalDate.now(workflowClock.withZone(BusinessCalendar.CHINA));
    }
}
