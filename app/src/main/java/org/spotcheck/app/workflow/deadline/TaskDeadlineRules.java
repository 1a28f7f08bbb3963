package org.spotcheck.app.workflow.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.calendar.DayCount;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The due-date rules of user tasks ({@code spotcheck.task-deadlines}), by BPMN user-task id.
 *
 * @param steps the rule of each step that has one
 * @param poll  how often the deadline sweep runs
 */
@ConfigurationProperties("spotcheck.task-deadlines")
public record TaskDeadlineRules(Map<String, Rule> steps, Duration poll) {

    public TaskDeadlineRules {
        steps = steps == null ? Map.of() : Map.copyOf(steps);
    }

    /**
     * One step's rule.
     *
     * @param days               the task is due at the end of the day this many days after it was
     *                           created; null when the process sets the due date itself (the lab steps)
     * @param counting           WORKING (through the business calendar) or CALENDAR days
     * @param reminderDaysBefore the reminder goes out this many days (same counting) before the due day
     * @param escalateTo         candidate groups told when the task is overdue, with the process
     *                           variable of the organisation in braces: {@code OFFICER:{authorityCode}};
     *                           empty when the step is not statutory
     */
    public record Rule(Integer days, DayCount counting, Integer reminderDaysBefore, List<String> escalateTo) {

        public Rule {
            counting = counting == null ? DayCount.WORKING : counting;
            escalateTo = escalateTo == null ? List.of() : List.copyOf(escalateTo);
        }
    }
}
