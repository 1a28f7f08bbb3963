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
import org.spotcheck.app.workflow.step.StepLocks;
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
 * Who holds a task: 签收 (claim) and its release, 转办 (transfer), 委托 (delegate) and its return, and
 * 撤回 (withdraw) of a completed task; each one transaction, on a task the caller may see.
 */
@Service
public class TaskHandOverService {

    private final TaskAccess access;
    private final TaskService tasks;
    private final AccountService accounts;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final Map<String, TaskStep<?>> steps;
    private final org.spotcheck.app.security.PageNames names;
    private final org.spotcheck.app.workflow.text.StoredTexts texts;
    private final StepLocks locks;

    TaskHandOverService(TaskAccess access, TaskService tasks, AccountService accounts, HistoryService history,
            RuntimeService runtime, List<TaskStep<?>> steps, org.spotcheck.app.security.PageNames names,
            org.spotcheck.app.workflow.text.StoredTexts texts, StepLocks locks) {
        this.locks = locks;
        this.names = names;
        this.texts = texts;
        this.access = access;
        this.tasks = tasks;
        this.accounts = accounts;
        this.history = history;
        this.runtime = runtime;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
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
        // the case's record names people by name, never by login (issue 12's walk; issue 17)
        tasks.addComment(taskId, task.getProcessInstanceId(), texts.zh("stored.handOver.transfer", names.user(target.username()),
                comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return access.view(actor, taskId);
    }

    /** 委托: the assignee lends the task to a colleague, who gives it back with {@link #resolve}. */
    @Transactional
    public TaskView delegate(Actor actor, String taskId, String toUser, String comment) {
        Task task = held(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("CLAIM_FIRST", "claim the task before delegating it");
        }
        Actor target = eligibleColleague(actor, task, toUser);
        tasks.delegateTask(taskId, target.username());
        tasks.addComment(taskId, task.getProcessInstanceId(), texts.zh("stored.handOver.delegate", names.user(target.username()),
                comment == null || comment.isBlank() ? "" : "：" + comment.strip()));
        return access.view(actor, taskId);
    }

    /** The owner who lent the task to the caller, or null when it is not delegated to him. */
    @Transactional(readOnly = true)
    public String delegatedBy(Actor actor, String taskId) {
        Task task = access.visible(actor, taskId);
        return task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING
                && actor.username().equals(task.getAssignee()) ? task.getOwner() : null;
    }

    /** The delegate gives the task back to its owner, who then completes it. */
    @Transactional
    public TaskView resolve(Actor actor, String taskId, String comment) {
        Task task = held(actor, taskId);
        if (task.getDelegationState() != org.flowable.task.api.DelegationState.PENDING || !actor.username().equals(task.getAssignee())) {
            throw new ConflictException("NOT_DELEGATED_TO_YOU", "this task is not delegated to you");
        }
        tasks.resolveTask(taskId);
        if (comment != null && !comment.isBlank()) {
            tasks.addComment(taskId, task.getProcessInstanceId(), "委托办理意见：" + comment.strip());
        }
        return access.view(actor, taskId);
    }


    /**
     * The task as the caller may act on it, its row held for the rest of the transaction first ({@link StepLocks}): the
     * one lock order of ADR 0004, the task's row before the engine writes its other rows (activity instance, identity
     * links). A completion takes the row first too, so a hand-over at the same instant waits for it instead of holding
     * one of those rows while the completion waits for it (a deadlock). A task completed meanwhile is 409
     * ALREADY_COMPLETED; one that never was, 404.
     */
    private Task held(Actor actor, String taskId) {
        if (!locks.holdTask(taskId)) {
            access.visibleOrGone(actor, taskId);
        }
        return access.visible(actor, taskId);
    }

    private Task actionable(Actor actor, String taskId) {
        Task task = held(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("CLAIMED_BY_OTHER", "the task is claimed by " + task.getAssignee(), task.getAssignee());
        }
        if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
            throw new ConflictException("DELEGATED_TASK", "the task is delegated; it comes back when it is resolved");
        }
        return task;
    }

    /**
     * The colleague picker of 转办 and 委托: enabled accounts of the caller's organisation that are
     * candidates of the task (its candidate groups there, or its candidate users), without the caller.
     */
    @Transactional(readOnly = true)
    public List<org.spotcheck.app.security.UserAccountMapper.Colleague> colleagues(Actor actor, String taskId) {
        Task task = access.visible(actor, taskId);
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
            throw InvalidInputException.of("toUser", "REQUIRED", "choose a colleague");
        }
        if (toUser.equals(actor.username())) {
            throw InvalidInputException.of("toUser", "NOT_YOURSELF", "not to yourself");
        }
        Actor target;
        try {
            org.springframework.security.core.userdetails.UserDetails details = accounts.loadUserByUsername(toUser.strip());
            if (!details.isEnabled()) {
                throw new org.springframework.security.core.userdetails.UsernameNotFoundException(toUser);
            }
            target = ((org.spotcheck.app.security.SpotcheckUser) details).actor();
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            throw new RuleViolationException("toUser", "TARGET_NOT_ELIGIBLE", toUser + " cannot do this task", toUser);
        }
        // a candidate of the task, whoever holds it now: its candidate users and ROLE:ORG groups
        List<String> targetGroups = target.candidateGroups();
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .anyMatch(link -> target.username().equals(link.getUserId())
                        || link.getGroupId() != null && targetGroups.contains(link.getGroupId()));
        if (!candidate) {
            throw new RuleViolationException("toUser", "TARGET_NOT_ELIGIBLE",
                    "only to a colleague with the same role in the same organisation", toUser);
        }
        return target;
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
            throw new ConflictException("NOT_COMPLETED", "the task is not completed yet");
        }
        TaskStep<?> step = steps.get(done.getTaskDefinitionKey());
        if (step == null || !step.withdrawable()) {
            throw new ConflictException("NOT_WITHDRAWABLE", "this step cannot be withdrawn: " + done.getName(), done.getName());
        }
        String instanceId = done.getProcessInstanceId();
        // nobody finished a task of the process after it (MySQL keeps whole seconds: a tie is not "after")
        long later = history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).finished()
                .taskCompletedAfter(done.getEndTime()).count();
        List<Task> open = tasks.createTaskQuery().processInstanceId(instanceId).list();
        if (later > 0 || open.isEmpty()) {
            throw new ConflictException("NEXT_STEP_STARTED", "the next step was already done");
        }
        // the one lock order (ADR 0004): the open tasks' rows, in one order, before the step's module rows
        // (read again once held: a claim of one of them that committed meanwhile is seen below)
        boolean held = open.stream().map(Task::getId).sorted().allMatch(locks::holdTask);
        open = tasks.createTaskQuery().processInstanceId(instanceId).list();
        if (!held || open.isEmpty()) {
            throw new ConflictException("NEXT_STEP_STARTED", "the next step was already done");
        }
        for (Task next : open) {
            // started: claimed, delegated or commented on (a transfer leaves a comment); a task the
            // model assigned on creation (a countersigner's, the drafter's) is not started by that
            if (next.getClaimTime() != null || next.getDelegationState() != null || !tasks.getTaskComments(next.getId()).isEmpty()) {
                throw new ConflictException("NEXT_STEP_STARTED", "the next step has started: " + next.getName(), next.getName(),
                        next.getAssignee());
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
        return access.view(actor, again.getId());
    }


    @Transactional
    public TaskView claim(Actor actor, String taskId) {
        Task task = held(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("ALREADY_CLAIMED", "already claimed by " + task.getAssignee(), task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
        }
        return access.get(actor, taskId);
    }

    @Transactional
    public TaskView unclaim(Actor actor, String taskId) {
        Task task = held(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new ConflictException("NOT_CLAIMED_BY_YOU", "you can only release a task you claimed");
        }
        tasks.unclaim(taskId);
        return access.get(actor, taskId);
    }
}
