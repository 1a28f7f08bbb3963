package org.spotcheck.disposal.internal.application;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.WorkingCalendar;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The time limits of result handling. Each is configuration under
 * {@code spotcheck.disposal.periods.<name>.length} (ISO-8601, e.g. P15D) and
 * {@code .counts} (CALENDAR_DAYS or WORKING_DAYS), with the Order 18 value as default. Order 18
 * counts calendar days (日) throughout; a period set to WORKING_DAYS counts by the business
 * calendar (the shared kernel's {@link WorkingCalendar}, public holidays and adjusted working
 * days). Every last day goes through {@link #lastDay}, so no caller can skip the calendar.
 */
@Component
class DisposalSettings {

    /** Dates (送达日, 责令之日, 公告之日) are Chinese calendar dates. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** R5 (Product Quality Law art. 15 para 4; Order 18): 15 days from service to object and apply for a re-test. */
    final StatutoryPeriod objectionWindow;
    /** R13 (Order 18 art. 46): 60 days from the order to rectify. */
    final StatutoryPeriod rectification;
    /** R14 (Order 18 art. 47): the authority re-inspects within 75 days of the order. */
    final StatutoryPeriod reinspectionDue;
    /** R16 (Order 18 art. 48): the second re-inspection not earlier than day 60 after the announcement … */
    final StatutoryPeriod secondReinspectionOpens;
    /** … and not later than day 90. */
    final StatutoryPeriod secondReinspectionCloses;
    /** No legal value (local practice): the re-inspection after a suspension is due this long after it ends. */
    final StatutoryPeriod reinspectionAfterSuspension;

    private final WorkingCalendar calendar;

    DisposalSettings(Environment env, WorkingCalendar calendar) {
        this.calendar = calendar;
        objectionWindow = period(env, "objection-window", "P15D");
        rectification = period(env, "rectification", "P60D");
        reinspectionDue = period(env, "reinspection-due", "P75D");
        secondReinspectionOpens = period(env, "second-reinspection-opens", "P60D");
        secondReinspectionCloses = period(env, "second-reinspection-closes", "P90D");
        reinspectionAfterSuspension = period(env, "reinspection-after-suspension", "P30D");
    }

    /** The last day of {@code period} started on {@code start}, working days counted by the business calendar. */
    LocalDate lastDay(StatutoryPeriod period, LocalDate start) {
        return period.lastDay(start, calendar);
    }

    /** A wrong setting stops the start-up and names the property. */
    private static StatutoryPeriod period(Environment env, String name, String defaultLength) {
        String prefix = "spotcheck.disposal.periods." + name;
        String length = env.getProperty(prefix + ".length", defaultLength);
        String counts = env.getProperty(prefix + ".counts", StatutoryPeriod.DayCount.CALENDAR_DAYS.name());
        try {
            return new StatutoryPeriod(Period.parse(length.strip()),
                    StatutoryPeriod.DayCount.valueOf(counts.strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(prefix + ": length " + length + ", counts " + counts
                    + " (expected an ISO-8601 period such as P15D and CALENDAR_DAYS or WORKING_DAYS): " + e.getMessage(), e);
        }
    }
}
