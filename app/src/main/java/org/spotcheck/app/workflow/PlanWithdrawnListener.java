package org.spotcheck.app.workflow;

import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.spotcheck.app.workflow.step.StepLocks;
import org.spotcheck.planning.api.event.PlanWithdrawn;
import org.spotcheck.shared.ConflictException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the approval of a plan its drafter withdrew: the {@code planWithdrawn} message triggers the
 * boundary event of the waiting first step, so the diagram shows the withdrawal. Refused (409,
 * rolling back the withdrawal) once a reviewer has taken the task. The one lock order of ADR 0004: the approval's
 * open tasks' rows are held first, before the engine writes its rows and before planning changes the plan's row (it
 * publishes the event before that), because the reviewer's completion holds the task's row and then changes the plan's.
 */
@Component
class PlanWithdrawnListener {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final StepLocks locks;

    PlanWithdrawnListener(RuntimeService runtime, TaskService tasks, StepLocks locks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.locks = locks;
    }

    @EventListener
    void on(PlanWithdrawn event) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SpotCheckProcess.PLAN_APPROVAL).processInstanceBusinessKey(event.planCode())
                .active().singleResult();
        if (instance == null) {
            throw new ConflictException("NOT_IN_APPROVAL", "the plan has no running approval");
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        // the one lock order (ADR 0004): the open tasks' rows, in id order, before anything is written; a review
        // completed meanwhile leaves its task's row gone (read again once held: a claim that committed is seen below)
        if (!open.stream().map(Task::getId).sorted().allMatch(locks::holdTask)) {
            throw new ConflictException("REVIEW_STARTED", "the review has been done; the plan can no longer be withdrawn");
        }
        open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        for (Task task : open) {
            if (task.getAssignee() != null) {
                throw new ConflictException("REVIEW_STARTED", task.getAssignee() + " has taken the review; the plan can no longer be withdrawn",
                        task.getAssignee());
            }
        }
        Execution waiting = runtime.createExecutionQuery().processInstanceId(instance.getId())
                .messageEventSubscriptionName(SpotCheckProcess.PLAN_WITHDRAWN_MESSAGE).singleResult();
        if (waiting == null) {
            throw new ConflictException("REVIEW_STARTED", "the review has started; the plan can no longer be withdrawn");
        }
        runtime.messageEventReceived(SpotCheckProcess.PLAN_WITHDRAWN_MESSAGE, waiting.getId());
    }
}
