package org.spotcheck.app.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable business calendar (issue 6, point 5): the special days of a year, and the system
 * administrator's edits to them (三员分立, ADR 0007: system settings are the system administrator's).
 * A day not in the table is a working day from Monday to Friday; a row makes it a holiday
 * (法定节假日, {@code HOLIDAY}) or an adjusted working day on a weekend (调休上班, {@code WORKDAY}).
 * Each edit is audited by the request's audit record with what changed; {@link BusinessCalendar}
 * reads the table in every transaction (and again after an edit in the same one), so an edit counts at once for every
 * deadline computed after it (deadlines already stored or timers already scheduled keep their dates).
 */
@Service
public class CalendarAdministration {

    /** The kind of a special day. */
    public enum Kind {
        /** 法定节假日: a day off. */
        HOLIDAY,
        /** 调休上班: a weekend day that is worked. */
        WORKDAY
    }

    /** A special day. */
    public record Day(LocalDate date, Kind kind, String name, DayOfWeek dayOfWeek) {
    }

    /** A year's special days. */
    public record Year(int year, List<Day> days) {
    }

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME = 50;

    private final CalendarDayMapper days;
    private final BusinessCalendar calendar;

    CalendarAdministration(CalendarDayMapper days, BusinessCalendar calendar) {
        this.days = days;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Year year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.of("year", "OUT_OF_RANGE", "the year must be " + MIN_YEAR + " to " + MAX_YEAR,
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        List<Day> list = days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(CalendarAdministration::view).toList();
        return new Year(year, list);
    }

    /** Makes {@code date} a holiday or an adjusted working day (adds it or changes it). */
    @Transactional
    @PreAuthorize("hasRole('SYS_ADMIN')")
    public Day set(Actor by, String date, String kind, String name) {
        LocalDate day = date(date);
        Kind k = kind(kind);
        String n = name(name);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (k == Kind.WORKDAY && !weekend) {
            throw new RuleViolationException("kind", "WORKDAY_NOT_ON_WEEKEND",
                    "an adjusted working day is a Saturday or Sunday: Monday to Friday are working days anyway");
        }
        CalendarDay row = days.find(day);
        String before = row == null ? "none" : describe(row);
        CalendarDay changed = new CalendarDay();
        changed.calDate = day;
        changed.working = k == Kind.WORKDAY;
        changed.name = n;
        if (row == null) {
            days.insert(changed);
        } else {
            days.update(changed);
        }
        calendar.changed();
        AuditFilter.describe("calendar " + day + ": " + before + " -> " + describe(changed) + " by " + by.username());
        return view(changed);
    }

    /** Removes {@code date} from the table: it becomes an ordinary day again (Monday to Friday worked). */
    @Transactional
    @PreAuthorize("hasRole('SYS_ADMIN')")
    public void remove(Actor by, String date) {
        LocalDate day = date(date);
        CalendarDay row = days.find(day);
        if (row == null || days.delete(day) == 0) {
            throw new NotFoundException("calendar day", day);
        }
        calendar.changed();
        AuditFilter.describe("calendar " + day + ": " + describe(row) + " -> none by " + by.username());
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            throw InvalidInputException.of("date", "REQUIRED", "date required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "INVALID_DATE", "a date as yyyy-MM-dd");
        }
        if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            throw InvalidInputException.of("date", "OUT_OF_RANGE", "the date must lie in " + MIN_YEAR + " to " + MAX_YEAR,
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        return day;
    }

    private static Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw InvalidInputException.of("kind", "REQUIRED", "kind required");
        }
        try {
            return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "INVALID_KIND", "kind is HOLIDAY or WORKDAY");
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "REQUIRED", "name required (e.g. National Day)");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "TOO_LONG", "at most " + MAX_NAME + " characters", MAX_NAME);
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("name", "CONTROL_CHARACTERS", "no control characters");
        }
        return n;
    }

    private static Day view(CalendarDay row) {
        return new Day(row.calDate, Boolean.TRUE.equals(row.working) ? Kind.WORKDAY : Kind.HOLIDAY, row.name, row.calDate.getDayOfWeek());
    }

    private static String describe(CalendarDay row) {
        return (Boolean.TRUE.equals(row.working) ? "WORKDAY " : "HOLIDAY ") + row.name;
    }
}
