package org.spotcheck.app.workflow.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.StatutoryPeriod.DayCount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The due-date rules of user tasks ({@code spotcheck.task-deadlines}), by BPMN user-task id.
 *
 * @param steps the rule of each step that has one
 * @param poll  how often the deadline sweep runs
 */
@ConfigurationProperties("spotcheck.task-deadlines")
public record TaskDeadlineRules(Map<String, Rule> steps, @DefaultValue("PT5M") Duration poll) {

    public TaskDeadlineRules {
        steps = steps == null ? Map.of() : Map.copyOf(steps);
    }

    /**
     * One step's rule.
     *
     * @param days               the task is due at the end of the day this many days after it was
     *                           created; null when the process sets the due date itself (the lab steps)
     * @param counting           WORKING_DAYS (through the business calendar) or CALENDAR_DAYS
     * @param reminderDaysBefore the reminder goes out this many days (same counting) before the due day
     * @param escalateTo         candidate groups told when the task is overdue, with the process
     *                           variable of the organisation in braces: {@code OFFICER:{authorityCode}};
     *                           empty when the step is not statutory
     */
    public record Rule(Integer days, DayCount counting, Integer reminderDaysBefore, List<String> escalateTo) {

        public Rule {
            counting = counting == null ? DayCount.WORKING_DAYS : counting;
            escalateTo = escalateTo == null ? List.of() : List.copyOf(escalateTo);
        }

        /** The period from creation to the due day; null when the process sets the due date. */
        public StatutoryPeriod due() {
            return days == null ? null : StatutoryPeriod.of(days, counting);
        }

        /** The period from the reminder's day to the due day; null without a reminder. */
        public StatutoryPeriod reminder() {
            return reminderDaysBefore == null ? null : StatutoryPeriod.of(reminderDaysBefore, counting);
        }
    }
}
