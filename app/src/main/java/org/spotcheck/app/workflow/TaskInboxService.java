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
import org.flowable.engine.RepositoryService;
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

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskCompletionMapper completions;
    private final Map<String, TaskStep<?>> steps;
    private final JsonMapper json;
    private final Validator validator;
    private final ProcessEngine engine;

    TaskInboxService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            TaskCompletionMapper completions, List<TaskStep<?>> steps, JsonMapper json, Validator validator,
            ProcessEngine engine) {
        this.engine = engine;
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
        List<Task> found = visibleTo(actor, tasks.createTaskQuery()).orderByTaskCreateTime().desc().listPage(0, PAGE_SIZE);
        return views(actor, found);
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
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("no step for user task " + task.getTaskDefinitionKey());
        }
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
                    .map(v -> new FieldViolation(formField(v.field()), v.rule(), v.message())).toList());
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.field() == null ? null : formField(e.field()), e.rule(), e.getMessage());
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
                return InvalidInputException.of(field, "MALFORMED_VALUE", "格式错误 / wrong type or format: " + field);
            }
        }
        return InvalidInputException.of("body", "MALFORMED_BODY", "表单无法解析 / the form cannot be read");
    }

    private Task visible(Actor actor, String taskId) {
        Task task = visibleTo(actor, tasks.createTaskQuery().taskId(taskId)).singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
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
        query.or().taskAssignee(actor.username()).taskCandidateUser(actor.username());
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
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), actor.username().equals(t.getAssignee()),
                    t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now));
        }).toList();
    }

    static List<FieldViolation> none() {
        return List.of();
    }

    static boolean isFlowable(Throwable t) {
        return t instanceof FlowableException;
    }
}
