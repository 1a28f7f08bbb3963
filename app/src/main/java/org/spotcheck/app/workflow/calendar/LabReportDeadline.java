package org.spotcheck.app.workflow.calendar;

import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.StatutoryPeriod.DayCount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spotcheck.deadlines.lab-report}: the lab's deadline for the report, counted from receipt. The default,
 * 20 working days, is the food regime's (R34, S13); no source sets one for industrial products (domain.md §2 F).
 *
 * @param days               the report is due at the end of the day this many days after receipt
 * @param counting           WORKING_DAYS (by the business calendar) or CALENDAR_DAYS
 * @param reminderDaysBefore the reminder goes out at 09:00 this many days (same counting) before the due day
 */
@ConfigurationProperties("spotcheck.deadlines.lab-report")
public record LabReportDeadline(@DefaultValue("20") int days, @DefaultValue("WORKING_DAYS") DayCount counting,
        @DefaultValue("3") int reminderDaysBefore) {

    public StatutoryPeriod period() {
        return StatutoryPeriod.of(days, counting);
    }

    /** The reminder's period before the due day; never longer than the deadline itself. */
    public StatutoryPeriod reminder() {
        return StatutoryPeriod.of(Math.min(reminderDaysBefore, days), counting);
    }
}
