package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.step.HeldStep;
import tools.jackson.databind.JsonNode;

/**
 * The one lock order of ADR 0004 for the drafter's withdrawal of a submitted plan (撤回) against the reviewer's
 * completion of its review. The completion holds the review task's row first and then changes the plan's row
 * (planning's guarded status update). The withdrawal used to change the plan's row first and reach the task's row only
 * when the engine flushed the withdrawal message (the task is deleted, the approval ends): each waited for the other,
 * a deadlock on {@code ACT_RU_TASK} (H2: "Deadlock detected"; MariaDB: error 1213), the withdrawal refused with a
 * deadlock's 409 instead of the rule. Forced with latches: the completion is held once it holds the task's row
 * ({@link HeldStep#completionAfterTaskHold}), the withdrawal is sent and runs until it answers or waits for a lock
 * ({@link LockWaits}), then the completion goes on. With the one order the withdrawal holds the approval's open task
 * first, so it waits for the completion before it has changed anything and then finds the review done: 409
 * REVIEW_STARTED, the plan reviewed, the approval at its next step.
 */
class WithdrawalLockOrderTest extends SpotCheckE2e {

    @Test
    void aWithdrawalWhileTheReviewIsCompletedWaitsAndFindsTheReviewStarted() throws Exception {
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        long id = plan.get("id").asLong();
        String code = plan.get("code").asString();
        String review = api.taskId("plan-reviewer", code, "reviewPlan");
        assertThat(review).isNotNull();

        ExecutorService clients = Executors.newFixedThreadPool(2);
        Api.Response completed;
        Api.Response withdrawn;
        try (HeldStep held = HeldStep.completionAfterTaskHold(review)) {
            Future<Api.Response> completion = clients.submit(() -> api.complete("plan-reviewer", review,
                    Map.of("decision", "APPROVE", "comment", "同意")));
            held.awaitReached();
            Future<Api.Response> withdrawal = clients.submit(() -> api.post("planner", "/api/plans/" + id + "/withdraw",
                    Map.of("comment", "需修改抽样数量")));
            new LockWaits(jdbc).awaitAnsweredOrWaiting(withdrawal);
            held.release();
            completed = completion.get(120, TimeUnit.SECONDS);
            withdrawn = withdrawal.get(120, TimeUnit.SECONDS);
        } finally {
            clients.shutdownNow();
        }

        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(409);
        assertThat(withdrawn.rule()).as(withdrawn.body()).isEqualTo("REVIEW_STARTED");
        assertThat(jdbc.queryForObject("SELECT status FROM pln_plan WHERE id = ?", String.class, id)).isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_plan_event WHERE plan_id = ? AND action = 'WITHDRAWN'",
                Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT completed_by FROM sys_task_completion WHERE task_id = ?", String.class, review))
                .isEqualTo("plan-reviewer");
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNotNull();
    }
}
