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
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox's read model {@code sys_task_info} (ADR 0014): when the engine creates a user task,
 * the row of its process instance is inserted unless it is there, in the same transaction as the task.
 * The values are the instance's variables, which the command that creates the task has already loaded
 * to resolve the task's candidate expressions; the insert is one statement with no select before it.
 * The task's own state is not copied (the inbox reads it live), so claims, delegations, hand-overs,
 * timers, returns and withdrawals need no listener.
 * <p>
 * What a task is about (issue 17.4: the inbox's 企业 and 产品) comes from the instance's enterpriseCode, productCode
 * and regionCode. Only the spot-check process sets them (StartSpotCheckDelegate); a re-test or a re-inspection's lab
 * test (labTest called from resultHandling), a report correction, and resultHandling's region had none. Where one is
 * missing and the instance names its case (caseCode), the values are read once from the case's spot-check task and
 * set on the instance, so the inbox's enterprise column, the read model and anything else reading the instance's
 * variables see the same values. A plan approval (a plan spans products and enterprises) and a quality warning have
 * no case and keep none.
 */
@Component
class TaskInfoRecorder implements CommandListener {

    private final TaskInfoMapper info;
    private final SpotCheckTasks spotCheckTasks;

    TaskInfoRecorder(RuntimeService runtime, TaskInfoMapper info, SpotCheckTasks spotCheckTasks) {
        this.info = info;
        this.spotCheckTasks = spotCheckTasks;
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
        completeFromCase(instance);
        if (earlierTaskInThisCommand(task)) {
            return;
        }
        info.insertIfMissing(task.getProcessInstanceId(), text(instance.getVariable(ProcessVariables.PRODUCT_CODE.name())),
                text(instance.getVariable(ProcessVariables.REGION_CODE.name())), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Whether the command already holds another task of the same instance that it read from the database (the task a
     * completion completes, before the next one is created): that task was created in an earlier transaction, which
     * inserted the instance's row (or V5_89 backfilled it for instances running then), and rows are never deleted. So
     * the insert-if-missing is skipped, one statement less per completion that creates the next task (issue 14.2).
     */
    private static boolean earlierTaskInThisCommand(TaskEntity created) {
        for (TaskEntity cached : CommandContextUtil.getEntityCache().findInCache(TaskEntity.class)) {
            if (cached != created && !cached.isInserted() && created.getProcessInstanceId().equals(cached.getProcessInstanceId())) {
                return true;
            }
        }
        return false;
    }

    /** Sets the enterprise, product and region the instance lacks from its case's spot-check task, once. */
    private void completeFromCase(ExecutionEntity instance) {
        boolean complete = instance.getVariable(ProcessVariables.ENTERPRISE_CODE.name()) != null
                && instance.getVariable(ProcessVariables.PRODUCT_CODE.name()) != null
                && instance.getVariable(ProcessVariables.REGION_CODE.name()) != null;
        Object caseCode = instance.getVariable(ProcessVariables.CASE_CODE.name());
        if (complete || caseCode == null) {
            return;
        }
        SpotCheckTaskView spotCheck;
        try {
            spotCheck = spotCheckTasks.getSpotCheckTask(Actor.SYSTEM, caseCode.toString());
        } catch (NotFoundException e) {
            return;
        }
        setIfMissing(instance, ProcessVariables.ENTERPRISE_CODE, spotCheck.enterpriseCode());
        setIfMissing(instance, ProcessVariables.PRODUCT_CODE, spotCheck.productCode());
        setIfMissing(instance, ProcessVariables.REGION_CODE, spotCheck.regionCode());
    }

    private static void setIfMissing(ExecutionEntity instance, ProcessVariables.Var<String> variable, String value) {
        if (value != null && instance.getVariable(variable.name()) == null) {
            variable.set(instance, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
