package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.spotcheck.app.workflow.deadline.TaskDeadlines;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a task, and the inbox's view of tasks. A task is the caller's when he is its
 * assignee or owner, or when it is unclaimed and he (or one of his ROLE:ORG groups) is a candidate of
 * it: the same rule as the inbox query (Flowable's candidate conditions hold only for unassigned
 * tasks), but checked for one task by its id (issue 14.1).
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ProcessEngine engine;
    private final TaskCandidacyMapper candidacy;
    private final TaskCompletionMapper completions;
    private final TaskSubjects subjects;

    TaskAccess(TaskService tasks, RuntimeService runtime, RepositoryService repository, ProcessEngine engine,
            TaskCandidacyMapper candidacy, TaskCompletionMapper completions, TaskSubjects subjects) {
        this.subjects = subjects;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.engine = engine;
        this.candidacy = candidacy;
        this.completions = completions;
    }

    /**
     * The open task if the caller may act on it: one read of the task by id and, only when he neither
     * holds nor owns it, one read of its candidate links. Someone else's task answers like a missing
     * one, but is audited as a refusal (issue 13.4).
     */
    Task visible(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        if (!mayAct(actor, task)) {
            throw new OutOfScopeException("task", taskId);
        }
        return task;
    }

    private boolean mayAct(Actor actor, Task task) {
        String user = actor.username();
        if (user.equals(task.getAssignee()) || user.equals(task.getOwner())) {
            return true;
        }
        if (task.getAssignee() != null) {
            return false;
        }
        if (task instanceof TaskEntity entity && Context.getCommandContext() != null) {
            // inside an engine command (a completion, TaskInboxService): the task's links are read once and kept on the
            // entity, where the completion reads them again (HandledNotifications, the engine): no count of its own
            // (issue 14.2). The same rule as TaskCandidacyMapper.isCandidate.
            List<String> groups = actor.candidateGroups();
            for (IdentityLinkEntity link : entity.getIdentityLinks()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())
                        && (user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()))) {
                    return true;
                }
            }
            return false;
        }
        return candidacy.isCandidate(task.getId(), user, actor.candidateGroups()) > 0;
    }

    /**
     * Who holds a task the caller could have claimed (a candidate of it) but someone else claimed first; null when the
     * task is gone or was never the caller's to claim.
     */
    Task claimedByOther(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getAssignee() == null || task.getAssignee().equals(actor.username())) {
            return null;
        }
        return candidacy.isCandidate(task.getId(), actor.username(), actor.candidateGroups()) > 0 ? task : null;
    }

    /** Like {@link #visible}, but a task that was just completed is a conflict, not a missing record. */
    Task visibleOrGone(Actor actor, String taskId) {
        try {
            return visible(actor, taskId);
        } catch (NotFoundException e) {
            if (completions.exists(taskId) > 0) {
                throw new ConflictException("ALREADY_COMPLETED", "the task was already completed");
            }
            throw e;
        }
    }

    /** The inbox's visibility condition on a task query: assigned to, owned by or claimable by the caller. */
    TaskQuery visibleTo(Actor actor, TaskQuery query) {
        List<String> groups = actor.candidateGroups();
        // Flowable 8 removed taskCandidateOrAssigned(user, groups); taskCandidateGroupIn rejects an empty list
        query.or().taskAssignee(actor.username()).taskOwner(actor.username()).taskCandidateUser(actor.username());
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        return query.endOr();
    }

    /** The view of a task the caller may see. */
    TaskView get(Actor actor, String taskId) {
        return views(actor, List.of(visible(actor, taskId))).get(0);
    }

    /** The view of a task the caller has just acted on (no visibility check: he may have handed it on). */
    TaskView view(Actor actor, String taskId) {
        return views(actor, List.of(tasks.createTaskQuery().taskId(taskId).singleResult())).get(0);
    }

    String businessKey(Task task) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** The views of inbox rows, which already carry the business key and the process key. */
    List<TaskView> rowViews(Actor actor, List<TaskInboxMapper.Row> rows) {
        Instant now = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        TaskSubjects.Names names = subjects.of(rows);
        return rows.stream().map(r -> new TaskView(r.id(), r.taskKey(), r.name(), r.processKey(), r.processInstanceId(),
                r.businessKey(), r.assignee(), r.createdAt(), r.dueAt(), TaskView.lastDay(r.dueAt()),
                actor.username().equals(r.assignee()), r.dueAt() != null && r.dueAt().isBefore(now),
                r.priority() >= TaskDeadlines.ESCALATED_PRIORITY, names.enterprise(r.enterpriseCode()), names.product(r.productCode())))
                .toList();
    }

    List<TaskView> views(Actor actor, List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        Map<String, String> processKeys = new HashMap<>();
        for (ProcessInstance instance : instances.values()) {
            processKeys.computeIfAbsent(instance.getProcessDefinitionId(), id -> {
                // served from the engine's deployment cache, not the database
                ProcessDefinition definition = repository.getProcessDefinition(id);
                return definition == null ? id : definition.getKey();
            });
        }
        Instant now = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        return found.stream().map(t -> {
            ProcessInstance instance = instances.get(t.getProcessInstanceId());
            Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                    instance == null ? null : processKeys.get(instance.getProcessDefinitionId()), t.getProcessInstanceId(),
                    instance == null ? null : instance.getBusinessKey(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(), due, TaskView.lastDay(due),
                    actor.username().equals(t.getAssignee()), due != null && due.isBefore(now),
                    t.getPriority() >= TaskDeadlines.ESCALATED_PRIORITY);
        }).toList();
    }
}
