package org.spotcheck.app.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The lab's deadline for the report, counted from receipt of the sample, and the reminder before
 * it. domain.md §2 F: no source gives a fixed lab deadline for industrial products; it is set per
 * task or scheme [U]. The default, 20 working days, is the food regime's (R34, S13), as is the
 * habit of counting working days; both are configuration:
 * {@code spotcheck.deadlines.lab-report.days}, {@code .counting} (WORKING or CALENDAR) and
 * {@code .reminder-days-before} (the reminder goes out at 09:00 that many days before the due day).
 */
@Component
public class LabDeadlines {

    /** When the report is due and when to remind. */
    public record Deadline(Instant dueAt, Instant remindAt) {
    }

    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final BusinessCalendar calendar;
    private final int days;
    private final DayCount counting;
    private final int reminderDaysBefore;

    LabDeadlines(BusinessCalendar calendar,
            @Value("${spotcheck.deadlines.lab-report.days:20}") int days,
            @Value("${spotcheck.deadlines.lab-report.counting:WORKING}") DayCount counting,
            @Value("${spotcheck.deadlines.lab-report.reminder-days-before:3}") int reminderDaysBefore) {
        this.calendar = calendar;
        this.days = days;
        this.counting = counting;
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** The report is due at the end of the day {@code days} days after the day of receipt. */
    public Deadline fromReceipt(Instant receivedAt) {
        LocalDate dueDay = calendar.add(BusinessCalendar.day(receivedAt), days, counting);
        LocalDate remindDay = calendar.subtract(dueDay, Math.min(reminderDaysBefore, days), counting);
        return new Deadline(BusinessCalendar.endOfDay(dueDay), BusinessCalendar.at(remindDay, REMINDER_TIME));
    }
}
