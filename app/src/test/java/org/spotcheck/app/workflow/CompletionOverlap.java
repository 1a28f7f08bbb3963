package org.spotcheck.app.workflow;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.spotcheck.app.workflow.step.RacePauses;

/**
 * Forces concurrent completions of one task to overlap inside their transactions: each completion of
 * the task waits, after it has read the task as open and before it writes anything, until all
 * {@code parties} completions have got that far. None commits before the others have read, so the
 * one-winner guard has to decide. When the requests do not all arrive, the waiting one fails (the test
 * sees a 500, not 204/409), so a test using this cannot pass without the overlap.
 */
public final class CompletionOverlap implements AutoCloseable {

    private final CyclicBarrier barrier;
    private final AtomicInteger arrived = new AtomicInteger();

    private CompletionOverlap(String taskId, int parties) {
        this.barrier = new CyclicBarrier(parties);
        RacePauses.holdAfterCompletionRead(id -> {
            if (taskId.equals(id) && arrived.incrementAndGet() <= parties) {
                await();
            }
        });
    }

    /** From now until {@link #close()}, the first {@code parties} completions of {@code taskId} wait for each other. */
    public static CompletionOverlap of(String taskId, int parties) {
        return new CompletionOverlap(taskId, parties);
    }

    /** How many completions of the task reached the point after their read. */
    public int arrived() {
        return arrived.get();
    }

    private void await() {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other completion", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the concurrent completions did not overlap", e);
        }
    }

    @Override
    public void close() {
        RacePauses.holdAfterCompletionRead(null);
    }
}
