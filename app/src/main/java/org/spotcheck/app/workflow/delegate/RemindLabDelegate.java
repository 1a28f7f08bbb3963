package org.spotcheck.app.workflow.delegate;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Fired by the non-interrupting reminder timers on the lab steps: tells whoever holds the open
 * lab step (its assignee, else its candidate group, e.g. {@code LAB_TESTER:LAB1}) that the report
 * is due soon. Idempotent per step and due date, so a step reached again after a return, whose
 * timer fires at once, does not repeat the reminder.
 */
@Component("remindLabDelegate")
public class RemindLabDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final TaskService tasks;
    private final NotificationService notifications;

    public RemindLabDelegate(TaskService tasks, NotificationService notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant due = ProcessVariables.REPORT_DUE_AT.in(execution).toInstant();
        String caseCode = ProcessVariables.CASE_CODE.in(execution);
        String dueDay = DAY.format(BusinessCalendar.day(due));
        List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list();
        for (Task task : open) {
            org.spotcheck.shared.StoredMessage message = org.spotcheck.shared.StoredMessage.of("stored.labReportDueSoon",
                    org.spotcheck.app.workflow.deadline.TaskDeadlines.step(task), caseCode, dueDay);
            String dedup = "DUE_SOON:" + task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey() + ":" + due.toEpochMilli();
            for (String recipient : org.spotcheck.app.workflow.deadline.TaskDeadlines.recipients(tasks, task)) {
                notifications.notifyOnce(recipient, "DUE_SOON", caseCode, task.getId(), message, due, dedup);
            }
        }
    }


}
