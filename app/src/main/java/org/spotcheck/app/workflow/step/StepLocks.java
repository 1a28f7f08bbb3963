package org.spotcheck.app.workflow.step;

import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskInfo;
import org.spotcheck.shared.CaseNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds an open step for the rest of the caller's transaction, so that an upload and the completion of the step it
 * belongs to do not interleave (issue 16.6, the API client's upload and completion at the same instant). The step's
 * task row is locked ({@code SELECT ... FOR UPDATE} on {@code ACT_RU_TASK}); completing the task deletes that row, so
 * a completion that committed first leaves nothing to lock (the step is closed), and one still running makes the lock
 * wait for its end.
 *
 * <p>The sampling step takes the same lock itself before it seals the record ({@code SamplingSteps}), because sealing
 * binds the files uploaded while the step was open ({@code smp_attachment.record_id}): without it, an upload that had
 * found the step open could store its file after the record was sealed, and the file stayed pending, bound to no
 * record and shown nowhere. With it, the upload either commits first and the record binds its file, or waits until
 * the record is sealed and then finds the step closed (its file becomes a separate case document, issue 12.7).
 */
@Component
public class StepLocks {

    /** The user tasks in which the drawn samplers fill in a sampling record (SamplingSteps; OpenSamplingStep asks the same). */
    public static final List<String> SAMPLING_STEPS = List.of("recordSampling", "recordReinspectionSampling");

    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final StepPauses pauses;

    /** @param pauses none in the app ({@link StepPauses#NONE}); a race test's */
    StepLocks(TaskService tasks, JdbcTemplate jdbc, ObjectProvider<StepPauses> pauses) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.pauses = pauses.getIfAvailable(() -> StepPauses.NONE);
    }

    /** Whether the case's sampling step (现场抽样 or 复查抽样) is open; if so it stays open until the caller's transaction ends. */
    public boolean holdSamplingOpen(CaseNumber caseNumber) {
        List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber.value())
                .taskDefinitionKeys(SAMPLING_STEPS).list().stream().map(TaskInfo::getId).toList();
        boolean held = false;
        for (String taskId : open) {
            held |= holdTask(taskId);
        }
        return held;
    }

    /**
     * {@link #holdSamplingOpen} for the sampling step's own completion, then its pause ({@link StepPauses}). The completion has read its
     * task as open; if nothing is left to hold, a concurrent completion of the same step committed since: refused as
     * the write-time conflict it is (409 CONCURRENT_CHANGE, like the engine's optimistic lock), not as ALREADY_SAMPLED.
     */
    public void holdSamplingForCompletion(CaseNumber caseNumber) {
        if (!holdSamplingOpen(caseNumber)) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "the sampling step of " + caseNumber.value() + " was completed at the same time");
        }
        pauses.afterSamplingHold(caseNumber.value());
    }

    /** {@link #holdSamplingOpen} for an upload to the case, then its pause ({@link StepPauses}). */
    public boolean holdSamplingOpenForUpload(CaseNumber caseNumber) {
        boolean open = holdSamplingOpen(caseNumber);
        pauses.afterUploadCheck(caseNumber.value());
        return open;
    }

    /** Whether the task is still open (not completed, not deleted); if so it stays open until the caller's transaction ends. */
    public boolean holdTask(String taskId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a step is held open only within a transaction");
        }
        return !jdbc.queryForList("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE", String.class, taskId).isEmpty();
    }
}
