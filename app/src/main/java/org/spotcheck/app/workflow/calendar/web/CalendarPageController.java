package org.spotcheck.app.workflow.calendar.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.app.workflow.calendar.CalendarAdministration;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ControlCharacters;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RefusesControlCharactersItself;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/** The system administrator's calendar page: a year's holidays and adjusted working days, and a form to change them. */
@Controller
@PreAuthorize("hasRole('SYS_ADMIN')")
class CalendarPageController {

    private final CalendarAdministration calendar;
    private final ProblemTexts problems;

    CalendarPageController(CalendarAdministration calendar, ProblemTexts problems) {
        this.calendar = calendar;
        this.problems = problems;
    }

    /** The year's special days; {@code edit} fills the form with one of them. */
    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String edit, Model model) {
        int y = year(year);
        Map<String, String> values = new LinkedHashMap<>();
        calendar.year(y).days().stream().filter(d -> d.date().toString().equals(edit)).findFirst().ifPresent(d -> {
            values.put("date", d.date().toString());
            values.put("kind", d.kind().name());
            values.put("name", d.name());
        });
        return render(model, y, values, Map.of());
    }

    /**
     * Adds or changes a day; a refused input comes back beside its field in the page's language, the form kept (a
     * control character too, without it).
     */
    @PostMapping("/admin/calendar")
    @RefusesControlCharactersItself
    String save(Actor actor, @RequestParam(required = false) String date, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("date", date);
            fields.put("kind", kind);
            fields.put("name", name);
            ControlCharacters.refuseValues(fields, "control character");
            CalendarAdministration.Day saved = calendar.set(actor, date, kind, name);
            redirect.addFlashAttribute("saved", saved.date().toString());
            return "redirect:/admin/calendar?year=" + saved.date().getYear();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.merge(v.field(), problems.of(v), (a, b) -> a + "；" + b));
            return refused(model, response, ControlCharacters.strip(date), ControlCharacters.strip(kind), ControlCharacters.strip(name), errors);
        } catch (RuleViolationException e) {
            return refused(model, response, date, kind, name, Map.of(e.field() == null ? "date" : e.field(), problems.of(e)));
        }
    }

    /** Makes the day an ordinary day again. */
    @PostMapping("/admin/calendar/{date}/remove")
    String remove(Actor actor, @PathVariable String date, RedirectAttributes redirect) {
        try {
            calendar.remove(actor, date);
            redirect.addFlashAttribute("removed", date);
            return "redirect:/admin/calendar?year=" + LocalDate.parse(date).getYear();
        } catch (InvalidInputException | NotFoundException e) {
            redirect.addFlashAttribute("error", problems.of(e));
            return "redirect:/admin/calendar";
        }
    }

    private String refused(Model model, HttpServletResponse response, String date, String kind, String name,
            Map<String, String> errors) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", date == null ? "" : date);
        values.put("kind", kind == null ? "" : kind);
        values.put("name", name == null ? "" : name);
        int y;
        try {
            y = LocalDate.parse(date.strip()).getYear();
            calendar.year(y);
        } catch (RuntimeException e) {
            y = LocalDate.now(BusinessCalendar.CHINA).getYear();
        }
        return render(model, y, values, errors);
    }

    private int year(String year) {
        int thisYear = LocalDate.now(BusinessCalendar.CHINA).getYear();
        if (year == null || year.isBlank()) {
            return thisYear;
        }
        try {
            int y = Integer.parseInt(year.strip());
            calendar.year(y); // range check
            return y;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "TYPE_MISMATCH", "the year is a number");
        }
    }

    private String render(Model model, int year, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.year(year).days());
        model.addAttribute("kinds", CalendarAdministration.Kind.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "calendar/admin-calendar";
    }
}
