package org.spotcheck.app.workflow;

import java.time.Instant;

/**
 * A user task as the inbox shows it.
 *
 * @param taskKey      the BPMN user-task id, which names the step and its form
 * @param businessKey  the plan code or the case number
 * @param mine         assigned to the caller
 * @param dueAt        when the task is due (the lab steps: the report deadline), or null
 * @param overdue      the due date has passed (by the workflow engine's clock)
 * @param escalated    overdue and escalated to the supervising role (督办)
 */
public record TaskView(String id, String taskKey, String name, String processKey, String processInstanceId,
        String businessKey, String assignee, Instant createdAt, Instant dueAt, boolean mine, boolean overdue,
        boolean escalated) {
}
