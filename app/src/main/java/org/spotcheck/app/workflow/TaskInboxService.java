package org.spotcheck.app.workflow;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.spotcheck.app.security.AccountService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's task inbox and the one way to claim and complete user tasks: it checks that the
 * caller may act on the task, runs the step's module command and completes the task, all in one
 * transaction.
 */
@Service
public class TaskInboxService {

    private static final int PAGE_SIZE = 200;

    /** Test seam: runs once a completion has read its open task, before it writes; a no-op in the app. */
    static volatile java.util.function.Consumer<String> afterCompletionRead = taskId -> { };

    private final TaskService tasks;
    private final AccountService accounts;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskCompletionMapper completions;
    private final Map<String, TaskStep<?>> steps;
    private final JsonMapper json;
    private final Validator validator;
    private final ProcessEngine engine;
    private final TaskCopyMapper copies;
    private final org.spotcheck.app.notification.NotificationService notifications;

    TaskInboxService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            TaskCompletionMapper completions, List<TaskStep<?>> steps, JsonMapper json, Validator validator,
            ProcessEngine engine, AccountService accounts, HistoryService history, TaskCopyMapper copies,
            org.spotcheck.app.notification.NotificationService notifications) {
        this.copies = copies;
        this.notifications = notifications;
        this.engine = engine;
        this.accounts = accounts;
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.completions = completions;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
        this.json = json;
        this.validator = validator;
    }

    /** Tasks assigned to the caller or claimable by him (his roles within his organisation). */
    @Transactional(readOnly = true)
    public List<TaskView> inbox(Actor actor) {
        return inbox(actor, InboxQuery.everything()).tasks();
    }

    @Transactional(readOnly = true)
    public TaskView get(Actor actor, String taskId) {
        return views(actor, List.of(visible(actor, taskId))).get(0);
    }

    /** The process variables of a visible task, for its page. */
    @Transactional(readOnly = true)
    public Map<String, Object> variables(Actor actor, String taskId) {
        return runtime.getVariables(visible(actor, taskId).getProcessInstanceId());
    }

    @Transactional(readOnly = true)
    public Map<String, Object> pageModel(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        return step == null ? Map.of() : step.pageModel(actor, runtime.getVariables(task.getProcessInstanceId()));
    }

    /**
     * The id of the open results step (enterResults, or correctResults of a report correction) of a
     * lab sample that the caller may act on, or null if none is open for him.
     */
    @Transactional(readOnly = true)
    public String openResultsTask(Actor actor, long labSampleId) {
        List<Task> found = visibleTo(actor, tasks.createTaskQuery()
                .taskDefinitionKeys(List.of("enterResults", "correctResults"))
                .processVariableValueEquals(SpotCheckProcess.LAB_SAMPLE_ID, labSampleId)).list();
        return found.isEmpty() ? null : found.get(0).getId();
    }

    /** Sort keys of the inbox; anything else is refused (issue 7: whitelisted sort parameters). */
    public static final Set<String> SORTS = Set.of("created", "due", "name");

    /**
     * One page of the inbox, filtered: {@code scope} mine (assigned to the caller), claimable
     * (unassigned, the caller's roles) or all; by process, step, product, region and due date; sorted
     * by created, due or name. One query for the page and one count, whatever the page size.
     */
    @Transactional(readOnly = true)
    public InboxPage inbox(Actor actor, InboxQuery q) {
        TaskQuery query = switch (q.scope()) {
            case "mine" -> tasks.createTaskQuery().taskAssignee(actor.username());
            case "claimable" -> visibleTo(actor, tasks.createTaskQuery()).taskUnassigned();
            default -> visibleTo(actor, tasks.createTaskQuery());
        };
        if (q.processKey() != null) {
            query.processDefinitionKey(q.processKey());
        }
        if (q.taskKey() != null) {
            query.taskDefinitionKey(q.taskKey());
        }
        if (q.product() != null) {
            query.processVariableValueEquals("productCode", q.product());
        }
        if (q.region() != null) {
            query.processVariableValueEquals("regionCode", q.region());
        }
        if (q.dueBefore() != null) {
            query.taskDueBefore(java.util.Date.from(q.dueBefore().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
        }
        switch (q.sort()) {
            case "due" -> query.orderByTaskDueDate();
            case "name" -> query.orderByTaskName();
            default -> query.orderByTaskCreateTime();
        }
        if ("asc".equals(q.dir())) {
            query.asc();
        } else {
            query.desc();
        }
        // a total order, so pages never overlap when the sort key ties (MySQL keeps whole seconds)
        query.orderByTaskId();
        if ("asc".equals(q.dir())) {
            query.asc();
        } else {
            query.desc();
        }
        long total = query.count();
        return new InboxPage(views(actor, query.listPage(q.page() * q.size(), q.size())), total, q.page(), q.size());
    }

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

    /**
     * 转办: hands the task to a colleague who may do it too (the same role in the same organisation,
     * or a candidate user of the task). Only the assignee, or a candidate of an unclaimed task, may.
     */
    @Transactional
    public TaskView transfer(Actor actor, String taskId, String toUser, String comment) {
        Task task = actionable(actor, taskId);
        Actor target = eligibleColleague(actor, task, toUser);
        tasks.setAssignee(taskId, target.username());
        tasks.addComment(taskId, task.getProcessInstanceId(), "转办给 " + target.username()
                + (comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return views(actor, List.of(tasks.createTaskQuery().taskId(taskId).singleResult())).get(0);
    }

    /** 委托: the assignee lends the task to a colleague, who gives it back with {@link #resolve}. */
    @Transactional
    public TaskView delegate(Actor actor, String taskId, String toUser, String comment) {
        Task task = visible(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("CLAIM_FIRST", "请先签收再委托 / claim the task before delegating it");
        }
        Actor target = eligibleColleague(actor, task, toUser);
        tasks.delegateTask(taskId, target.username());
        tasks.addComment(taskId, task.getProcessInstanceId(), "委托给 " + target.username()
                + (comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return views(actor, List.of(tasks.createTaskQuery().taskId(taskId).singleResult())).get(0);
    }

    /** The owner who lent the task to the caller, or null when it is not delegated to him. */
    @Transactional(readOnly = true)
    public String delegatedBy(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        return task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING
                && actor.username().equals(task.getAssignee()) ? task.getOwner() : null;
    }

    /** The delegate gives the task back to its owner, who then completes it. */
    @Transactional
    public TaskView resolve(Actor actor, String taskId, String comment) {
        Task task = visible(actor, taskId);
        if (task.getDelegationState() != org.flowable.task.api.DelegationState.PENDING || !actor.username().equals(task.getAssignee())) {
            throw new ConflictException("NOT_DELEGATED_TO_YOU", "该任务没有委托给您 / this task is not delegated to you");
        }
        tasks.resolveTask(taskId);
        if (comment != null && !comment.isBlank()) {
            tasks.addComment(taskId, task.getProcessInstanceId(), "委托办理意见：" + comment.strip());
        }
        return get(actor, task.getOwner() == null ? actor : ownerActor(task.getOwner()), taskId);
    }

    private TaskView get(Actor caller, Actor owner, String taskId) {
        return views(caller, List.of(tasks.createTaskQuery().taskId(taskId).singleResult())).get(0);
    }

    private Actor ownerActor(String username) {
        return ((org.spotcheck.app.security.SpotcheckUser) accounts.loadUserByUsername(username)).actor();
    }

    private Task actionable(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("CLAIMED_BY_OTHER", "任务已被 " + task.getAssignee() + " 签收 / the task is claimed by " + task.getAssignee());
        }
        if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
            throw new ConflictException("DELEGATED_TASK", "任务委托中 / the task is delegated; it comes back when it is resolved");
        }
        return task;
    }

    /**
     * The colleague picker of 转办 and 委托: enabled accounts of the caller's organisation that are
     * candidates of the task (its candidate groups there, or its candidate users), without the caller.
     */
    @Transactional(readOnly = true)
    public List<org.spotcheck.app.security.UserAccountMapper.Colleague> colleagues(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        Set<org.spotcheck.shared.Role> roles = java.util.EnumSet.noneOf(org.spotcheck.shared.Role.class);
        Set<String> users = new java.util.HashSet<>();
        for (var link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!"candidate".equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            } else if (link.getGroupId() != null && link.getGroupId().endsWith(":" + actor.orgCode())) {
                String role = link.getGroupId().substring(0, link.getGroupId().indexOf(':'));
                java.util.Arrays.stream(org.spotcheck.shared.Role.values()).filter(r -> r.name().equals(role)).forEach(roles::add);
            }
        }
        java.util.Map<String, org.spotcheck.app.security.UserAccountMapper.Colleague> found = new java.util.TreeMap<>();
        accounts.colleagues(actor.orgCode(), roles).forEach(c -> found.put(c.username(), c));
        if (!users.isEmpty()) {
            // candidate users (the drawn samplers) of the caller's organisation
            accounts.colleagues(actor.orgCode(), java.util.EnumSet.allOf(org.spotcheck.shared.Role.class)).stream()
                    .filter(c -> users.contains(c.username())).forEach(c -> found.put(c.username(), c));
        }
        found.remove(actor.username());
        return List.copyOf(found.values());
    }

    /** A colleague who may do the task: an enabled account that is a candidate of it. */
    private Actor eligibleColleague(Actor actor, Task task, String toUser) {
        if (toUser == null || toUser.isBlank()) {
            throw InvalidInputException.of("toUser", "REQUIRED", "请选择同事 / choose a colleague");
        }
        if (toUser.equals(actor.username())) {
            throw InvalidInputException.of("toUser", "NOT_YOURSELF", "不能转给自己 / not to yourself");
        }
        Actor target;
        try {
            org.springframework.security.core.userdetails.UserDetails details = accounts.loadUserByUsername(toUser.strip());
            if (!details.isEnabled()) {
                throw new org.springframework.security.core.userdetails.UsernameNotFoundException(toUser);
            }
            target = ((org.spotcheck.app.security.SpotcheckUser) details).actor();
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            throw new RuleViolationException("toUser", "TARGET_NOT_ELIGIBLE", "该用户不能办理此任务 / " + toUser + " cannot do this task");
        }
        // a candidate of the task, whoever holds it now: its candidate users and ROLE:ORG groups
        List<String> targetGroups = target.candidateGroups();
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .anyMatch(link -> target.username().equals(link.getUserId())
                        || link.getGroupId() != null && targetGroups.contains(link.getGroupId()));
        if (!candidate) {
            throw new RuleViolationException("toUser", "TARGET_NOT_ELIGIBLE",
                    "只能转给同一机构中具有相同角色的同事 / only to a colleague with the same role in the same organisation");
        }
        return target;
    }

    /** How many readers one copy may name. */
    static final int MAX_COPY_RECIPIENTS = 20;

    /**
     * 抄送: lets colleagues of the caller's organisation read the task's case without acting on it;
     * each is told in-app and by e-mail. Anyone who may see the task may copy it.
     */
    @Transactional
    public List<String> copy(Actor actor, String taskId, List<String> toUsers, String comment) {
        Task task = visible(actor, taskId);
        List<String> recipients = toUsers == null ? List.of()
                : toUsers.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
        if (recipients.isEmpty()) {
            throw InvalidInputException.of("toUsers", "REQUIRED", "请选择抄送人 / choose at least one reader");
        }
        if (recipients.size() > MAX_COPY_RECIPIENTS) {
            throw InvalidInputException.of("toUsers", "TOO_MANY", "最多抄送 " + MAX_COPY_RECIPIENTS + " 人 / at most " + MAX_COPY_RECIPIENTS);
        }
        if (comment != null && comment.strip().length() > 500) {
            throw InvalidInputException.of("comment", "TOO_LONG", "意见最多 500 字 / at most 500 characters");
        }
        Set<String> eligible = copyCandidates(actor).stream().map(org.spotcheck.app.security.UserAccountMapper.Colleague::username)
                .collect(Collectors.toSet());
        for (String user : recipients) {
            if (!eligible.contains(user)) {
                throw new RuleViolationException("toUsers", "COPY_TARGET_NOT_ELIGIBLE",
                        user + " 不能抄送：须为本机构的其他在用账号 / only other active accounts of your organisation");
            }
        }
        String businessKey = businessKey(task);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        List<String> copied = new java.util.ArrayList<>();
        for (String user : recipients) {
            if (copies.insertOnce(taskId, task.getName(), task.getProcessInstanceId(), businessKey, user, actor.username(), note, now) == 1) {
                copied.add(user);
                notifications.notifyOnce(user, "COPY", businessKey, null, actor.username() + " 抄送「" + task.getName() + "」"
                        + (businessKey == null ? "" : businessKey) + (note == null ? "" : "：" + note), null, "COPY:" + taskId);
            }
        }
        if (!copied.isEmpty()) {
            tasks.addComment(taskId, task.getProcessInstanceId(), "抄送 " + String.join("、", copied) + (note == null ? "" : "：" + note));
        }
        return copied;
    }

    /** Who the caller may copy a task to: the other active business accounts of his organisation. */
    @Transactional(readOnly = true)
    public List<org.spotcheck.app.security.UserAccountMapper.Colleague> copyCandidates(Actor actor) {
        Set<org.spotcheck.shared.Role> business = java.util.EnumSet.allOf(org.spotcheck.shared.Role.class);
        business.removeAll(java.util.EnumSet.of(org.spotcheck.shared.Role.SYS_ADMIN, org.spotcheck.shared.Role.SEC_ADMIN,
                org.spotcheck.shared.Role.AUDITOR));
        return accounts.colleagues(actor.orgCode(), business).stream().filter(c -> !c.username().equals(actor.username())).toList();
    }

    /** Tasks copied to the caller, newest first. */
    @Transactional(readOnly = true)
    public List<TaskCopyView> copiedTo(Actor actor, int page, int size) {
        return copies.forRecipient(actor.username(), page * size, size);
    }

    /** Marks a copy read; 404 when it is not the caller's. */
    @Transactional
    public void markCopyRead(Actor actor, long copyId) {
        if (copies.markRead(copyId, actor.username(), Instant.now().truncatedTo(ChronoUnit.SECONDS)) == 0
                && copies.isRecipient(copyId, actor.username()) == 0) {
            throw copies.exists(copyId) == 0 ? new NotFoundException("copy", copyId) : new org.spotcheck.shared.OutOfScopeException("copy", copyId);
        }
    }


    private String businessKey(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** The steps whose completed tasks may be withdrawn (the page offers 撤回 on them). */
    public Set<String> withdrawableSteps() {
        return steps.values().stream().filter(TaskStep::withdrawable).map(TaskStep::taskKey).collect(Collectors.toSet());
    }

    /**
     * 撤回: the caller takes back a task he completed while the step it led to has not started (no
     * one claimed it, commented on it or acted in the process since). The step's module command is
     * undone and the task is his again, with its data; one transaction.
     */
    @Transactional
    public TaskView withdraw(Actor actor, String completedTaskId, String comment) {
        org.flowable.task.api.history.HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
                .taskId(completedTaskId).singleResult();
        if (done == null || !actor.username().equals(done.getAssignee())) {
            throw done == null ? new NotFoundException("task", completedTaskId)
                    : new org.spotcheck.shared.OutOfScopeException("task", completedTaskId);
        }
        if (done.getEndTime() == null) {
            throw new ConflictException("NOT_COMPLETED", "任务尚未办结 / the task is not completed yet");
        }
        TaskStep<?> step = steps.get(done.getTaskDefinitionKey());
        if (step == null || !step.withdrawable()) {
            throw new ConflictException("NOT_WITHDRAWABLE", "「" + done.getName() + "」不能撤回 / this step cannot be withdrawn");
        }
        String instanceId = done.getProcessInstanceId();
        // nobody finished a task of the process after it (MySQL keeps whole seconds: a tie is not "after")
        long later = history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).finished()
                .taskCompletedAfter(done.getEndTime()).count();
        List<Task> open = tasks.createTaskQuery().processInstanceId(instanceId).list();
        if (later > 0 || open.isEmpty()) {
            throw new ConflictException("NEXT_STEP_STARTED", "下一步已办理，不能撤回 / the next step was already done");
        }
        for (Task next : open) {
            // started: claimed, delegated or commented on (a transfer leaves a comment); a task the
            // model assigned on creation (a countersigner's, the drafter's) is not started by that
            if (next.getClaimTime() != null || next.getDelegationState() != null || !tasks.getTaskComments(next.getId()).isEmpty()) {
                throw new ConflictException("NEXT_STEP_STARTED", "「" + next.getName() + "」已由 "
                        + (next.getAssignee() == null ? "他人" : next.getAssignee()) + " 开始办理，不能撤回 / the next step has started");
            }
        }
        step.withdraw(actor, runtime.getVariables(instanceId), comment == null ? null : comment.strip());
        runtime.createChangeActivityStateBuilder().processInstanceId(instanceId)
                .moveActivityIdsToSingleActivityId(open.stream().map(Task::getTaskDefinitionKey).distinct().toList(),
                        done.getTaskDefinitionKey())
                .changeState();
        Task again = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(done.getTaskDefinitionKey())
                .singleResult();
        tasks.setAssignee(again.getId(), actor.username());
        tasks.addComment(again.getId(), instanceId, "撤回" + (comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return views(actor, List.of(tasks.createTaskQuery().taskId(again.getId()).singleResult())).get(0);
    }

    /** Where a return of this task may go, the default first; empty when the step has no return. */
    @Transactional(readOnly = true)
    public List<String> returnTargets(Actor actor, String taskId) {
        TaskStep<?> step = steps.get(visible(actor, taskId).getTaskDefinitionKey());
        return step == null ? List.of() : step.returnTargets();
    }

    /**
     * 驳回: returns the task to the previous step or to the initiator, as its step models it, with a
     * mandatory comment; what was entered so far stays in the module. The same checks as completing.
     */
    @Transactional
    public void returnTask(Actor actor, String taskId, String comment, String to) {
        Task task = visibleOrGone(actor, taskId);
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        if (step == null || step.returnTargets().isEmpty()) {
            throw new ConflictException("NO_RETURN", "「" + task.getName() + "」没有退回路径 / this step cannot be returned");
        }
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "退回时必须填写意见 / a return needs a comment");
        }
        String target = to == null || to.isBlank() ? step.returnTargets().get(0) : to.strip();
        if (!step.returnTargets().contains(target)) {
            throw new RuleViolationException("to", "RETURN_TARGET_NOT_AVAILABLE",
                    "此步骤只能退回至 " + String.join("、", step.returnTargets()) + " / this step returns only to " + step.returnTargets());
        }
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "RETURN");
        body.put("comment", comment);
        body.put("returnTo", target);
        complete(actor, taskId, body);
    }

    @Transactional
    public TaskView claim(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("ALREADY_CLAIMED", "任务已被 " + task.getAssignee() + " 签收 / already claimed by " + task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
        }
        return get(actor, taskId);
    }

    @Transactional
    public TaskView unclaim(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("NOT_CLAIMED_BY_YOU", "只能退回本人签收的任务 / you can only release a task you claimed");
        }
        tasks.unclaim(taskId);
        return get(actor, taskId);
    }

    /**
     * Completes a task with the step's form: one transaction over the module tables and the
     * workflow state. A second, concurrent completion fails on sys_task_completion's key (409).
     */
    @Transactional
    public void complete(Actor actor, String taskId, Map<String, Object> body) {
        Task task = visibleOrGone(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("CLAIMED_BY_OTHER", "任务已被 " + task.getAssignee() + " 签收 / the task is claimed by " + task.getAssignee());
        }
        if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
            throw new ConflictException("DELEGATED_TASK", "委托中的任务须先交回委托人 / a delegated task goes back to its owner before it is completed");
        }
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("no step for user task " + task.getTaskDefinitionKey());
        }
        afterCompletionRead.accept(taskId);
        Map<String, Object> out = run(step, actor, task, body == null ? Map.of() : body);
        completions.insert(taskId, task.getTaskDefinitionKey(), task.getProcessInstanceId(), actor.username(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Object comment = body == null ? null : body.get("comment");
        if (comment instanceof String text && !text.isBlank()) {
            tasks.addComment(taskId, task.getProcessInstanceId(), text.strip());
        }
        if (task.getAssignee() == null) {
            tasks.setAssignee(taskId, actor.username());
        }
        tasks.complete(taskId, out);
    }

    private <F> Map<String, Object> run(TaskStep<F> step, Actor actor, Task task, Map<String, Object> body) {
        F form;
        try {
            form = json.convertValue(body, step.formTypeFor(body));
        } catch (RuntimeException e) {
            throw malformed(e);
        }
        Validation.check(validator, form);
        try {
            return step.complete(actor, runtime.getVariables(task.getProcessInstanceId()), form);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new FieldViolation(formField(v.field()), v.rule(), v.message(), v.args())).toList());
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.field() == null ? null : formField(e.field()), e.rule(), e.getMessage(), e.args());
        }
    }

    /** The body of a completion is the step's form: name fields as the caller sent them, without the command's "form." */
    private static String formField(String field) {
        return field.startsWith("form.") ? field.substring("form.".length()) : field;
    }

    private static InvalidInputException malformed(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                String field = je.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."));
                if (t.getClass().getSimpleName().equals("ControlCharacterException")) {
                    // the central String deserializer refused a control character (issue 13.6)
                    return InvalidInputException.of(field, "CONTROL_CHARACTER", "不得含有控制字符 / must not contain control characters: " + field);
                }
                return InvalidInputException.of(field, "MALFORMED_VALUE", "格式错误 / wrong type or format: " + field);
            }
        }
        return InvalidInputException.of("body", "MALFORMED_BODY", "表单无法解析 / the form cannot be read");
    }

    private Task visible(Actor actor, String taskId) {
        Task task = visibleTo(actor, tasks.createTaskQuery().taskId(taskId)).singleResult();
        if (task == null) {
            // someone else's task answers like a missing one, but is audited as a refusal (issue 13.4)
            throw tasks.createTaskQuery().taskId(taskId).count() == 0 ? new NotFoundException("task", taskId)
                    : new org.spotcheck.shared.OutOfScopeException("task", taskId);
        }
        return task;
    }

    /** Like {@link #visible}, but a task that was just completed is a conflict, not a missing record. */
    private Task visibleOrGone(Actor actor, String taskId) {
        try {
            return visible(actor, taskId);
        } catch (NotFoundException e) {
            if (completions.exists(taskId) > 0) {
                throw new ConflictException("ALREADY_COMPLETED", "任务已办结 / the task was already completed");
            }
            throw e;
        }
    }

    private TaskQuery visibleTo(Actor actor, TaskQuery query) {
        List<String> groups = actor.candidateGroups();
        // Flowable 8 removed taskCandidateOrAssigned(user, groups); taskCandidateGroupIn rejects an empty list
        query.or().taskAssignee(actor.username()).taskOwner(actor.username()).taskCandidateUser(actor.username());
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        return query.endOr();
    }

    private List<TaskView> views(Actor actor, List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        Map<String, String> processKeys = new HashMap<>();
        for (ProcessInstance instance : instances.values()) {
            processKeys.computeIfAbsent(instance.getProcessDefinitionId(), id -> {
                ProcessDefinition definition = repository.getProcessDefinition(id);
                return definition == null ? id : definition.getKey();
            });
        }
        Instant now = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        return found.stream().map(t -> {
            ProcessInstance instance = instances.get(t.getProcessInstanceId());
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                    instance == null ? null : processKeys.get(instance.getProcessDefinitionId()), t.getProcessInstanceId(),
                    instance == null ? null : instance.getBusinessKey(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    TaskView.lastDay(t.getDueDate() == null ? null : t.getDueDate().toInstant()), actor.username().equals(t.getAssignee()),
                    t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now),
                    t.getPriority() >= org.spotcheck.app.workflow.deadline.TaskDeadlines.ESCALATED_PRIORITY);
        }).toList();
    }

    static List<FieldViolation> none() {
        return List.of();
    }

    static boolean isFlowable(Throwable t) {
        return t instanceof FlowableException;
    }
}
