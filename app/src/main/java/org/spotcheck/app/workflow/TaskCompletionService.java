package org.spotcheck.app.workflow;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.spotcheck.app.cluster.DeadlockRetry;
import org.spotcheck.app.workflow.form.FormSchemas;
import org.spotcheck.app.workflow.form.FormValidator;
import org.spotcheck.app.workflow.step.StepLocks;
import org.spotcheck.app.workflow.step.StepPauses;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to complete or return user tasks (the commands of the inbox; its reads are {@link TaskInboxService}):
 * it checks that the caller may act on the task, runs the step's module command and completes the task, all in one
 * transaction. Hand-overs (claim, transfer, delegate, withdraw) are {@link TaskHandOverService}.
 */
@Service
public class TaskCompletionService {

    private final TaskAccess access;
    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskCompletionMapper completions;
    private final Map<String, TaskStep<?>> steps;
    private final JsonMapper json;
    private final Validator validator;
    private final FormSchemas schemas;
    private final FormValidator forms;
    private final DeadlockRetry deadlocks;
    private final StepPauses pauses;
    private final StepLocks locks;

    /** @param pauses none in the app ({@link StepPauses#NONE}); a race test's */
    TaskCompletionService(TaskAccess access, ManagementService management, TaskService tasks, RuntimeService runtime,
            TaskCompletionMapper completions, List<TaskStep<?>> steps, JsonMapper json, Validator validator,
            FormSchemas schemas, FormValidator forms, DeadlockRetry deadlocks, ObjectProvider<StepPauses> pauses,
            StepLocks locks) {
        this.locks = locks;
        this.deadlocks = deadlocks;
        this.pauses = pauses.getIfAvailable(() -> StepPauses.NONE);
        this.access = access;
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.completions = completions;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
        this.json = json;
        this.validator = validator;
        this.schemas = schemas;
        this.forms = forms;
    }

    /**
     * 驳回: returns the task to the previous step or to the initiator, as its step models it, with a
     * mandatory comment; what was entered so far stays in the module. The same checks as completing.
     */
    public void returnTask(Actor actor, String taskId, String comment, String to) {
        deadlocks.run(() -> returnNow(actor, taskId, comment, to));
    }

    private void returnNow(Actor actor, String taskId, String comment, String to) {
        Task task = access.visibleOrGone(actor, taskId);
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        if (step == null || step.returnTargets().isEmpty()) {
            throw new ConflictException("NO_RETURN", "this step cannot be returned: " + task.getName(), task.getName());
        }
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "a return needs a comment");
        }
        String target = to == null || to.isBlank() ? step.returnTargets().get(0) : to.strip();
        if (!step.returnTargets().contains(target)) {
            throw new RuleViolationException("to", "RETURN_TARGET_NOT_AVAILABLE",
                    "this step returns only to " + step.returnTargets(),
                    String.join("、", step.returnTargets()), step.returnTargets().toString()); // {0} zh, {1} en
        }
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "RETURN");
        body.put("comment", comment);
        body.put("returnTo", target);
        complete(actor, taskId, body);
    }


    /**
     * Completes a task with the step's form: one transaction over the module tables and the
     * workflow state. A second, concurrent completion fails on sys_task_completion's key (409). A
     * deadlock victim (two cases completed at the same moment on MariaDB) is run again ({@link DeadlockRetry}).
     */
    public void complete(Actor actor, String taskId, Map<String, Object> body) {
        deadlocks.run(() -> inOneEngineCommand(() -> completeNow(actor, taskId, body)));
    }

    /**
     * Runs the engine calls of one request in ONE engine command (issue 14.2): Flowable reuses the
     * command context for the nested service calls, so the task, its execution and the instance's
     * variables are read once and served from the command's entity cache to the later calls
     * (getVariables, setAssignee, complete) instead of being read again by each. A refusal is caught
     * inside and thrown after the command, so the engine does not log it as an error; the caller's
     * transaction rolls back all of it.
     */
    private void inOneEngineCommand(Runnable work) {
        RuntimeException[] refused = new RuntimeException[1];
        management.executeCommand(commandContext -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                refused[0] = e;
            }
            return null;
        });
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    private void completeNow(Actor actor, String taskId, Map<String, Object> body) {
        Task task = mayComplete(actor, access.visibleOrGone(actor, taskId));
        TaskStep<?> step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("no step for user task " + task.getTaskDefinitionKey());
        }
        pauses.afterCompletionRead(taskId);
        // the one lock order (ADR 0004): the task's row before anything the step writes. An upload for the step or a
        // hand-over of it (claim, transfer) at this instant comes wholly before or after; a completion of the same task
        // that committed since leaves nothing to hold: the write-time conflict it is (409 CONCURRENT_CHANGE)
        if (!locks.holdTask(taskId)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("the task " + taskId + " was completed at the same time");
        }
        // read again under the lock: a claim, transfer or delegation that committed while this one waited is answered
        // as what it is (CLAIMED_BY_OTHER), not found out at the engine's flush after the step's work (review 2026-12-07)
        task = mayComplete(actor, access.visibleOrGone(actor, taskId));
        pauses.afterCompletionHold(taskId);
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

    private static Task mayComplete(Actor actor, Task task) {
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new ConflictException("CLAIMED_BY_OTHER", "the task is claimed by " + task.getAssignee(), task.getAssignee());
        }
        if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
            throw new ConflictException("DELEGATED_TASK", "a delegated task goes back to its owner before it is completed");
        }
        return task;
    }

    private <F> Map<String, Object> run(TaskStep<F> step, Actor actor, Task task, Map<String, Object> body) {
        Map<String, Object> variables = runtime.getVariables(task.getProcessInstanceId());
        // the body against the same schema the task serves, before anything reads it into the form
        forms.check(step.formSchema(schemas, actor, variables), body);
        F form;
        try {
            form = json.convertValue(body, step.formTypeFor(body));
        } catch (RuntimeException e) {
            throw malformed(e);
        }
        Validation.check(validator, form);
        try {
            return step.complete(actor, variables, form);
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
                    return InvalidInputException.of(field, "CONTROL_CHARACTER", "must not contain control characters: " + field, field);
                }
                return InvalidInputException.of(field, "MALFORMED_VALUE", "wrong type or format: " + field, field);
            }
        }
        return InvalidInputException.of("body", "MALFORMED_BODY", "the form cannot be read");
    }
}
