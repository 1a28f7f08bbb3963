package org.spotcheck.app.workflow.calendar.web;

import java.time.LocalDate;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.app.workflow.calendar.CalendarAdministration;
import org.spotcheck.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business calendar's API: every user may read a year's holidays and adjusted working days;
 * only the system administrator changes them (ADR 0007, 三员分立: system settings).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** The body of {@code PUT /api/calendar/{date}}. */
    record DayCommand(String kind, String name) {
    }

    private final CalendarAdministration calendar;

    CalendarController(CalendarAdministration calendar) {
        this.calendar = calendar;
    }

    /** The year's special days (this year in China when no year is given). */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    CalendarAdministration.Year year(@RequestParam(required = false) Integer year) {
        return calendar.year(year == null ? LocalDate.now(BusinessCalendar.CHINA).getYear() : year);
    }

    /** Makes the day a holiday ({@code HOLIDAY}) or an adjusted working day ({@code WORKDAY}), with its name. */
    @PutMapping("/{date}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    CalendarAdministration.Day set(Actor actor, @PathVariable String date, @RequestBody DayCommand command) {
        return calendar.set(actor, date, command.kind(), command.name());
    }

    /** Makes the day an ordinary day again. */
    @DeleteMapping("/{date}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable String date) {
        calendar.remove(actor, date);
    }
}
