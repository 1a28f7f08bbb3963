package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.spotcheck.app.workflow.form.FormSchemas;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's task inbox and what a task shows: its page, its form's schema, where it may be returned to, and the
 * caller's finished work. Completing and returning a task is {@link TaskCompletionService}; hand-overs (claim,
 * transfer, delegate, withdraw) are {@link TaskHandOverService}, copies {@link TaskCopyService}, the visibility checks
 * {@link TaskAccess}.
 */
@Service
public class TaskInboxService {

    private final TaskAccess access;
    private final TaskInboxMapper inboxSql;
    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final Map<String, TaskStep<?>> steps;
    private final FormSchemas schemas;
    private StepEvidence evidence;

    /** The case's files for the result-handling and referral pages (set after construction: it reads the modules). */
    @org.springframework.beans.factory.annotation.Autowired
    void setEvidence(StepEvidence evidence) {
        this.evidence = evidence;
    }

    TaskInboxService(TaskAccess access, TaskInboxMapper inboxSql, TaskService tasks, RuntimeService runtime, HistoryService history,
            List<TaskStep<?>> steps, FormSchemas schemas) {
        this.access = access;
        this.inboxSql = inboxSql;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
        this.schemas = schemas;
    }

    /**
     * The task's form as JSON Schema (draft 2020-12), labelled in the reader's language: the one
     * definition of the step's input that the page, the API and a LIMS share (issue 18.2).
     */
    @Transactional(readOnly = true)
    public Map<String, Object> formSchema(Actor actor, String taskId) {
        return formSchemaWithRules(actor, taskId).json();
    }

    /**
     * The same schema with the rule of each constraint keyword: the offline sampling app checks a form with it before
     * it is sent (issue 19), and names the rule the server would.
     */
    @Transactional(readOnly = true)
    public org.spotcheck.app.workflow.form.FormSchema formSchemaWithRules(Actor actor, String taskId) {
        Task task = access.visible(actor, taskId);
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        return step == null ? new org.spotcheck.app.workflow.form.FormSchema(Map.of(), Map.of(), Map.of())
                : step.formSchema(schemas, actor, runtime.getVariables(task.getProcessInstanceId()));
    }

    /** Tasks assigned to the caller or claimable by him (his roles within his organisation). */
    @Transactional(readOnly = true)
    public List<TaskView> inbox(Actor actor) {
        return inbox(actor, InboxQuery.everything()).tasks();
    }

    @Transactional(readOnly = true)
    public TaskView get(Actor actor, String taskId) {
        return access.get(actor, taskId);
    }

    /** The process variables of a visible task, for its page. */
    @Transactional(readOnly = true)
    public Map<String, Object> variables(Actor actor, String taskId) {
        return runtime.getVariables(access.visible(actor, taskId).getProcessInstanceId());
    }

    @Transactional(readOnly = true)
    public Map<String, Object> pageModel(Actor actor, String taskId) {
        Task task = access.visible(actor, taskId);
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        // only what the step declares (TaskStep.contextTypes): the API's TaskContext schema is built from the declarations
        Map<String, Object> model = step == null ? Map.of() : org.spotcheck.app.workflow.step.ContextTypes.check(step,
                step.pageModel(actor, runtime.getVariables(task.getProcessInstanceId())));
        // a result-handling or referral step shows the files of the case it rests on under 证据（照片、文书）: the
        // announcement, the suspension and the revocation referral as much as the others (issue 12's walk); it declares them
        return evidence.withCaseFiles(actor, task.getId(), access.businessKey(task), step, model);
    }

    /**
     * An upload made for a step of a case (the task page's file fields): the step must still be open and be the case's.
     * Once the step is completed a file sent for it is refused (409 ALREADY_COMPLETED) rather than kept on the case
     * unlinked: evidence that finished uploading after its form was submitted is never silently orphaned (issue 12's walk).
     */
    @Transactional(readOnly = true)
    public void requireOpenStepOfCase(Actor actor, String taskId, String caseCode) {
        Task task = access.visibleOrGone(actor, taskId);
        String key = access.businessKey(task);
        if (key == null || !org.spotcheck.shared.CaseNumber.of(key).ofCase().equals(org.spotcheck.shared.CaseNumber.of(caseCode).ofCase())) {
            throw new NotFoundException("task", taskId);
        }
    }

    /**
     * The id of the open results step (enterResults, or correctResults of a report correction) of a
     * lab sample that the caller may act on, or null if none is open for him.
     */
    @Transactional(readOnly = true)
    public String openResultsTask(Actor actor, long labSampleId) {
        List<Task> found = access.visibleTo(actor, tasks.createTaskQuery()
                .taskDefinitionKeys(List.of("enterResults", "correctResults"))
                .processVariableValueEquals(ProcessVariables.LAB_SAMPLE_ID.name(), labSampleId)).list();
        return found.isEmpty() ? null : found.get(0).getId();
    }

    /** Sort keys of the inbox; anything else is refused (issue 7: whitelisted sort parameters). */
    public static final Set<String> SORTS = Set.of("created", "due", "name");

    /**
     * One page of the inbox, filtered: {@code scope} mine (assigned to the caller), claimable
     * (unassigned, the caller's roles) or all; by process, step, product, region, business key and due
     * date range; sorted by created, due or name. One statement for the page and one count, whatever the
     * page size, over the engine's runtime tables and the read model (ADR 0014, {@link TaskInboxMapper}).
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public InboxPage inbox(Actor actor, InboxQuery q) {
        return inbox(actor, q, InboxQuery.COUNT_LIMIT);
    }

    /**
     * The same, counting at most {@code countLimit} tasks (issue 14): when more match, the page says so
     * ({@link InboxPage#more()}) and its total is the limit. The page itself never depends on the count: a page past
     * the limit is read like any other.
     *
     * <p>No transaction of its own ({@code SUPPORTS}): the count and the page are separate reads under READ COMMITTED
     * either way (each statement sees its own snapshot), so a read-only transaction bought nothing but five round trips
     * to the database (read only on, autocommit off, commit, autocommit on, read write), which cost more than the
     * statements themselves on a busy machine (issue 14). The statements of one call still share one connection
     * (Spring binds it for the method's scope).
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public InboxPage inbox(Actor actor, InboxQuery q, int countLimit) {
        Instant dueFrom = q.dueAfter() == null ? null : q.dueAfter().atStartOfDay(CHINA).toInstant();
        Instant dueTo = q.dueBefore() == null ? null : q.dueBefore().plusDays(1).atStartOfDay(CHINA).toInstant();
        List<TaskInboxMapper.Way> ways = ways(actor, q.scope());
        long counted = inboxSql.count(q, ways, dueFrom, dueTo, countLimit + 1);
        boolean more = counted > countLimit;
        long total = more ? countLimit : counted;
        if (total == 0 || (!more && (long) q.page() * q.size() >= total)) {
            return new InboxPage(List.of(), total, q.page(), q.size(), more);
        }
        List<TaskInboxMapper.Row> rows = inboxSql.page(q, ways, dueFrom, dueTo, q.size(), q.page() * q.size(),
                q.page() * q.size() + q.size());
        return new InboxPage(access.rowViews(actor, rows), total, q.page(), q.size(), more);
    }

    /**
     * The ways a task reaches the caller in a scope (the read model's ranges, TaskInboxMapper.xml): mine is what is
     * assigned to him; claimable what he owns or is a candidate for, unassigned (the query adds that); all both.
     */
    static List<TaskInboxMapper.Way> ways(Actor actor, String scope) {
        List<TaskInboxMapper.Way> ways = new java.util.ArrayList<>();
        if (!scope.equals("claimable")) {
            ways.add(new TaskInboxMapper.Way("a", actor.username()));
        }
        if (!scope.equals("mine")) {
            ways.add(new TaskInboxMapper.Way("o", actor.username()));
            ways.add(new TaskInboxMapper.Way("u", actor.username()));
            actor.candidateGroups().forEach(g -> ways.add(new TaskInboxMapper.Way("g", g)));
        }
        return ways;
    }

    /** A step of the caller's inbox and how many of his tasks are at it, newest step first. */
    public record StepTotal(String taskKey, String name, long tasks) {
    }

    /** The caller's whole inbox by step, newest step first (the inbox page's chart), and the regions of its tasks. */
    public record Summary(List<StepTotal> steps, List<String> regions) {
    }

    /**
     * The caller's whole inbox counted by step (the inbox page's chart) and the regions of its tasks, in code order
     * (the inbox's region filter offers them by name, issue 17), from one statement: the choices cost the page no read
     * of their own, and they are as fresh as the chart (no cache to keep in step with the tasks on every node).
     */
    @Transactional(readOnly = true)
    public Summary summary(Actor actor) {
        InboxQuery all = InboxQuery.everything();
        Map<List<String>, TaskInboxMapper.StepCount> bySteps = new java.util.LinkedHashMap<>();
        java.util.SortedSet<String> regions = new java.util.TreeSet<>();
        for (TaskInboxMapper.StepCount c : inboxSql.steps(all, ways(actor, all.scope()), null, null)) {
            bySteps.merge(java.util.Arrays.asList(c.taskKey(), c.name()), c, TaskInboxService::sameStep);
            if (c.regionCode() != null) {
                regions.add(c.regionCode());
            }
        }
        List<StepTotal> steps = bySteps.values().stream()
                .sorted(java.util.Comparator.comparing(TaskInboxMapper.StepCount::latest,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .map(c -> new StepTotal(c.taskKey(), c.name(), c.tasks())).toList();
        return new Summary(steps, List.copyOf(regions));
    }

    /** The counts of one step in two regions, as one: the tasks added, the newest creation kept. */
    private static TaskInboxMapper.StepCount sameStep(TaskInboxMapper.StepCount x, TaskInboxMapper.StepCount y) {
        Instant latest = x.latest() == null || (y.latest() != null && y.latest().isAfter(x.latest())) ? y.latest() : x.latest();
        return new TaskInboxMapper.StepCount(x.taskKey(), x.name(), null, x.tasks() + y.tasks(), latest);
    }

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    /** A process the caller started (a plan he submitted), for the page of his own work. */
    public record Started(String businessKey, String processKey, String processName, Instant startedAt, Instant endedAt) {
    }

    /** Processes the caller started, newest first. */
    @Transactional(readOnly = true)
    public List<Started> startedBy(Actor actor, int page, int size) {
        return history.createHistoricProcessInstanceQuery().startedBy(actor.username())
                .orderByProcessInstanceStartTime().desc().listPage(page * size, size).stream()
                .map(i -> new Started(i.getBusinessKey(), i.getProcessDefinitionKey(), i.getProcessDefinitionName(),
                        i.getStartTime() == null ? null : i.getStartTime().toInstant(),
                        i.getEndTime() == null ? null : i.getEndTime().toInstant()))
                .toList();
    }

    /** Tasks the caller completed, newest first. */
    @Transactional(readOnly = true)
    public List<TaskView> completedBy(Actor actor, int page, int size) {
        List<org.flowable.task.api.history.HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .taskAssignee(actor.username()).finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(page * size, size);
        Set<String> instanceIds = done.stream().map(t -> t.getProcessInstanceId()).collect(Collectors.toSet());
        Map<String, org.flowable.engine.history.HistoricProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(i -> i.getId(), Function.identity()));
        return done.stream().map(t -> {
            org.flowable.engine.history.HistoricProcessInstance i = instances.get(t.getProcessInstanceId());
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), i == null ? null : i.getProcessDefinitionKey(),
                    t.getProcessInstanceId(), i == null ? null : i.getBusinessKey(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    TaskView.lastDay(t.getDueDate() == null ? null : t.getDueDate().toInstant()), true, false,
                    t.getPriority() >= org.spotcheck.app.workflow.deadline.TaskDeadlines.ESCALATED_PRIORITY);
        }).toList();
    }


    /** The steps whose completed tasks may be withdrawn (the page offers 撤回 on them). */
    public Set<String> withdrawableSteps() {
        return steps.values().stream().filter(TaskStep::withdrawable).map(TaskStep::taskKey).collect(Collectors.toSet());
    }


    /** Where a return of this task may go, the default first; empty when the step has no return. */
    @Transactional(readOnly = true)
    public List<String> returnTargets(Actor actor, String taskId) {
        TaskStep<?> step = steps.get(access.visible(actor, taskId).getTaskDefinitionKey());
        return step == null ? List.of() : step.returnTargets();
    }
}
