package org.spotcheck.app.workflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.cluster.JobLeases;
import org.spotcheck.app.notification.NotificationService;
import org.spotcheck.app.workflow.EscalationNotes;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.app.workflow.clock.StatutoryTimers;
import org.spotcheck.app.workflow.engine.CommandListener;
import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due dates, reminders and escalation of user tasks (issue 8 point 3). A new task of a step with a
 * rule gets its due date through the business calendar; a sweep on the workflow clock reminds the
 * people who may do it before the due day and, once a statutory step is overdue, escalates it to the
 * supervising role: an in-app notification and e-mail, a comment on the task and a raised priority
 * (the inbox shows 督办). Each reminder and escalation happens once per task.
 */
@Component
@EnableConfigurationProperties(TaskDeadlineRules.class)
public class TaskDeadlines {

    private static final Logger log = LoggerFactory.getLogger(TaskDeadlines.class);
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    /** TaskDeadlineRules.poll, whose default is written there once: the settings bean by its scanned name. */
    private static final String POLL =
            "#{@'spotcheck.task-deadlines-org.spotcheck.app.workflow.deadline.TaskDeadlineRules'.poll()}";

    /** The priority of an escalated task (Flowable's default is 50). */
    public static final int ESCALATED_PRIORITY = 90;

    private final TaskDeadlineRules rules;
    private final BusinessCalendar calendar;
    private final ProcessEngine engine;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final JobLeases leases;
    private final Duration poll;
    private final EscalationNotes escalationNotes;

    TaskDeadlines(TaskDeadlineRules rules, BusinessCalendar calendar, ProcessEngine engine, NotificationService notifications,
            TransactionTemplate transactions, JobLeases leases, EscalationNotes escalationNotes) {
        this.escalationNotes = escalationNotes;
        this.rules = rules;
        this.calendar = calendar;
        this.engine = engine;
        this.notifications = notifications;
        this.transactions = transactions;
        this.leases = leases;
        this.poll = rules.poll();
        engine.getRuntimeService().addEventListener(new DueDateOnCreate(), FlowableEngineEventType.TASK_CREATED);
    }

    /** The rule of a step, or null. */
    public TaskDeadlineRules.Rule rule(String taskKey) {
        return rules.steps().get(taskKey);
    }

    /** The due date of a task of {@code rule} created at {@code createdAt}: the end of the due day. */
    public Instant dueAt(TaskDeadlineRules.Rule rule, Instant createdAt) {
        return BusinessCalendar.endOfDay(rule.due().lastDay(BusinessCalendar.day(createdAt), calendar));
    }

    private Instant now() {
        return engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    @Scheduled(fixedDelayString = POLL, initialDelayString = POLL)
    void scheduled() {
        // one node per period sweeps (issue 15); each reminder and escalation is unique per task anyway
        if (leases.tryAcquire("task-deadline-sweep", poll)) {
            sweep();
        }
    }

    /** Sends the reminders that are due and escalates the overdue statutory steps; returns how many it did. */
    public int sweep() {
        Instant now = now();
        int done = 0;
        for (Map.Entry<String, TaskDeadlineRules.Rule> e : rules.steps().entrySet()) {
            TaskDeadlineRules.Rule rule = e.getValue();
            if (rule.reminderDaysBefore() != null) {
                // due within the reminder period: the latest due date whose reminder time has come
                LocalDate latestDue = rule.reminder().lastDay(BusinessCalendar.day(now), calendar);
                for (Task task : engine.getTaskService().createTaskQuery().taskDefinitionKey(e.getKey()).active()
                        // a lab step is due at 23:59:59 of its last day, a statutory step at 00:00 of the day after
                        // (issue 12.4): both count from the last day on which the act is still in time
                        .taskDueBefore(Date.from(BusinessCalendar.endOfDay(latestDue).plusSeconds(2))).list()) {
                    LocalDate dueDay = org.spotcheck.app.workflow.TaskView.lastDay(task.getDueDate().toInstant());
                    Instant remindAt = BusinessCalendar.at(rule.reminder().dayBefore(dueDay, calendar), REMINDER_TIME);
                    if (!remindAt.isAfter(now) && task.getDueDate().toInstant().isAfter(now)) {
                        done += once(() -> remind(task));
                    }
                }
            }
            if (!rule.escalateTo().isEmpty()) {
                for (Task task : engine.getTaskService().createTaskQuery().taskDefinitionKey(e.getKey()).active().taskDueBefore(Date.from(now)).list()) {
                    done += once(() -> escalate(task, rule));
                }
            }
        }
        return done;
    }

    /** Runs one task's work in its own transaction; a concurrent sweep that did it first is not an error. */
    private int once(java.util.function.Supplier<Boolean> work) {
        try {
            return Boolean.TRUE.equals(transactions.execute(s -> work.get())) ? 1 : 0;
        } catch (DataIntegrityViolationException raced) {
            return 0;
        } catch (org.springframework.dao.PessimisticLockingFailureException
                | org.flowable.common.engine.api.FlowableOptimisticLockingException raced) {
            // another node's sweep holds or changed the same rows (issue 15): it does this task, or the next sweep does
            log.debug("sweep raced another node: {}", raced.toString());
            return 0;
        }
    }

    private boolean remind(Task task) {
        String caseCode = businessKey(task);
        Instant due = task.getDueDate().toInstant();
        String dueDay = DAY.format(org.spotcheck.app.workflow.TaskView.lastDay(due)); // the last day in time, as the inbox shows it
        StoredMessage message = StoredMessage.of("deadline.dueSoon", step(task), caseCode, dueDay);
        // the same key as the lab steps' BPMN reminder timers: one reminder per task and due date
        String dedup = "DUE_SOON:" + task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey() + ":" + due.toEpochMilli();
        boolean any = false;
        for (String recipient : candidates(task)) {
            any |= notifications.notifyOnce(recipient, "DUE_SOON", caseCode, task.getId(), message, due, dedup);
        }
        return any;
    }

    private boolean escalate(Task task, TaskDeadlineRules.Rule rule) {
        String caseCode = businessKey(task);
        Map<String, Object> vars = engine.getRuntimeService().getVariables(task.getExecutionId());
        String dueDay = DAY.format(BusinessCalendar.day(task.getDueDate().toInstant()));
        Arg holder = task.getAssignee() == null ? Arg.key("deadline.unclaimed") : Arg.user(task.getAssignee());
        StoredMessage message = StoredMessage.of("deadline.overdueEscalated", step(task), caseCode, dueDay, holder);
        String dedup = "OVERDUE:" + task.getId();
        List<String> told = new ArrayList<>();
        for (String template : rule.escalateTo()) {
            String group = resolve(template, vars);
            if (group != null && notifications.notifyOnce(group, "OVERDUE_ESCALATED", caseCode, task.getId(), message,
                    task.getDueDate().toInstant(), dedup)) {
                told.add(group);
            }
        }
        if (told.isEmpty()) {
            return false;
        }
        // the people doing it are told too, and the task is marked
        for (String recipient : candidates(task)) {
            notifications.notifyOnce(recipient, "OVERDUE", caseCode, task.getId(),
                    StoredMessage.of("deadline.overdue", step(task), caseCode), task.getDueDate().toInstant(), dedup);
        }
        TaskService tasks = engine.getTaskService();
        tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
        // the stored comment names the organisation and the role (issue 17), not the group's code PLAN_APPROVER:AUTH-320100
        tasks.addComment(task.getId(), task.getProcessInstanceId(), escalationNotes.write(told));
        log.info("escalated overdue task {} ({}) of {} to {}", task.getId(), task.getTaskDefinitionKey(), caseCode, told);
        return true;
    }

    /** A task's step as a notification's argument: named in the reader's language (issue 17). */
    public static Arg step(Task task) {
        return Arg.step(task.getTaskDefinitionKey(), task.getName());
    }

    /** {@code OFFICER:{authorityCode}} with the process variable, or null when the variable is missing. */
    static String resolve(String template, Map<String, Object> vars) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = vars.get(m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String businessKey(Task task) {
        return businessKey(engine.getRuntimeService(), task);
    }

    /** The business key (case number or plan code) of the task's process instance. */
    public static String businessKey(RuntimeService runtime, Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private List<String> candidates(Task task) {
        return recipients(engine.getTaskService(), task);
    }

    /** Who a reminder about the task goes to: its assignee, else its candidate groups and users. */
    public static List<String> recipients(TaskService tasks, Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId() != null ? l.getGroupId() : l.getUserId())
                .filter(r -> r != null).distinct().toList();
    }

    /**
     * Gives a new task of a step with a day rule its due date, unless the process set one; a due date the
     * process set from a statutory timer (00:00 after the last day) becomes the end of the last day, the
     * convention of every other task.
     */
    private final class DueDateOnCreate implements CommandListener {

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event instanceof FlowableEngineEntityEvent entityEvent && entityEvent.getEntity() instanceof TaskEntity task)) {
                return;
            }
            if (task.getDueDate() != null) {
                Instant due = task.getDueDate().toInstant();
                if (!StatutoryTimers.taskDueAt(due).equals(due)) {
                    task.setDueDate(Date.from(StatutoryTimers.taskDueAt(due)));
                }
                return;
            }
            TaskDeadlineRules.Rule rule = rules.steps().get(task.getTaskDefinitionKey());
            if (rule != null && rule.days() != null) {
                Instant created = task.getCreateTime() == null ? now() : task.getCreateTime().toInstant();
                task.setDueDate(Date.from(dueAt(rule, created)));
            }
        }
    }
}
