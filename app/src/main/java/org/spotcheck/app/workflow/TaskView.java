package org.spotcheck.app.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A user task as the inbox shows it.
 *
 * @param taskKey      the BPMN user-task id, which names the step and its form
 * @param businessKey  the plan code or the case number
 * @param mine         assigned to the caller
 * @param dueAt        when the task is due (the lab steps: the report deadline), or null
 * @param dueOn        the last day on which the task is still in time (the day a statutory period ends:
 *                     a due instant at the start of the next day, or at the end of that day, both give that day)
 * @param overdue      the due date has passed (by the workflow engine's clock)
 * @param escalated    overdue and escalated to the supervising role (督办)
 * @param enterpriseName the enterprise the task is about (once drawn), or null; the inbox's rows only
 * @param productName  the product the task is about, or null; the inbox's rows only
 */
public record TaskView(String id, String taskKey, String name, String processKey, String processInstanceId,
        String businessKey, String assignee, Instant createdAt, Instant dueAt, LocalDate dueOn, boolean mine, boolean overdue,
        boolean escalated, String enterpriseName, String productName) {

    /** A task without the enterprise and product it is about (views other than the inbox's rows). */
    public TaskView(String id, String taskKey, String name, String processKey, String processInstanceId, String businessKey,
            String assignee, Instant createdAt, Instant dueAt, LocalDate dueOn, boolean mine, boolean overdue, boolean escalated) {
        this(id, taskKey, name, processKey, processInstanceId, businessKey, assignee, createdAt, dueAt, dueOn, mine, overdue, escalated,
                null, null);
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The last day in time of a task due at {@code dueAt}, in the business time zone: a statutory deadline
     * is a day (Order 18 art. 46: 15 days for an objection; art. 47: 60 days for rectification), its timer
     * fires at 00:00 of the next day, so the instant just before it is on the last day.
     */
    public static LocalDate lastDay(Instant dueAt) {
        return dueAt == null ? null : LocalDate.ofInstant(dueAt.minusSeconds(1), CHINA);
    }
}
