package org.spotcheck.app.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.spotcheck.shared.StatutoryPeriod;
import org.springframework.stereotype.Component;

/**
 * The lab's deadline for the report, counted from receipt of the sample, and the reminder before
 * it. domain.md §2 F: no source gives a fixed lab deadline for industrial products; it is set per
 * task or scheme [U]. The default, 20 working days, is the food regime's (R34, S13), as is the
 * habit of counting working days; both are configuration ({@link LabReportDeadline}).
 */
@Component
public class LabDeadlines {

    /** When the report is due and when to remind. */
    public record Deadline(Instant dueAt, Instant remindAt) {
    }

    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final BusinessCalendar calendar;
    private final StatutoryPeriod period;
    private final StatutoryPeriod reminderBefore;

    LabDeadlines(BusinessCalendar calendar, LabReportDeadline settings) {
        this.calendar = calendar;
        this.period = settings.period();
        this.reminderBefore = settings.reminder();
    }

    /** The report is due at the end of the day {@code days} days after the day of receipt. */
    public Deadline fromReceipt(Instant receivedAt) {
        LocalDate dueDay = period.lastDay(BusinessCalendar.day(receivedAt), calendar);
        LocalDate remindDay = reminderBefore.dayBefore(dueDay, calendar);
        return new Deadline(BusinessCalendar.endOfDay(dueDay), BusinessCalendar.at(remindDay, REMINDER_TIME));
    }
}
