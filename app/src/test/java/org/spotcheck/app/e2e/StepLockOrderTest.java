package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.step.HeldStep;

/**
 * The one lock order of ADR 0004 (review after issue 16.6): a request that changes a user task takes the task's row
 * ({@code StepLocks}, {@code ACT_RU_TASK ... FOR UPDATE}) before anything else it locks. The sampling step's completion
 * takes that row first and writes the engine's other rows (the activity instance, the identity links, the execution)
 * when it flushes; a claim or a transfer of the same task used to let the engine write those rows first and the task's
 * row last, so the two waited for each other: a deadlock (MariaDB: error 1213, a victim rolled back; H2: the same, or a
 * lock timeout). Forced with latches: the completion is held once it holds the step ({@link HeldStep#completionAfterHold}),
 * the claim or transfer is sent and runs until it waits for a lock, then the completion goes on. With the one order the
 * hand-over waits for the completion and then finds the task completed (409 ALREADY_COMPLETED); no deadlock, and the
 * completion is never the one refused. A re-draw of the case's team (planning's row, then the step) holds the step first too.
 * On H2 and on MariaDB; the lock wait is seen as {@link LockWaits} says (MariaDB's INNODB_TRX is read at most every 100 ms).
 */
class StepLockOrderTest extends SpotCheckE2e {

    @Test
    void aClaimOfTheSamplingStepWhileItIsCompletedWaitsAndFindsItCompleted() throws Exception {
        Sampling sampling = openSampling();
        Api.Response[] done = race(sampling, () -> api.post(sampling.other(), "/api/tasks/" + sampling.task() + "/claim", Map.of()));
        assertThat(done[0].status()).as(done[0].body()).isEqualTo(204);
        assertThat(done[1].status()).as(done[1].body()).isEqualTo(409);
        assertThat(done[1].rule()).as(done[1].body()).isEqualTo("ALREADY_COMPLETED");
        assertSampledBy(sampling);
    }

    @Test
    void aTransferOfTheSamplingStepWhileItIsCompletedWaitsAndFindsItCompleted() throws Exception {
        Sampling sampling = openSampling();
        Api.Response[] done = race(sampling, () -> api.post(sampling.other(), "/api/tasks/" + sampling.task() + "/transfer",
                Map.of("toUser", sampling.sampler(), "comment", "请你办理")));
        assertThat(done[0].status()).as(done[0].body()).isEqualTo(204);
        assertThat(done[1].status()).as(done[1].body()).isEqualTo(409);
        assertThat(done[1].rule()).as(done[1].body()).isEqualTo("ALREADY_COMPLETED");
        assertSampledBy(sampling);
    }

    @Test
    void aRedrawOfTheTeamWhileTheSamplingStepIsCompletedWaitsAndFindsTheCaseSampled() throws Exception {
        Sampling sampling = openSampling();
        // the re-draw changes the case's row in planning and the step's candidates; the completion marks that row sampled
        Api.Response[] done = race(sampling, () -> api.post("planner", "/api/spot-check-tasks/" + sampling.caseCode()
                + "/redraw-inspectors", Map.of("reason", "抽样人员回避")));
        assertThat(done[0].status()).as(done[0].body()).isEqualTo(204);
        assertThat(done[1].status()).as(done[1].body()).isEqualTo(409);
        assertThat(done[1].rule()).as(done[1].body()).isEqualTo("ALREADY_SAMPLED");
        assertSampledBy(sampling);
    }

    /** A case whose sampling step is open, its first drawn sampler (who completes) and its second (who hands over). */
    private Sampling openSampling() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> samplers = flow.samplers(caseCode);
        assertThat(samplers).hasSizeGreaterThanOrEqualTo(2);
        String task = api.taskId(samplers.get(0), caseCode, "recordSampling");
        assertThat(task).isNotNull();
        return new Sampling(caseCode, samplers.get(0), samplers.get(1), task,
                SpotCheckFlow.samplingForm("PLASTIC_BAG", "LO" + System.nanoTime() % 100_000_000, samplers));
    }

    private record Sampling(String caseCode, String sampler, String other, String task, Map<String, Object> form) {
    }

    private void assertSampledBy(Sampling sampling) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Long.class,
                sampling.caseCode())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT completed_by FROM sys_task_completion WHERE task_id = ?", String.class,
                sampling.task())).isEqualTo(sampling.sampler());
    }

    /**
     * Sends the completion, waits until it holds the step, sends {@code handOver}, waits until that one has answered or
     * waits for a lock, then releases the completion. Returns their answers: the completion's, the hand-over's.
     */
    private Api.Response[] race(Sampling sampling, Callable<Api.Response> handOver) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (HeldStep held = HeldStep.completionAfterHold(sampling.caseCode())) {
            Future<Api.Response> completion = clients.submit(() -> api.complete(sampling.sampler(), sampling.task(), sampling.form()));
            held.awaitReached();
            Future<Api.Response> second = clients.submit(handOver);
            new LockWaits(jdbc).awaitAnsweredOrWaiting(second);
            held.release();
            return new Api.Response[] {completion.get(120, TimeUnit.SECONDS), second.get(120, TimeUnit.SECONDS)};
        } finally {
            clients.shutdownNow();
        }
    }
}
