package org.spotcheck.app.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.spotcheck.app.workflow.engine.CommandListener;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's read model {@code sys_task_info} (ADR 0014): when the engine creates a user task,
 * the row of its process instance is inserted unless it is there, in the same transaction as the task.
 * The values are the instance's variables, which the command that creates the task has already loaded
 * to resolve the task's candidate expressions; the insert is one statement with no select before it.
 * The task's own state is not copied (the inbox reads it live), so claims, delegations, hand-overs,
 * timers, returns and withdrawals need no listener.
 */
@Component
class TaskInfoRecorder implements CommandListener {

    private final TaskInfoMapper info;

    TaskInfoRecorder(RuntimeService runtime, TaskInfoMapper info) {
        this.info = info;
        runtime.addEventListener(this, FlowableEngineEventType.TASK_CREATED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEntityEvent e) || !(e.getEntity() instanceof TaskEntity task)
                || task.getProcessInstanceId() == null) {
            return;
        }
        ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        if (instance == null) {
            return;
        }
        info.insertIfMissing(task.getProcessInstanceId(), text(instance.getVariable(ProcessVariables.PRODUCT_CODE.name())),
                text(instance.getVariable(ProcessVariables.REGION_CODE.name())), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
